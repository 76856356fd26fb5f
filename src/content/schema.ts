/**
 * Schemas for the content authors write: scenario manifests and brand charters.
 * Used at build time (tools/), by the scenario check and by the game when a teacher loads files.
 */
import * as v from 'valibot';
import { AGE_BANDS, CHANNELS, DEPARTMENTS, INDUSTRIES, RULE_KINDS, SCORE_KEYS, SEGMENTS, type Result } from '../core/types';
import { AA_TEXT, HEX_COLOUR, contrastRatio } from './brand';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(4000, 'is too long'));
const localized = v.strictObject({ fr: text, en: text });
const localizedList = v.strictObject({ fr: v.array(text), en: v.array(text) });
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'), v.maxLength(64));
const share = v.pipe(v.number(), v.minValue(0, 'must be at least 0'), v.maxValue(1, 'must be at most 1'));

export const RuleSchema = v.strictObject({
  id,
  /** A standard kind detected automatically, or `custom` (only checked through scripted options). */
  kind: v.picklist([...RULE_KINDS, 'custom']),
  severity: v.picklist(['minor', 'major', 'critical']),
  text: localized,
  /** The rule is about what is said in public (« no public commitment… »): a private message does not break it. */
  public: v.optional(v.literal(true)),
});

const colour = v.pipe(v.string(), v.regex(HEX_COLOUR, 'must be a colour written #rrggbb'));

/** The brand's colours; text on `primary` is drawn in `onPrimary`, so the pair must be readable (WCAG AA). */
export const BrandColoursSchema = v.pipe(
  v.strictObject({ primary: colour, onPrimary: colour, accent: colour }),
  v.check(
    (c) => contrastRatio(c.primary, c.onPrimary) >= AA_TEXT,
    (issue) => {
      const c = issue.input as { primary: string; onPrimary: string };
      return `primary and onPrimary contrast ${contrastRatio(c.primary, c.onPrimary).toFixed(2)}:1, under the ${AA_TEXT}:1 that text needs`;
    },
  ),
);

export const CharterSchema = v.strictObject({
  id,
  brand: v.strictObject({
    name: text,
    tagline: localized,
    sector: localized,
    /** Optional: a charter without colours wears the game's own (teachers' charters keep loading). */
    colours: v.optional(BrandColoursSchema),
    /** The logo's file name in public/brands/ (a shipped brand's SVG); without one the brand shows its initial. */
    logo: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+\.svg$/, 'must be the name of an SVG file in public/brands/, like kairn.svg'))),
  }),
  voice: localized,
  register: v.strictObject({ fr: v.picklist(['tu', 'vous']), en: v.picklist(['formal', 'casual']) }),
  competitors: v.array(text),
  /** The brand's trade: its well-known real rivals (src/analysis/rivals.ts) count as competitors too. */
  industry: v.optional(v.picklist(INDUSTRIES)),
  forbiddenTopics: localizedList,
  /** Response-time target per channel, in game minutes. */
  responseMinutes: v.record(v.picklist(CHANNELS), v.pipe(v.number(), v.minValue(1), v.maxValue(10080))),
  /** Who to hand over to and when; `name` is what the brand calls the department (Player support, Dev team…). */
  escalation: v.array(v.strictObject({ department: v.picklist(DEPARTMENTS), name: v.optional(localized), when: localized })),
  rules: v.pipe(v.array(RuleSchema), v.minLength(1, 'needs at least one rule')),
});

export const PersonaSchema = v.strictObject({
  id,
  name: text,
  handle: v.pipe(v.string(), v.regex(/^@?[\p{L}\p{N}_.-]{1,30}$/u, 'must be a handle like @lea_m')),
  segment: v.picklist(SEGMENTS),
  age: v.optional(v.picklist(AGE_BANDS)),
  followers: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50_000_000)),
  bio: v.optional(localized),
});

export const AudienceSchema = v.strictObject({
  size: v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(50, 'must be at least 50'),
    v.maxValue(200_000, 'must be at most 200,000'),
  ),
  segments: v.pipe(
    v.record(v.picklist(SEGMENTS, 'is not a known segment'), share),
    v.check((s) => Math.abs(Object.values(s).reduce((a, b) => a + (b ?? 0), 0) - 1) <= 0.01, 'shares must add up to 1'),
  ),
  ages: v.optional(
    v.pipe(
      v.record(v.picklist(AGE_BANDS, 'is not a known age band'), share),
      v.check((s) => Math.abs(Object.values(s).reduce((a, b) => a + (b ?? 0), 0) - 1) <= 0.01, 'shares must add up to 1'),
    ),
  ),
  baseSentiment: v.optional(v.pipe(v.number(), v.minValue(-100), v.maxValue(100))),
  description: v.optional(localized),
});

