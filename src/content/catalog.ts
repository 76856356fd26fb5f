import { fillText, variantValues } from './variants';
import type { Locale } from '../core/types';
import type { Charter, Manifest } from './schema';
import { type Brand, brandOf } from './brand';

/** A scenario's data: its manifest and its brand's charter. */
export interface ScenarioContent {
  manifest: Manifest;
  charter: Charter;
  /** The charters of the brands its variants may be played for, by id (docs/authoring.md, "Variants"). */
  brands?: Readonly<Record<string, Charter>>;
}

/** A playable scenario as the game sees it: its data, and its story compiled per locale on demand. */
export interface ScenarioEntry extends ScenarioContent {
  loadStory: Partial<Record<Locale, () => Promise<string>>>;
  /** Loaded by a teacher in this browser (always open, not saved). */
  custom?: boolean;
}

/** What the menu needs to list, order and unlock a scenario: a few fields of its manifest. */
export const CARD_FIELDS = ['id', 'version', 'charter', 'level', 'difficulty', 'minutes', 'title', 'summary', 'tutorial'] as const;
/** The card, with its brand's name, colours and logo when its charter is known (a few bytes each, for the menu). */
export type ScenarioCard = Pick<Manifest, (typeof CARD_FIELDS)[number]> & { brand?: Brand };

/**
 * A scenario's card as the menu shows it. A scenario that declares variants writes `{variable}` in its
 * texts (docs/authoring.md, "Variants"); the menu shows no particular run, so each is put in as its
 * first value, and a varied persona as their first identity (the briefing then shows the run's own).
 */
export function cardOf(manifest: Manifest, charter?: Charter): ScenarioCard {
  const card = Object.fromEntries(CARD_FIELDS.map((f) => [f, manifest[f]])) as unknown as ScenarioCard;
  if (charter) card.brand = brandOf(charter.brand);
  if (!manifest.variants) return card;
  const vars = { fr: variantValues(manifest, 'fr', () => 0).variables, en: variantValues(manifest, 'en', () => 0).variables };
  const both = (t: Record<Locale, string>) => ({ ...t, fr: fillText(t.fr, vars.fr), en: fillText(t.en, vars.en) });
  return { ...card, title: both(card.title), summary: both(card.summary) };
}

/**
 * A scenario as the game lists it: its card at once, its manifest and charter when it is opened.
 * The shipped library loads those on demand (a lazy chunk), so the first screen does not carry
 * every persona, objective and charter rule; a teacher's own scenario has them at hand.
 */
export interface ScenarioListing {
  manifest: ScenarioCard;
  loadStory: ScenarioEntry['loadStory'];
  custom?: boolean;
  content: ScenarioContent | (() => Promise<ScenarioContent>);
}

/** A scenario whose data is already loaded, as a listing. */
export const listed = (entry: ScenarioEntry): ScenarioListing => ({
  manifest: cardOf(entry.manifest, entry.charter),
  loadStory: entry.loadStory,
  content: { manifest: entry.manifest, charter: entry.charter, ...(entry.brands ? { brands: entry.brands } : {}) },
  ...(entry.custom ? { custom: true } : {}),
});
