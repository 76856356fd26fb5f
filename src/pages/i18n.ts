/**
 * The teacher pages' own i18next instance (the game's resources are left to the game):
 * the language comes from `?lang=`, else the browser's languages, else English.
 */
import i18next, { type i18n } from 'i18next';
import { LOCALES, type Locale } from '../core/types';
import { teacherEn } from '../i18n/teacher.en';
import { teacherFr } from '../i18n/teacher.fr';

export const teacherResources = { fr: { translation: teacherFr }, en: { translation: teacherEn } } as const;

const isLocale = (s: string): s is Locale => (LOCALES as readonly string[]).includes(s);

export function pageLocale(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang')?.slice(0, 2).toLowerCase();
  if (asked && isLocale(asked)) return asked;
  for (const tag of languages) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'en';
}

export async function createTeacherI18n(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    resources: teacherResources,
    // Pages write text with textContent, never as HTML: no escaping needed, and none wanted.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
