import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';
import { sharedEn } from '../../../src/i18n/shared.en';
import { sharedFr } from '../../../src/i18n/shared.fr';
import { createI18n } from '../../../src/i18n/setup';

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>(
    (acc, [k, v]) => (typeof v === 'string' ? { ...acc, [prefix + k]: v } : { ...acc, ...flatten(v, `${prefix}${k}.`) }),
    {},
  );

const bundles = {
  en: { ...flatten(sharedEn as unknown as Tree), ...flatten(en as unknown as Tree) },
  fr: { ...flatten(sharedFr as unknown as Tree), ...flatten(fr as unknown as Tree) },
};

describe('plurals in the game’s strings', () => {
  it('never write "(s)": a count picks the singular or the plural form', () => {
    for (const [lang, keys] of Object.entries(bundles))
      for (const [key, text] of Object.entries(keys)) expect(text, `${lang} ${key}`).not.toMatch(/\((s|e|es|x)\)/);
  });

  it('give every string counted with {{count}} its _one and _other forms, in both languages', () => {
    const missing: string[] = [];
    for (const [lang, keys] of Object.entries(bundles)) {
      for (const [key, text] of Object.entries(keys)) {
        if (!text.includes('{{count}}') || /_(one|other|many|zero)$/.test(key)) continue;
        for (const form of ['one', 'other']) if (!(`${key}_${form}` in keys)) missing.push(`${lang} ${key}_${form}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('say "1 play" and "2 plays", "1 partie" and "2 parties"', async () => {
    const i18n = await createI18n('en', { en: { translation: en, shared: sharedEn }, fr: { translation: fr, shared: sharedFr } });
    const t = i18n.t.bind(i18n);
    expect(t('menu.best', { score: 70, count: 1 })).toBe('Best score: 70/100 (1 play)');
    expect(t('menu.best', { score: 70, count: 2 })).toBe('Best score: 70/100 (2 plays)');
    expect(t('menu.locked', { count: 1 })).toContain('pass 1 more scenario of');
    expect(t('custom.problems', { count: 3 })).toContain('3 problems to fix');
    expect(t('desk.shares', { n: '1', count: 1 })).toBe('1 share');
    await i18n.changeLanguage('fr');
    expect(t('menu.best', { score: 70, count: 1 })).toBe('Meilleur score : 70/100 (1 partie)');
    expect(t('menu.best', { score: 70, count: 2 })).toBe('Meilleur score : 70/100 (2 parties)');
    // French puts the count after the word, so that 0, 1 and 2 all read right.
    expect(t('menu.levelProgress', { count: 0, total: 4, mark: 60 })).toBe('Réussis : 0/4 (score ≥ 60)');
    expect(t('menu.levelProgress', { count: 2, total: 4, mark: 60 })).toBe('Réussis : 2/4 (score ≥ 60)');
    expect(t('custom.problems', { count: 1 })).toContain('1 problème à corriger');
  });
});
