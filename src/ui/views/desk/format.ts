/** How the desk writes its figures: signed changes and waiting times. */
import { compact } from '../../dom';

/** "+12", "−3" (a real minus sign), "±0": a change, never mistaken for a value. */
export function signed(n: number, locale: string, short = false): string {
  if (n === 0) return '±0';
  const size = short ? compact(Math.abs(n), locale) : Math.abs(n).toLocaleString(locale);
  return `${n > 0 ? '+' : '\u2212'}${size}`;
}

/** A meter's value as shown: reach compact, sentiment signed (it runs from −100 to +100), reputation plain. */
export function meterText(key: 'sentiment' | 'reach' | 'reputation', value: number, locale: string): string {
  if (key === 'reach') return compact(value, locale);
  if (key === 'sentiment') return value === 0 ? '0' : signed(value, locale);
  return String(value);
}

/** Game seconds as "12 min" or "1 h 05" (whole minutes, rounded up while counting down). */
export function duration(seconds: number): string {
  const minutes = Math.ceil(Math.abs(seconds) / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`;
}
