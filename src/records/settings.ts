import { LOCALES, type Locale } from '../core/types';

export interface Settings {
  locale: Locale;
  /** 0..1 */
  volume: number;
  muted: boolean;
  /** 1..2 (100% to 200% text size). */
  textScale: number;
  reducedMotion: boolean;
  highContrast: boolean;
  /** Opens every scenario regardless of the career path (teachers, demos). */
  unlockAll: boolean;
}

export const SETTINGS_VERSION = 1;

export const defaultSettings = (locale: Locale): Settings => ({
  locale,
  volume: 0.7,
  muted: false,
  textScale: 1,
  reducedMotion: false,
  highContrast: false,
  unlockAll: false,
});

const inRange = (x: unknown, lo: number, hi: number): x is number => typeof x === 'number' && x >= lo && x <= hi;

/** Accepts a stored settings record, or null when it is not one. Unknown fields are dropped. */
export function checkSettings(data: unknown): Settings | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d.version !== SETTINGS_VERSION) return null;
  if (
    !LOCALES.includes(d.locale as Locale) ||
    !inRange(d.volume, 0, 1) ||
    typeof d.muted !== 'boolean' ||
    !inRange(d.textScale, 1, 2) ||
    typeof d.reducedMotion !== 'boolean' ||
    typeof d.highContrast !== 'boolean'
  )
    return null;
  return {
    locale: d.locale as Locale,
    volume: d.volume,
    muted: d.muted,
    textScale: d.textScale,
    reducedMotion: d.reducedMotion,
    highContrast: d.highContrast,
    unlockAll: typeof d.unlockAll === 'boolean' ? d.unlockAll : false,
  };
}
