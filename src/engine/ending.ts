/**
 * The ending follows the community, not only the story. A story chooses its ending from its own
 * variables; the community and the charter may disagree with it (one insult among good replies
 * leaves the story on its best branch). The rule (docs/authoring.md, "Endings and the community"):
 * the story's *good* ending — the one it reaches when every post gets its author's best option — is
 * overruled when a critical charter rule was broken, or when community sentiment ended more than
 * `SOURED_POINTS` below where it started. Every other ending stands as the story wrote it.
 */
import type { Decision, Locale, Meters, RuleKind } from '../core/types';
import type { Charter } from '../content/schema';
import { StoryRunner } from '../narrative';
import type { CommunitySnapshot, WaveMetrics } from '../sim';

/** Sentiment points below the start at which a good ending no longer describes the community. */
export const SOURED_POINTS = 5;

export interface SessionEnding {
  id: string;
  text: string;
  /** Set when the engine overruled the story: the ending the story had reached. */
  story?: string;
}

const RANK = { best: 0, good: 1, poor: 2, bad: 3 } as const;
const bestEndings = new Map<string, string | null>();

/**
 * The ending a story reaches when every post gets its author's best option (the first in authored
 * order when there are several; deadlines never pass). A walk of the story alone, without community
 * or clock, so it costs a few milliseconds; kept per story.
 */
export function bestPathEnding(story: string): string | null {
  const known = bestEndings.get(story);
  if (known !== undefined) return known;
  let found: string | null = null;
  try {
    const runner = new StoryRunner(story);
    let step = runner.continue();
    for (let guard = 0; guard < 1000; guard++) {
      const end = step.events.find((e) => e.type === 'end');
      if (end?.type === 'end') {
        found = end.ending;
        break;
      }
      const shown = step.options.filter((o) => !o.hidden);
      if (step.ended || shown.length === 0) break;
      const pick = [...shown].sort((a, b) => RANK[a.judgement] - RANK[b.judgement] || a.index - b.index)[0]!;
      step = runner.choose(pick.index);
    }
  } catch {
    found = null; // a story that cannot be walked keeps its endings as written
  }
  if (bestEndings.size >= 32) bestEndings.delete(bestEndings.keys().next().value!);
  bestEndings.set(story, found);
  return found;
}

const BREACH_WORDS: Record<Locale, Record<RuleKind | 'custom', string>> = {
  en: {
    aggression: 'an aggressive reply from the brand account',
    blame: 'a customer blamed in public',
    'personal-data': 'personal data made public',
    confidential: 'confidential information disclosed',
    promise: 'a public promise the brand cannot keep yet',
    competitor: 'a dig at a competitor',
    politics: 'a political statement',
    register: 'the wrong register',
    shouting: 'a reply in capitals',
    custom: 'a charter rule broken',
  },
  fr: {
    aggression: 'une réponse agressive du compte de la marque',
    blame: 'un client mis en cause en public',
    'personal-data': 'des données personnelles rendues publiques',
    confidential: 'des informations confidentielles divulguées',
    promise: 'une promesse publique que la marque ne peut pas encore tenir',
    competitor: 'une pique contre un concurrent',
    politics: 'une prise de position politique',
    register: 'un registre inadapté',
    shouting: 'une réponse en majuscules',
    custom: 'une règle de la charte enfreinte',
  },
};

const signed = (x: number): string => {
  const r = Math.round(x);
  return r > 0 ? `+${r}` : r < 0 ? `−${-r}` : '0';
};
const whole = (x: number): string => String(Math.round(x));

function list(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = locale === 'fr' ? ' et ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`;
}

export interface EndingContext {
  story: string;
  locale: Locale;
  charter: Charter;
  decisions: readonly Decision[];
  start: Meters;
  end: Meters;
  waves: readonly WaveMetrics[];
  /** Who saw the screenshots, each person once (src/sim/metrics.ts). */
  breachAudience: CommunitySnapshot['breachAudience'];
}

/** The ending the session records: the story's, or the engine's when the community contradicts a good one. */
export function settleEnding(reached: { id: string; text: string }, ctx: EndingContext): SessionEnding {
  if (reached.id !== bestPathEnding(ctx.story)) return reached;
  const critical: (RuleKind | 'custom')[] = [];
  for (const d of ctx.decisions) {
    for (const b of d.breaches) {
      const rule = ctx.charter.rules.find((r) => r.id === b.ruleId);
      if (rule?.severity === 'critical' && !critical.includes(rule.kind)) critical.push(rule.kind);
    }
  }
  const soured = ctx.end.sentiment < ctx.start.sentiment - SOURED_POINTS;
  if (critical.length === 0 && !soured) return reached;
  const fr = ctx.locale === 'fr';
  const meters = fr
    ? `Le sentiment de la communauté est passé de ${signed(ctx.start.sentiment)} à ${signed(ctx.end.sentiment)}, l'e-réputation de ${whole(ctx.start.reputation)} à ${whole(ctx.end.reputation)}.`
    : `Community sentiment went from ${signed(ctx.start.sentiment)} to ${signed(ctx.end.sentiment)}, e-reputation from ${whole(ctx.start.reputation)} to ${whole(ctx.end.reputation)}.`;
  if (critical.length === 0) {
    const text = fr
      ? `L'histoire aurait pu bien finir, mais la communauté n'a pas suivi. ${meters} Les messages se règlent un à un ; la confiance, elle, a baissé, et elle reviendra lentement.`
      : `The story could have ended well, but the community did not follow. ${meters} The posts are being settled one by one; trust, though, has gone down, and it will come back slowly.`;
    return { id: 'community-soured', text, story: reached.id };
  }
  const what = list(
    critical.map((k) => BREACH_WORDS[ctx.locale][k]),
    ctx.locale,
  );
  const shares = ctx.waves.reduce((n, w) => n + w.shares, 0);
  const reach = ctx.breachAudience.reach;
  const press = ctx.breachAudience.journalists + ctx.breachAudience.influencers;
  const wave =
    ctx.waves.length === 0
      ? ''
      : fr
        ? ` La capture d'écran a été partagée ${shares} fois et vue par ${reach} personnes, dont ${press} journalistes ou créateurs.`
        : ` The screenshot was shared ${shares} times and seen by ${reach} people, ${press} of them journalists or creators.`;
  const text = fr
    ? `L'histoire aurait pu bien finir, mais ce n'est pas ce que les gens retiennent : ${what}.${wave} ${meters} La direction demande des explications, et la prochaine formation à la charte commencera par cette réponse.`
    : `The story could have ended well, but that is not what people remember: ${what}.${wave} ${meters} Management asks for an explanation, and the next charter training will start with that reply.`;
  return { id: 'critical-breach', text, story: reached.id };
}
