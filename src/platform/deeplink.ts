/** `?scenario=<id>&lang=<fr|en>&timescale=<n>&seed=<n>`: read, checked, nothing trusted. */
export interface DeepLink {
  scenario: string | null;
  lang: string | null;
  timescale: number | null;
  seed: number | null;
}

export function readDeepLink(search: string): DeepLink {
  const params = new URLSearchParams(search);
  const scenario = params.get('scenario');
  const timescale = Number(params.get('timescale'));
  const seed = Number(params.get('seed'));
  return {
    // The id is only looked up, never rendered as HTML; an unknown one shows the error screen.
    scenario: scenario ? scenario.slice(0, 64) : null,
    lang: params.get('lang'),
    timescale: params.has('timescale') && Number.isFinite(timescale) && timescale > 0 ? timescale : null,
    seed: params.has('seed') && Number.isInteger(seed) && seed >= 0 ? seed >>> 0 : null,
  };
}
