import { describe, expect, it } from 'vitest';
import { LOCALES, SCORE_KEYS } from '../../../src/core/types';
import * as game from '../../../src/i18n';
import { builderEn } from '../../../src/i18n/builder.en';
import { builderFr } from '../../../src/i18n/builder.fr';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';
import { SHARED_NS, createI18n, detectLocale, frenchOf, isLocale } from '../../../src/i18n/setup';
import { sharedEn } from '../../../src/i18n/shared.en';
import { sharedFr } from '../../../src/i18n/shared.fr';
import { teacherEn } from '../../../src/i18n/teacher.en';
import { teacherFr } from '../../../src/i18n/teacher.fr';
import { builderT, createBuilderI18n } from '../../../src/pages/exam-builder/i18n';
import { createTeacherI18n, pageLocale } from '../../../src/pages/i18n';

const LABELS = { fr: sharedFr.score, en: sharedEn.score };
const LABEL_KEYS = ['overall', ...SCORE_KEYS] as const;

type Tree = { [k: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`)));

describe('isLocale', () => {
  it('is the one definition, and follows LOCALES', () => {
    expect(game.isLocale).toBe(isLocale);
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    for (const v of ['de', 'FR', 'fr-FR', '', null, undefined, 3]) expect(isLocale(v)).toBe(false);
  });
});

describe('detectLocale', () => {
  it('takes ?lang=, then the saved language, then the browser’s, else English', () => {
    expect(detectLocale({ search: '?lang=fr', saved: 'en', languages: ['en-GB'] })).toBe('fr');
    expect(detectLocale({ search: '?scenario=x&lang=EN-us', saved: 'fr' })).toBe('en');
    expect(detectLocale({ search: '?lang=de', saved: 'fr', languages: ['en'] })).toBe('fr');
    expect(detectLocale({ search: '', saved: null, languages: ['de-DE', 'fr-CA', 'en'] })).toBe('fr');
    expect(detectLocale({ search: '?lang=', languages: ['de', 'es'] })).toBe('en');
    expect(detectLocale({})).toBe('en');
  });

  it('is the one the game and the teacher pages use', () => {
    expect(game.detectLocale).toBe(detectLocale);
    expect(pageLocale('?lang=fr', ['en'])).toBe('fr');
    expect(pageLocale('', ['de', 'fr-BE'])).toBe('fr');
    expect(pageLocale('?lang=xx', [])).toBe('en');
  });
});

describe('score labels', () => {
  it('are defined once, in the shared namespace', () => {
    const bundles = { fr, en, teacherFr, teacherEn, builderFr, builderEn };
    for (const [name, bundle] of Object.entries(bundles)) {
      expect(Object.keys(bundle), name).not.toContain('score');
      for (const [key, text] of flatten(bundle as unknown as Tree)) {
        const label = (Object.values(LABELS) as Record<string, string>[]).flatMap((l) => Object.values(l)).includes(text);
        expect(label, `${name}: ${key} repeats a score label (use $t(${SHARED_NS}:score.…))`).toBe(false);
      }
    }
  });

  it('are what the game, the teacher pages and the exam builder show', async () => {
    for (const locale of LOCALES) {
      const gameI18n = await game.startI18n(locale);
      const teacher = await createTeacherI18n(locale);
      const builder = await createBuilderI18n(locale);
      const examReports = builderT(await createTeacherI18n(locale));
      for (const k of LABEL_KEYS) {
        const label = LABELS[locale][k];
        expect(gameI18n.t(`score.${k}`), `game ${locale} ${k}`).toBe(label);
        expect(teacher.t(`score.${k}`), `teacher ${locale} ${k}`).toBe(label);
        expect(teacher.t(`csv.${k}`), `csv ${locale} ${k}`).toBe(label);
        expect(builder.t(`score.${k}`), `builder ${locale} ${k}`).toBe(label);
        expect(examReports(`score.${k}`), `exam report ${locale} ${k}`).toBe(label);
      }
      expect(teacher.t('report.overall')).toBe(LABELS[locale].overall);
    }
  });

  it('follow the game’s language switch, the other language loaded only then', async () => {
    const i18n = await game.startI18n('fr');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
    expect(i18n.hasResourceBundle('en', SHARED_NS)).toBe(false);
    expect(i18n.t('score.outcome')).toBe('État de la communauté');
    await game.switchLanguage(i18n, () => 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('score.outcome')).toBe('Community outcome');
    expect(i18n.t('debrief.title')).toBe('Debrief');
  });

  it('leave the pages’ language switch and plurals working', async () => {
    const teacher = await createTeacherI18n('en');
    expect(teacher.t('progressDone', { count: 1 })).toBe('Done: 1 file checked.');
    expect(teacher.t('progressDone', { count: 3 })).toBe('Done: 3 files checked.');
    await teacher.changeLanguage('fr');
    expect(teacher.t('score.charter')).toBe('Respect de la charte');
    expect(teacher.t('dashboard.attempts', { count: 2 })).toBe(teacherFr.dashboard.attempts_other.replace('{{count}}', '2'));
    const builder = await createBuilderI18n('fr');
    expect(builder.t('output.invalid', { count: 1 })).toBe(builderFr.output.invalid_one);
  });
});

describe('"de" before a brand in French', () => {
  it('contracts as French does, and leaves English alone', async () => {
    expect(frenchOf('Onda Mobile')).toBe('d’Onda Mobile');
    expect(frenchOf('Le Moulin des Trois Combes')).toBe('du Moulin des Trois Combes');
    expect(frenchOf('La Huche Dorée')).toBe('de la Huche Dorée');
    expect(frenchOf('Les Tartines du Vent')).toBe('des Tartines du Vent');
    expect(frenchOf('L’Atelier')).toBe('de l’Atelier');
    expect(frenchOf('Kairn')).toBe('de Kairn');
    expect(frenchOf('Lemon Studio')).toBe('de Lemon Studio');
    const fr = await createI18n('fr', { fr: { translation: { t: 'Charte {{brand, of}}' }, shared: {} as never } });
    expect(fr.t('t', { brand: 'Onda Mobile' })).toBe('Charte d’Onda Mobile');
    const en = await createI18n('en', { en: { translation: { t: '{{brand, of}} policy' }, shared: {} as never } });
    expect(en.t('t', { brand: 'Onda Mobile' })).toBe('Onda Mobile policy');
  });
});
