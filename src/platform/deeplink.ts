/** `?scenario=<id>&lang=<fr|en>&timescale=<n>&seed=<n>&variant=<code>`: read, checked, nothing trusted. */
export interface DeepLink {
  /**
   * An exam file to fetch (`?exam=<url>`, same origin) or an exam carried in the link (`#exam=<code>`);
   * an `exam` left empty (`#exam=`, `?exam=`) is a link cut short: an empty code, which reads as no exam.
   */
  exam: { url: string } | { code: string } | null;
  scenario: string | null;
  lang: string | null;
  timescale: number | null;
  seed: number | null;
  /** A scenario variant pinned by a teacher (`&variant=0a4f1c09`: its code, 8 hex digits), as its seed. */
  variant: number | null;
  /** An invitation to an exam on a Frontline Hub (`#hub-exam=<token>`: in the fragment, never sent to a server). */
  hubExam: string | null;
}

/** A variant's code as the debrief shows it: exactly 8 hex digits. */
const VARIANT_CODE = /^[0-9a-f]{8}$/i;

export function readDeepLink(search: string, hash = ''): DeepLink {
  const params = new URLSearchParams(search);
  const hashParams = new URLSearchParams(hash.replace(/^#/, ''));
  const fromHash = hashParams.get('exam');
  const examUrl = params.get('exam');
  const scenario = params.get('scenario');
  const timescale = Number(params.get('timescale'));
  const seed = Number(params.get('seed'));
  const variant = params.get('variant')?.trim() ?? '';
  return {
    exam: fromHash ? { code: fromHash } : examUrl ? { url: examUrl } : hashParams.has('exam') || params.has('exam') ? { code: '' } : null,
    // The id is only looked up, never rendered as HTML; an unknown one shows the error screen.
    scenario: scenario ? scenario.slice(0, 64) : null,
    lang: params.get('lang'),
    timescale: params.has('timescale') && Number.isFinite(timescale) && timescale > 0 ? timescale : null,
    seed: params.has('seed') && Number.isInteger(seed) && seed >= 0 ? seed >>> 0 : null,
    variant: VARIANT_CODE.test(variant) ? Number.parseInt(variant, 16) >>> 0 : null,
    // A token cut short still reaches the hub, which says in plain words that it does not know it.
    hubExam: hashParams.has('hub-exam') ? (hashParams.get('hub-exam') ?? '').trim().slice(0, 200) : null,
  };
}

/**
 * The game's address (`page`: the current one, whatever its query) opening a scenario's briefing in a
 * language, with a variant pinned by its code: the link a teacher gives so that everyone plays the same one.
 */
export function scenarioLink(page: string, link: { scenario: string; lang: string; variant?: string }): string {
  const url = new URL(page);
  url.search = '';
  url.hash = '';
  url.searchParams.set('scenario', link.scenario);
  url.searchParams.set('lang', link.lang);
  if (link.variant) url.searchParams.set('variant', link.variant);
  return url.toString();
}
