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
