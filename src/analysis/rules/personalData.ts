/**
 * Personal data in a public reply: e-mail, phone (FR, US, UK, international), postal address,
 * order/account/card numbers, and a third party's full name.
 */
import type { Violation } from '../../core/types';
import { type Hit } from '../match';
import { toViolations, type Doc } from '../doc';
import { FIRST_NAMES } from './names';
import { competitorsOf } from '../rivals';

/** Patterns on folded text (lowercase, no accents). Every quantifier is bounded. */
const FOLDED_PATTERNS: RegExp[] = [
  /(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,12}/g, // e-mail
  /(?:\+33|0033)[ .-]?\(?0?\)?[ .-]?[1-9](?:[ .-]?\d{2}){4}(?!\d)/g, // FR international
  /(?<![\d+])0[1-9](?:[ .-]?\d{2}){4}(?!\d)/g, // FR national
  /(?:\+44[ .-]?\(?0?\)?[ .-]?|(?<![\d+])0)(?:7\d{3}[ .-]?\d{3}[ .-]?\d{3}|20[ .-]?\d{4}[ .-]?\d{4}|1\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4})(?!\d)/g, // UK
  /(?:\+1[ .-]?)?(?:\(\d{3}\)[ .-]?|(?<![\d+])\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/g, // US
  /\+\d{2,3}(?:[ .-]?\d{1,4}){3,6}(?!\d)/g, // other international
  /(?<!\d)\d{1,4}(?: ?(?:bis|ter))?,? (?:rue|avenue|av\.|bd|boulevard|place|impasse|allee|chemin|route|quai|cours|square|passage|faubourg|rte) (?:de la |du |des |de l'|d'|de )?[a-z'-]{2,30}(?: [a-z'-]{2,30}){0,2}/g,
  /(?<!\d)\d{1,5} (?:[a-z]{2,20} ){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|close|crescent|square)\b/g,
  /\b[a-z]{1,2}\d[a-z\d]? \d[a-z]{2}\b/g, // UK postcode
  /(?:commande|order|compte|account|dossier|contrat|contract|facture|invoice|client|customer|ticket|colis|parcel|tracking|suivi|abonne|member|membre|reference|ref|sinistre|claim)[^.!?\n\d]{0,20}#?(?:[a-z]{1,5}-?)?\d(?:[ -]?\d){4,20}(?!\d)/g, // 5 digits or more: "50-60 km" is not an account
  /#\d{4,12}\b/g, // "#458812"
  /\b[a-z]{2,5}-\d{3,}(?:-\d{2,})*\b/g, // "CMD-458812", "FR-2024-88123"
  /(?<!\d)(?:\d{4}[ -]?){3}\d{4}(?!\d)/g, // card number
  /\bfr\d{2}(?: ?[a-z0-9]{4}){4,6}\b/g, // IBAN
  /(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/g, // US SSN
];

/** On the original text, where capitals tell names apart. */
const TITLE_NAME =
  /(?<![\p{L}])(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?) (?:[A-ZÀ-Ý][\p{Ll}'-]+ )?[A-ZÀ-Ý][\p{Ll}'-]{1,30}(?![\p{L}])/gu;
/** Zero-width with captures, so "Bonjour Marie Dupont" is tried at "Marie" too. */
const NAME_PAIR =
  /(?<![\p{L}])(?=(([A-ZÀ-Ý][\p{Ll}]{1,20})(?:-[A-ZÀ-Ý][\p{Ll}]{1,20})? ((?:[Dd]e |[Dd]u |[Ll]e |[Vv]an |[Oo]')?[A-ZÀ-Ý][\p{Ll}'-]{1,30}))(?![\p{L}]))/gu;
/** Words that follow a first name without being a surname. */
const NOT_SURNAME =
  /^(Bonjour|Merci|Bonsoir|Salut|Hello|Hi|Hey|Thanks|Thank|The|Le|La|Les|Et|And|From|Du|De|Des|Team|Équipe|Equipe|Service|Support|Sav|SAV)$/;

/** A name's last word, folded (case and accents), to compare surnames. */
const surnameOf = (name: string) => (name.trim().split(/\s+/).at(-1) ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function originalHits(doc: Doc): Violation[] {
  const out: Violation[] = [];
  const text = doc.f.original;
  // The person answered, called by the name their own post shows, is not a disclosure.
  const addressed = doc.ctx.addressee ? surnameOf(doc.ctx.addressee) : null;
  const isAddressee = (name: string) => addressed !== null && addressed.length > 1 && surnameOf(name) === addressed;
  for (const m of text.matchAll(TITLE_NAME)) {
    // "Bonjour Madame," alone is not personal data; a surname after the title is
    if (/ [A-ZÀ-Ý]/.test(m[0].replace(/^\S+/, '')) && !isAddressee(m[0])) out.push({ kind: 'personal-data', excerpt: m[0] });
    if (out.length >= 3) return out;
  }
  for (const m of text.matchAll(NAME_PAIR)) {
    const first = m[2] as string;
    const last = (m[3] as string).replace(/^(?:de|du|le|van|o') /i, '');
    if (!FIRST_NAMES.has(first.toLowerCase()) || NOT_SURNAME.test(last) || isAddressee(last)) continue;
    // a rival's name ("Ampère", « Marie Blachère », a bakery chain) is not a person's
    const named = [last, `${first} ${last}`].map((n) => n.toLowerCase());
    if (competitorsOf(doc.ctx).some((c) => named.includes(c.toLowerCase()))) continue;
    out.push({ kind: 'personal-data', excerpt: m[1] as string });
    if (out.length >= 3) break;
  }
  return out;
}

export function personalData(doc: Doc): Violation[] {
  const found: Hit[] = [];
  for (const re of FOLDED_PATTERNS) {
    re.lastIndex = 0;
    for (const m of doc.f.text.matchAll(re)) {
      const start = m.index ?? 0;
      if (!found.some((h) => start < h.end && start + m[0].length > h.start)) found.push({ start, end: start + m[0].length });
      if (found.length >= 6) break;
    }
  }
  const byPattern = toViolations(doc, 'personal-data', found);
  const seen = new Set(byPattern.map((v) => v.excerpt));
  const names = originalHits(doc).filter((v) => !seen.has(v.excerpt));
  return [...byPattern, ...names].slice(0, 3).map((v) => ({ ...v, excerpt: v.excerpt.trim() }));
}
