/**
 * The exam builder's strings (src/i18n/builder.*.ts) in an i18next instance of its own, made by the
 * one setup (src/i18n/setup.ts) with the shared strings (score labels), and the same strings added as
 * the `builder` namespace to the verifier's instance for exam reports.
 */
import type { TFunction, i18n } from 'i18next';
import { LOCALES, type Locale } from '../../core/types';
import { builderEn } from '../../i18n/builder.en';
import { builderFr } from '../../i18n/builder.fr';
import { addBundles, createI18n } from '../../i18n/setup';
import { sharedEn } from '../../i18n/shared.en';
import { sharedFr } from '../../i18n/shared.fr';

export const builderResources = {
  fr: { builder: builderFr, shared: sharedFr },
  en: { builder: builderEn, shared: sharedEn },
};

export const createBuilderI18n = (locale: Locale): Promise<i18n> => createI18n(locale, builderResources, 'builder');

/** The builder's strings inside another page's instance (the verifier), in its current language. */
export function builderT(instance: i18n): TFunction {
  for (const l of LOCALES) addBundles(instance, l, builderResources[l]);
  return instance.getFixedT(null, 'builder');
}
