/** The game's texts: its own strings (./fr.ts, ./en.ts) and the shared ones, in the one setup (./setup.ts). */
import type { i18n } from 'i18next';
import type { Locale } from '../core/types';
import type { fr } from './fr';
import { type Bundles, addBundles, createI18n } from './setup';

export { detectLocale, isLocale } from './setup';

type Texts = Bundles & { translation: typeof fr };

/**
 * Each language's texts are their own chunks: the game loads the player's, and another language's
 * when asked. The shared strings (the score labels) come along in the same language.
 */
const TEXTS: Record<Locale, () => Promise<Texts>> = {
  fr: () => Promise.all([import('./fr'), import('./shared.fr')]).then(([m, s]) => ({ translation: m.fr, shared: s.sharedFr })),
  en: () => Promise.all([import('./en'), import('./shared.en')]).then(([m, s]) => ({ translation: m.en as typeof fr, shared: s.sharedEn })),
};
const loading = new Map<Locale, Promise<Texts>>();
/** A language's texts (loaded once; a failed load is tried again next time). */
export function loadTexts(locale: Locale): Promise<Texts> {
  let texts = loading.get(locale);
  if (!texts) {
    texts = TEXTS[locale]();
    loading.set(locale, texts);
    texts.catch(() => loading.delete(locale));
  }
  return texts;
}

/** The game's i18next instance, in `locale` once its texts are loaded. */
export async function startI18n(locale: Locale): Promise<i18n> {
  return createI18n(locale, { [locale]: await loadTexts(locale) });
}

/**
 * Switches to the language `wanted()` names: at once when its texts are here (the views then redraw
 * in it), else once they are loaded — until then the views keep the language they had, never bare
 * keys. Resolves true when it switched late (the views must be redrawn).
 */
export async function switchLanguage(instance: i18n, wanted: () => Locale): Promise<boolean> {
  const locale = wanted();
  if (instance.hasResourceBundle(locale, 'translation')) {
    await instance.changeLanguage(locale);
    return false;
  }
  addBundles(instance, locale, await loadTexts(locale));
  // Asked for another language meanwhile: that switch did it (or will).
  if (wanted() !== locale) return false;
  await instance.changeLanguage(locale);
  return true;
}
