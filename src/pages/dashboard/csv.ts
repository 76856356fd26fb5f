/**
 * CSV export of the dashboard: one row per learner and scenario.
 *
 * Format, chosen to open with a double click in Excel (French and English) and in LibreOffice:
 * - UTF-8 with a byte-order mark: without it Excel reads UTF-8 as the legacy code page and
 *   "Léa" turns into "LÃ©a"; LibreOffice detects it either way.
 * - The separator follows the page's language: ";" in French, "," in English. Excel splits a
 *   double-clicked CSV on the list separator of the system's regional settings, which is ";"
 *   wherever the decimal separator is a comma (France, Belgium, Switzerland, Québec…) and ","
 *   in English-speaking settings. A "sep=;" first line would force it, but Excel then ignores
 *   the BOM (accents break) and LibreOffice shows that line as data, so it is not used.
 *   LibreOffice asks for the separator in its import dialog and detects either.
 * - Every field is quoted, quotes doubled, rows end with CRLF (RFC 4180).
 * - Numbers are integers (scores 0–100, hints), so the decimal separator never matters.
 * - Formula injection: a field whose first non-blank character is =, +, - or @ (or that starts
 *   with a tab or carriage return) is prefixed with an apostrophe, so a learner called
 *   "=HYPERLINK(...)" is shown as text and never evaluated by the spreadsheet.
 */
import type { Locale } from '../../core/types';

export type Separator = ',' | ';';
export const BOM = '\uFEFF';

export const separatorFor = (locale: Locale): Separator => (locale === 'fr' ? ';' : ',');

/** A cell a spreadsheet would read as a formula, made inert. */
export function neutralise(value: string): string {
  return /^[\t\r]|^\s*[=+\-@＝＋－＠]/u.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/** The whole file: BOM, header row, data rows, CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number)[])[], separator: Separator): string {
  return BOM + rows.map((row) => row.map(csvField).join(separator)).join('\r\n') + '\r\n';
}
