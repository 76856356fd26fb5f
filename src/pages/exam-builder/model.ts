/**
 * The exam builder's form as data: a draft (what the examiner typed, numbers kept as typed), the
 * exam it makes, and its problems per field. The exam is checked with the game's own `readExam`
 * (the same schema and unknown-scenario refusal as the game), plus what only makes sense here:
 * every scenario must exist in the exam's language, and at least one competency must count.
 * Pure: no DOM, so it runs in Node as well.
 */
import { type ACCOMMODATIONS, CANDIDATE_FIELDS, EXAM_FORMAT, EXAM_VERSION, type Exam, encodeExamLink } from '../../records/exam-file';
import { readExam } from '../../records/read';
import type { ScenarioEntry } from '../../content/catalog';
import { LEVELS } from '../../content/schema';
import { type Locale, SCORE_KEYS, type ScoreKey } from '../../core/types';

export type CandidateField = (typeof CANDIDATE_FIELDS)[number];
export type Accommodation = (typeof ACCOMMODATIONS)[number];
/** Who gets which scenario variant: each candidate their own, all the same one, or none (an exam made before variants). */
export type VariantsMode = Exam['variants'];

export interface Draft {
  title: string;
  id: string;
  /** False while the id follows the title. */
  idEdited: boolean;
  locale: Locale;
  seed: string;
  /** Scenario ids in the order of play. */
  scenarios: string[];
  minutesPerScenario: string;
  minutesTotal: string;
  /** False while the time limits follow the suggestion. */
  timesEdited: boolean;
  /** True: the exam's own weights; false: each scenario's. */
  customWeights: boolean;
  weights: Record<ScoreKey, string>;
  passMark: string;
  freeTextRequired: boolean;
  showScores: boolean;
  candidate: CandidateField[];
  /** The result stays provisional until an examiner has reviewed it. */
  review: boolean;
  /** Whether the candidate is asked the optional group question. */
  groupEnabled: boolean;
  groupLabel: string;
  /** The question's answers, one per line. */
  groupChoices: string;
  /** Whom the candidate may contact (empty: "the person who sent you this exam"). */
  contact: string;
  /** Scenario variants: each candidate their own (the default), the same for all, or none (an older exam, kept as it was). */
  variants: VariantsMode;
}

/** Form fields a problem can be attached to. */
export type FieldKey =
  | 'title'
  | 'id'
  | 'locale'
  | 'seed'
  | 'scenarios'
  | 'minutesPerScenario'
  | 'minutesTotal'
  | `weights.${ScoreKey}`
  | 'weights'
  | 'passMark'
  | 'candidate'
  | 'group'
  | 'contact'
  | 'variants';

export interface Problem {
  field: FieldKey;
  /** Key under `error.` in the builder's strings. */
  code: string;
  params?: Record<string, string | number>;
  /** The game's own message (English), kept for the technical details. */
  raw?: string;
}

export interface Warning {
  /**
   * `variantsAnonymous`: each candidate should get their own variant, but no detail that tells them apart
   * is asked (name, email or candidate number), so they all get the same; `noVariants`: none of the chosen
   * scenarios declares variants yet, so they are played as written.
   */
  code: 'perScenario' | 'total' | 'tutorial' | 'variantsAnonymous' | 'noVariants';
  params: Record<string, string | number>;
}

export interface Checked {
  /** The exam, when it has no problem. */
  exam: Exam | null;
  problems: Problem[];
  warnings: Warning[];
}

/** "Recrutement CM — session d'automne" -> "recrutement-cm-session-d-automne". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

const num = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s.trim().replace(',', '.')));

/** Suggested limits: the longest scenario plus half for each, the sum plus half in all (within 1–600). */
export function suggestTimes(entries: readonly ScenarioEntry[]): { perScenario: number; total: number; sum: number } | null {
  if (entries.length === 0) return null;
  const minutes = entries.map((e) => e.manifest.minutes);
  const sum = minutes.reduce((a, b) => a + b, 0);
  const perScenario = Math.min(600, Math.ceil(Math.max(...minutes) * 1.5));
  const total = Math.min(600, Math.max(perScenario, Math.ceil(sum * 1.5)));
  return { perScenario, total, sum };
}

