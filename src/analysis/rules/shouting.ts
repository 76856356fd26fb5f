/**
 * Shouting: words of 4+ letters in capitals (acronyms excepted) and runs of "!!".
 * Works on the original text, where case still exists.
 */
import type { Violation } from '../../core/types';

/** Acronyms and brand spellings of four letters or more that are not shouting. */
const ACRONYMS = new Set(
  (
    'NASA RGPD GDPR HDMI WIFI IBAN SIRET SIREN HTTP HTTPS HTML JSON URSSAF SNCF RATP CNIL UEFA FIFA NATO OTAN ASAP FAQS IKEA ' +
    'IMEI FTTH FTTP FTTC ADSL VDSL ARCEP OFCOM BIOS ISBN ESIM VTTAE SMIC TTC CDD CEO CNIL DARTY FNAC LIDL ALDI UNESCO UNICEF OPEC USPS AMAP ONU OMS NHS DHL UPS FEDEX COVID ' +
    'AZERTY QWERTY LINUX MSDOS IPAD IPHONE CVC PDF JPEG MPEG OLED QLED NFC GPS SUV RSVP AFAIK IMHO EDIT NOTE INFO PS'
  ).split(' '),
);

const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}'’-]*\p{Lu}(?:[ ,]+\p{Lu}[\p{Lu}'’-]*\p{Lu})*(?![\p{L}\p{N}])/gu;
const BANGS = /![!?]{0,20}!/u;
/** The word before the bangs, found backwards so long letter runs stay linear. */
const WORD_BEFORE = /[\p{L}\p{N}]{1,30}\s?$/u;

export function shouting(text: string): Violation[] {
  const out: Violation[] = [];
  for (const m of text.matchAll(CAPS_RUN)) {
    // "(FTTP)": an acronym being spelt out, not a raised voice
    if (text[m.index - 1] === '(' && text[m.index + m[0].length] === ')') continue;
    // a word with no vowel is an acronym (DLSS, FTTH), whatever the list says
    const words = m[0].split(/[ ,'’-]+/).filter((w) => w.length >= 4 && !ACRONYMS.has(w) && /[AEIOUYÀ-ÖØ-Ý]/u.test(w));
    if (words.length > 0) out.push({ kind: 'shouting', excerpt: m[0] });
    if (out.length >= 3) break;
  }
  const bang = BANGS.exec(text);
  if (bang && out.length < 3) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, bang.index - 32), bang.index));
    out.push({ kind: 'shouting', excerpt: ((before ? before[0] : '') + bang[0]).trim() });
  }
  return out;
}
