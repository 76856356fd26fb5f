/**
 * The exam builder's strings (src/i18n/builder.*.ts) in an i18next instance of its own, and the same
 * strings added as the `builder` namespace to the verifier's instance for exam reports.
 */
import i18next, { type TFunction, type i18n } from 'i18next';
import { LOCALES, type Locale } from '../../core/types';
import { builderEn } from '../../i18n/builder.en';
import { builderFr } from '../../i18n/builder.fr';

export const builderResources = { fr: { builder: builderFr }, en: { builder: builderEn } } as const;

export async function createBuilderI18n(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    ns: ['builder'],
    defaultNS: 'builder',
    resources: builderResources,
    // Pages write text with textContent, never as HTML: no escaping needed, and none wanted.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The builder's strings inside another page's instance (the verifier), in its current language. */
export function builderT(instance: i18n): TFunction {
  for (const l of LOCALES) {
    if (!instance.hasResourceBundle(l, 'builder')) instance.addResourceBundle(l, 'builder', builderResources[l].builder);
  }
  return instance.getFixedT(null, 'builder');
}
