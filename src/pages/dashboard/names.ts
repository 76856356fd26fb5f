/**
 * Names the dashboard shows: learners, scenario titles and charter rule texts in the page's
 * language, from the game's own catalogue first and the report's words only as a fallback.
 */
import { catalog as scenarios } from '../catalog';
import type { Locale } from '../../core/types';
import type { Translate } from '../common';
import { reportTitle, visibleName } from '../facts';
import type { Entry, Model } from './model';

/** Characters of a row's title: enough for every spelling of a name, not a whole hostile file. */
const TITLE_MAX = 500;

export function learnerLabel(entry: Pick<Entry, 'learner' | 'file'>, t: Translate): string {
  return entry.learner.anonymous ? t('anonymous', { file: entry.file }) : entry.learner.name;
}

/** Learner key -> label, from the first report seen for that learner. */
export function learnerLabels(model: Model, t: Translate): Map<string, string> {
  const labels = new Map<string, string>();
  for (const e of model.entries) if (!labels.has(e.learner.key)) labels.set(e.learner.key, learnerLabel(e, t));
  return labels;
}

/**
 * Learner key -> the name as written in their reports, each spelling once, one a line, with the
 * characters that show nothing made visible ("L⟨U+200B⟩éa"): the row's title, so a teacher sees on
 * hover which reports were put together and how they were written. Set as an attribute, never markup.
 */
export function learnerTitles(model: Model): Map<string, string> {
  const spellings = new Map<string, Set<string>>();
  for (const e of model.entries) {
    if (e.learner.anonymous) continue;
    const set = spellings.get(e.learner.key) ?? new Set<string>();
    if (set.size < 20) set.add(visibleName(e.learner.written));
    spellings.set(e.learner.key, set);
  }
  const titles = new Map<string, string>();
  for (const [key, set] of spellings) {
    const text = [...set].join('\n');
    titles.set(key, text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX)}…` : text);
  }
  return titles;
}

export function scenarioTitle(model: Model, id: string, locale: Locale): string {
  const game = scenarios.find((s) => s.manifest.id === id);
  if (game) return game.manifest.title[locale];
  const entry = model.entries.find((e) => e.report.scenario.id === id);
  return entry ? reportTitle(entry.report) : id;
}

/** The rule's text in the page's language, and the brand whose charter it belongs to; null when unknown. */
export function ruleText(charterId: string, ruleId: string, locale: Locale): { brand: string; text: string } | null {
  const charter = scenarios.find((s) => s.charter.id === charterId)?.charter;
  const rule = charter?.rules.find((r) => r.id === ruleId);
  return charter && rule ? { brand: charter.brand.name, text: rule.text[locale] } : null;
}

/** Scenario ids sorted by their title in the page's language. */
export function sortedScenarios(model: Model, locale: Locale): string[] {
  return [...model.scenarios].sort((a, b) => scenarioTitle(model, a, locale).localeCompare(scenarioTitle(model, b, locale), locale));
}

export function sortedLearners(model: Model, labels: Map<string, string>, locale: Locale): string[] {
  return model.learners
    .map((l) => l.key)
    .sort((a, b) => (labels.get(a) ?? a).localeCompare(labels.get(b) ?? b, locale, { sensitivity: 'base' }));
}
