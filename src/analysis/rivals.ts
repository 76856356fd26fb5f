/**
 * The well-known real rivals of each trade, in the French and English markets: a charter lists its
 * fictional competitors, but a reply that sends a customer to SFR or Decathlon names a competitor just as
 * much. Only names that cannot be an ordinary word: "Orange", "Free", "Three", "Sky", "Giant", "Trek",
 * "Vans", "Converse", "Paul" or "Valve" would accuse innocent replies (« le voyant orange », "free of
 * charge", "Paul from our team"), so they are left out, and platforms and shops a brand works with
 * (Steam, a console maker, a marketplace) are not rivals (docs/labelling.md, competitor).
 */
import type { AnalysisContext, Industry } from '../core/types';

const RIVALS: Record<Industry, readonly string[]> = {
  telecom: [
    'SFR',
    'RED by SFR',
    'Bouygues',
    'Bouygues Telecom',
    'Free Mobile',
    'Freebox',
    'Sosh',
    'NRJ Mobile',
    'Prixtel',
    'Vodafone',
    'Virgin Media',
    'Virgin Mobile',
    'Tesco Mobile',
    'giffgaff',
    'Lebara',
    'Lycamobile',
    'Verizon',
    'T-Mobile',
  ],
  cycling: [
    'Decathlon',
    'Btwin',
    "B'Twin",
    'VanMoof',
    'Moustache Bikes',
    'Cowboy bikes',
    'Brompton',
    'Lapierre',
    'O2feel',
    'Rad Power Bikes',
    'Halfords',
    'Babboe',
    'Tenways',
    'Riese & Müller',
  ],
  bakery: [
    'Marie Blachère',
    'Brioche Dorée',
    'La Mie Câline',
    'Boulangerie Ange',
    'Boulangeries Ange',
    'Feuillette',
    'Eric Kayser',
    'Maison Kayser',
    'Pomme de Pain',
    'Greggs',
    'Pret A Manger',
    "Gail's",
  ],
  streetwear: [
    'Nike',
    'Adidas',
    'Stüssy',
    'Stussy',
    'Carhartt',
    'New Balance',
    'Reebok',
    'Asics',
    'Veja',
    'Bape',
    'Corteiz',
    'Trapstar',
    'Zara',
    'Shein',
    'Kith',
  ],
  'video-games': [
    'Ubisoft',
    'Electronic Arts',
    'Activision',
    'Blizzard Entertainment',
    'Riot Games',
    'Bethesda',
    'Rockstar Games',
    'Quantic Dream',
    'Dontnod',
    'Focus Entertainment',
    'Larian',
    'Supercell',
    'CD Projekt',
    'FromSoftware',
    'Hello Games',
    'Devolver',
  ],
};

/**
 * Rivals whose names are also ordinary words: named only with a capital and where a company is meant
 * ("at an Orange shop", « chez Free », "than Three"), never « le voyant orange » or "free of charge".
 */
const WORD_RIVALS: Partial<Record<Industry, readonly string[]>> = {
  telecom: ['Orange', 'Free', 'Three', 'EE', 'O2', 'Sky'],
  cycling: ['Giant', 'Trek', 'Cube', 'Specialized'],
  bakery: ['Paul'],
  streetwear: ['Vans', 'Converse', 'Supreme', 'Puma'],
  'video-games': ['Valve', 'Epic Games', 'Nintendo'],
};

/** The words before a name that make it a company: where one shops, goes, compares or switches to. */
const COMPANY_CUE = String.raw`(?:chez|at|than|que|qu'|comme|like|vs\.?|versus)`;
/** …and the words after it that do. */
const COMPANY_AFTER = String.raw`(?:shops?|stores?|boutiques?|customers?|clients?|network|r[ée]seau|box|mobile|plans?|forfaits?|offers?|offres?|bikes?|v[ée]los?|bakery|bakeries)`;

/**
 * Where the trade's word-rivals are named as companies in `original`: start and end in that text. A match needs
 * the name's own capitals and, before it, a cue of place or comparison, or after it, a word of the trade.
 */
export function wordRivalsIn(original: string, industry: Industry | undefined): { start: number; end: number }[] {
  const names = industry ? (WORD_RIVALS[industry] ?? []) : [];
  if (names.length === 0) return [];
  const alt = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const before = new RegExp(String.raw`(?<![\p{L}])${COMPANY_CUE}\s+(${alt})(?![\p{L}\p{N}])`, 'giu');
  const after = new RegExp(String.raw`(?<![\p{L}])(${alt})\s+${COMPANY_AFTER}(?![\p{L}])`, 'giu');
  const out: { start: number; end: number }[] = [];
  for (const re of [before, after])
    for (const m of original.matchAll(re)) {
      const name = m[1] as string;
      // the name as the company writes it (« Orange », not « orange »)
      if (!names.includes(name)) continue;
      const start = (m.index ?? 0) + m[0].indexOf(name);
      if (!out.some((o) => o.start === start)) out.push({ start, end: start + name.length });
    }
  return out;
}

/** The charter's competitors and the well-known rivals of its trade. */
export function competitorsOf(ctx: Pick<AnalysisContext, 'competitors' | 'industry'>): string[] {
  const listed = (ctx.competitors ?? []).filter((n): n is string => typeof n === 'string');
  const trade = ctx.industry ? (RIVALS[ctx.industry] ?? []) : [];
  return [...listed, ...trade];
}

/**
 * The names the trained reader reads as "a rival" (src/analysis/model/normalize.ts): the charter's competitors,
 * as in training, and the trade's one-word rivals ("SFR" is a rival, not a word in capitals). Not its longer
 * ones: the reader also masks each capitalised part of a listed name, and « Pain », "New" or "Hello" opening a
 * sentence must stay words.
 */
export function rivalsForModel(ctx: Pick<AnalysisContext, 'competitors' | 'industry'>): string[] {
  const listed = (ctx.competitors ?? []).filter((n): n is string => typeof n === 'string');
  const trade = ctx.industry ? (RIVALS[ctx.industry] ?? []).filter((n) => !/[\s-]/.test(n)) : [];
  return [...listed, ...trade];
}