/** Scenarios as the builder lists them: by level, then difficulty, then title. */
export function sortedCatalog(catalog: readonly ScenarioEntry[], locale: Locale): ScenarioEntry[] {
  return [...catalog].sort(
    (a, b) =>
      LEVELS.indexOf(a.manifest.level) - LEVELS.indexOf(b.manifest.level) ||
      a.manifest.difficulty - b.manifest.difficulty ||
      a.manifest.title[locale].localeCompare(b.manifest.title[locale], locale),
  );
}

export function newDraft(seed: number, locale: Locale): Draft {
  return {
    title: '',
    id: '',
    idEdited: false,
    locale,
    seed: String(seed),
    scenarios: [],
    minutesPerScenario: '',
    minutesTotal: '',
    timesEdited: false,
    customWeights: false,
    weights: Object.fromEntries(SCORE_KEYS.map((k) => [k, '1'])) as Record<ScoreKey, string>,
    passMark: '60',
    freeTextRequired: false,
    showScores: false,
    candidate: ['name', 'email'],
    review: true,
    groupEnabled: false,
    groupLabel: '',
    groupChoices: '',
    contact: '',
    variants: 'per-candidate',
  };
}

/** The group question's answers as typed, one per line, blank lines left out. */
export const choicesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((c) => c.trim())
    .filter((c) => c !== '');

/**
 * The exam file's object as the draft describes it (numbers that are not numbers stay invalid): the exam
 * without extra time, which the output gives as links and files of their own (`withExtraTime`).
 */
export function examObject(d: Draft): Record<string, unknown> {
  return {
    format: EXAM_FORMAT,
    version: EXAM_VERSION,
    id: d.id,
    title: d.title,
    locale: d.locale,
    seed: num(d.seed),
    scenarios: d.scenarios,
    minutesPerScenario: num(d.minutesPerScenario),
    minutesTotal: num(d.minutesTotal),
    ...(d.customWeights ? { weights: Object.fromEntries(SCORE_KEYS.map((k) => [k, num(d.weights[k])])) } : {}),
    passMark: num(d.passMark),
    freeTextRequired: d.freeTextRequired,
    showScores: d.showScores,
    candidate: CANDIDATE_FIELDS.filter((f) => d.candidate.includes(f)),
    accommodation: 1,
    review: d.review,
    ...(d.groupEnabled ? { group: { label: d.groupLabel, choices: choicesOf(d.groupChoices) } } : {}),
    ...(d.contact.trim() !== '' ? { contact: d.contact } : {}),
    variants: d.variants,
  };
}

/** "exam: weights.speed: Invalid type…" -> the field and the game's message. */
function problemOf(line: string): Problem {
  const rest = line.replace(/^exam: /, '');
  const cut = rest.indexOf(': ');
  const path = cut >= 0 ? rest.slice(0, cut) : '(root)';
  const message = cut >= 0 ? rest.slice(cut + 2) : rest;
  const unknown = /^unknown scenario "(.*)"$/.exec(message);
  if (path === 'scenarios' && unknown) return { field: 'scenarios', code: 'unknownScenario', params: { id: unknown[1] ?? '' }, raw: line };
  const top = path.split('.')[0] ?? '';
  if (top === 'weights') {
    const key = path.split('.')[1];
    const field = (SCORE_KEYS as readonly string[]).includes(key ?? '') ? (`weights.${key}` as FieldKey) : 'weights';
    return { field, code: 'weight', raw: line };
  }
  const known: FieldKey[] = [
    'title',
    'id',
    'locale',
    'seed',
    'scenarios',
    'minutesPerScenario',
    'minutesTotal',
    'passMark',
    'candidate',
    'group',
    'contact',
    'variants',
  ];
  const field = known.find((f) => f === top);
  return field ? { field, code: field, raw: line } : { field: 'title', code: 'other', params: { message }, raw: line };
}

