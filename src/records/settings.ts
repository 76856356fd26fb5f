/** The player's settings, kept in the browser. */
import * as v from 'valibot';
import type { Locale } from '../core/types';
import { LocaleSchema } from './domain';

export const SETTINGS_VERSION = 1;

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  locale: LocaleSchema,
  /** 0..1 */
  volume: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  muted: v.boolean(),
  /** 1..2 (100% to 200% text size). */
  textScale: v.pipe(v.number(), v.minValue(1), v.maxValue(2)),
  reducedMotion: v.boolean(),
  highContrast: v.boolean(),
  /** Opens every scenario regardless of the career path (teachers, demos). */
  unlockAll: v.optional(v.boolean(), false),
});

export type Settings = Omit<v.InferOutput<typeof SettingsSchema>, 'version'>;

export const defaultSettings = (locale: Locale): Settings => ({
  locale,
  volume: 0.7,
  muted: false,
  textScale: 1,
  reducedMotion: false,
  highContrast: false,
  unlockAll: false,
});