const inkVariable = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'must be an ink variable name: lower-case letters, digits and _'));

/** Two or more values per language, the same number in both: the same draw gives matching values. */
const alternatives = v.pipe(
  v.strictObject({
    fr: v.pipe(v.array(text), v.minLength(2, 'must offer at least 2 values')),
    en: v.pipe(v.array(text), v.minLength(2, 'must offer at least 2 values')),
  }),
  v.check((a) => a.fr.length === a.en.length, 'must offer as many values in French as in English'),
);

/**
 * A scenario's variant dimensions: ink variables (product, price, delay, place…) each drawn from its
 * values, and personas each drawn from identities (a name and a handle) that fit them. The story
 * declares each variable (`VAR product = "…"`) and uses it in its text; a persona's drawn identity is
 * also set in `<persona>_name`, `<persona>_first` and `<persona>_handle` when the story declares them.
 */
/** One brand a scenario may be played for: its charter, and the story's variables that go with it. */
const BrandSchema = v.strictObject({
  charter: id,
  /** The brand's own words in the story (`brand_short`, `brand_handle`…); `brand` is its charter's name. */
  values: v.optional(v.record(inkVariable, v.strictObject({ fr: text, en: text }))),
});

export const VariantsSchema = v.strictObject({
  values: v.optional(v.record(inkVariable, alternatives)),
  /**
   * Compatible brands (same rules, departments, register and response times) the scenario may be played
   * for, the manifest's own charter first; each gives the same variables.
   */
  brands: v.optional(
    v.pipe(
      v.array(BrandSchema),
      v.minLength(2, 'must offer at least 2 brands'),
      v.check(
        (brands) =>
          brands.every(
            (b) =>
              Object.keys(b.values ?? {})
                .sort()
                .join() ===
              Object.keys(brands[0]!.values ?? {})
                .sort()
                .join(),
          ),
        'every brand must give the same variables',
      ),
    ),
  ),
  personas: v.optional(
    v.record(
      id,
      v.pipe(
        v.array(v.strictObject({ name: text, handle: PersonaSchema.entries.handle })),
        v.minLength(2, 'must offer at least 2 identities'),
      ),
    ),
  ),
});

export const LEVELS = ['intern', 'manager', 'senior', 'lead'] as const;

export const ManifestSchema = v.strictObject({
  id,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  charter: id,
  level: v.picklist(LEVELS),
  difficulty: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  minutes: v.pipe(v.number(), v.minValue(1), v.maxValue(60)),
  /** Game seconds that pass per real second at time scale 1. */
  clockRate: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(600)), 30),
  /** Wall-clock time shown when the scenario starts, HH:MM. */
  startsAt: v.optional(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')), '09:00'),
  title: localized,
  summary: localized,
  objectives: localizedList,
  learningPoints: localizedList,
  audience: AudienceSchema,
  personas: v.pipe(v.array(PersonaSchema), v.minLength(1)),
  weights: v.optional(v.record(v.picklist(SCORE_KEYS), v.pipe(v.number(), v.minValue(0), v.maxValue(10)))),
  /** Whether the player may write their own replies. */
  freeText: v.optional(v.boolean(), true),
  /**
   * A guided tutorial (a coach explains each step, nothing is at stake): for training only. The exam
   * builder flags it, and an exam never shows its coach.
   */
  tutorial: v.optional(v.boolean(), false),
  /** What may change from one run to the next, drawn by the run's variant seed (docs/authoring.md, "Variants"). */
  variants: v.optional(VariantsSchema),
});

export type Charter = v.InferOutput<typeof CharterSchema>;
export type CharterRule = v.InferOutput<typeof RuleSchema>;
export type Manifest = v.InferOutput<typeof ManifestSchema>;
export type Level = (typeof LEVELS)[number];

/** Validates `data`; on failure, one line per problem naming the file and the field. */
export function validate<S extends v.GenericSchema>(schema: S, data: unknown, source: string): Result<v.InferOutput<S>, string[]> {
  const parsed = v.safeParse(schema, data);
  if (parsed.success) return { ok: true, value: parsed.output };
  return {
    ok: false,
    error: parsed.issues.map((issue) => `${source}: ${v.getDotPath(issue) ?? '(root)'} ${issue.message}`),
  };
}

export const validateManifest = (data: unknown, source: string) => validate(ManifestSchema, data, source);
export const validateCharter = (data: unknown, source: string) => validate(CharterSchema, data, source);