/** Checks a draft with the game's `readExam`, then what the builder adds; titles in `titles` (the page's language). */
export function checkDraft(d: Draft, catalog: readonly ScenarioEntry[], titles: Locale = d.locale): Checked {
  const read = readExam(
    JSON.stringify(examObject(d)),
    catalog.map((e) => e.manifest.id),
    'exam',
  );
  // One problem per field and message: a group question with neither question nor answers is told once.
  const problems: Problem[] = [];
  for (const p of read.ok ? [] : read.error.details.map(problemOf)) {
    if (!problems.some((q) => q.field === p.field && q.code === p.code && JSON.stringify(q.params) === JSON.stringify(p.params)))
      problems.push(p);
  }
  for (const id of d.scenarios) {
    const entry = catalog.find((e) => e.manifest.id === id);
    if (entry && !entry.loadStory[d.locale])
      problems.push({ field: 'scenarios', code: 'noStory', params: { id, title: entry.manifest.title[titles] } });
  }
  if (d.customWeights && SCORE_KEYS.every((k) => num(d.weights[k]) === 0)) problems.push({ field: 'weights', code: 'weightsZero' });
  const warnings: Warning[] = [];
  const chosen = d.scenarios.map((id) => catalog.find((e) => e.manifest.id === id)).filter((e): e is ScenarioEntry => !!e);
  const perScenario = num(d.minutesPerScenario);
  const total = num(d.minutesTotal);
  const longest = [...chosen].sort((a, b) => b.manifest.minutes - a.manifest.minutes)[0];
  if (longest && longest.manifest.minutes > perScenario) {
    warnings.push({
      code: 'perScenario',
      params: { title: longest.manifest.title[titles], minutes: longest.manifest.minutes, limit: Math.round(perScenario) },
    });
  }
  const sum = chosen.reduce((a, e) => a + e.manifest.minutes, 0);
  if (chosen.length > 1 && sum > total) warnings.push({ code: 'total', params: { sum, limit: Math.round(total) } });
  // The guided tutorial measures little: its coach walks through each post, and its best answers are no secret.
  for (const e of chosen.filter((c) => c.manifest.tutorial))
    warnings.push({ code: 'tutorial', params: { title: e.manifest.title[titles] } });
  // A candidate's variant is drawn from their candidate number, else email, else name (src/engine/exam-rules.ts).
  if (d.variants === 'per-candidate' && !d.candidate.some((f) => f === 'id' || f === 'email' || f === 'name'))
    warnings.push({ code: 'variantsAnonymous', params: {} });
  if (d.variants !== 'none' && chosen.length > 0 && !chosen.some((e) => e.manifest.variants))
    warnings.push({ code: 'noVariants', params: {} });
  return { exam: read.ok && problems.length === 0 ? read.value : null, problems, warnings };
}

/** A draft showing an exam read from a file (an extra-time version shows as the exam without extra time). */
export function draftFromExam(exam: Exam): Draft {
  return {
    title: exam.title,
    id: exam.id,
    idEdited: exam.id !== slugify(exam.title),
    locale: exam.locale,
    seed: String(exam.seed),
    scenarios: [...exam.scenarios],
    minutesPerScenario: String(exam.minutesPerScenario),
    minutesTotal: String(exam.minutesTotal),
    timesEdited: true,
    customWeights: exam.weights !== undefined,
    weights: Object.fromEntries(SCORE_KEYS.map((k) => [k, String(exam.weights?.[k] ?? 1)])) as Record<ScoreKey, string>,
    passMark: String(exam.passMark),
    freeTextRequired: exam.freeTextRequired,
    showScores: exam.showScores,
    candidate: [...exam.candidate],
    review: exam.review,
    groupEnabled: exam.group !== undefined,
    groupLabel: exam.group?.label ?? '',
    groupChoices: exam.group?.choices.join('\n') ?? '',
    contact: exam.contact ?? '',
    variants: exam.variants,
  };
}

/** The game's address next to this page, with the exam in its fragment (never sent to a server). */
export function examLink(exam: Exam, pageHref: string): string {
  const url = new URL('index.html', pageHref);
  url.search = '';
  url.hash = `exam=${encodeExamLink(exam)}`;
  return url.toString();
}

/** The same exam with every time limit multiplied, for a candidate granted extra time (an accommodation). */
export const withExtraTime = (exam: Exam, factor: Accommodation): Exam => ({ ...exam, accommodation: factor });

/** The exam file's text and name: `<id>.json`, or `<id>-x1.25.json` for a version with extra time. */
export function examFile(exam: Exam): { name: string; text: string } {
  const extra = exam.accommodation === 1 ? '' : `-x${exam.accommodation}`;
  return { name: `${exam.id}${extra}.json`, text: `${JSON.stringify(exam, null, 2)}\n` };
}

/** A fresh seed from the browser's cryptographic generator. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
