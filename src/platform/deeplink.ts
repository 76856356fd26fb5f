/** `?scenario=<id>&lang=<fr|en>&timescale=<n>&seed=<n>`: read, checked, nothing trusted. */
export interface DeepLink {
  /** An exam file to fetch (`?exam=<url>`, same origin) or an exam carried in the link (`#exam=<code>`). */
  exam: { url: string } | { code: string } | null;
  scenario: string | null;
  lang: string | null;
  timescale: number | null;
  seed: number | null;
}

export function readDeepLink(search: string, hash = ''): DeepLink {
  const params = new URLSearchParams(search);
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('exam');
  const examUrl = params.get('exam');
  const scenario = params.get('scenario');
  const timescale = Number(params.get('timescale'));
  const seed = Number(params.get('seed'));
  return {
    exam: fromHash ? { code: fromHash } : examUrl ? { url: examUrl } : null,
    // The id is only looked up, never rendered as HTML; an unknown one shows the error screen.
    scenario: scenario ? scenario.slice(0, 64) : null,
    lang: params.get('lang'),
    timescale: params.has('timescale') && Number.isFinite(timescale) && timescale > 0 ? timescale : null,
    seed: params.has('seed') && Number.isInteger(seed) && seed >= 0 ? seed >>> 0 : null,
  };
}
