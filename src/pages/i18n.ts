/**
 * The teacher pages' i18next instance, made by the one setup (src/i18n/setup.ts): the teacher
 * strings and the shared ones (score labels), both languages at once. The game's own resources are
 * left to the game. The page opens in the language of `?lang=`, else the browser's, else English.
 */
import type { i18n } from 'i18next';
import type { Locale } from '../core/types';
import { createI18n, detectLocale } from '../i18n/setup';
import { sharedEn } from '../i18n/shared.en';
import { sharedFr } from '../i18n/shared.fr';
import { teacherEn } from '../i18n/teacher.en';
import { teacherFr } from '../i18n/teacher.fr';

export const teacherResources = {
  fr: { translation: teacherFr, shared: sharedFr },
  en: { translation: teacherEn, shared: sharedEn },
};

/** The language a page opens in (the one detector, without a saved choice: the pages keep none). */
export const pageLocale = (search: string, languages: readonly string[]): Locale => detectLocale({ search, languages });

export const createTeacherI18n = (locale: Locale): Promise<i18n> => createI18n(locale, teacherResources);
