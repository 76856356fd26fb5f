/**
 * What a post is about beyond its kind and subject, read once per post from its words and facts (the
 * session caches it): which lines of a subject, a rumour or a praise fit it (src/sim/voice.ts `fits`).
 * Both languages' words are matched, as a story's text may mix them (a brand name, a hashtag).
 */
import type { FactKey, PostKind, Subject } from '../core/types';
import type { Field } from './people';

/** What the post is about, as far as the choice of its comments goes (all optional: unknown means any line fits). */
export interface PostFacets {
  /**
   * What is down: a phone line (a landline, a dial tone), the internet or an app, or something else
   * (a TV box while "the internet works"): lines about wifi and working online only for `online`.
   */
  line?: 'landline' | 'online' | 'other';
  /** What a price matter is: a wrong charge or a refund (charged twice, calls never made), a price found too high, or a question of cost (roaming abroad). */
  price?: 'billing' | 'cost' | 'other';
  /** The brand sells food: lines about allergens, batches and labels fit its safety scares. */
  food?: boolean;
  /** The post speaks of a recall: lines asking where the recall notice is fit. */
  recall?: boolean;
  /** A rumour that the product is dangerous or broken (a recall, a defect): lines about keeping or binning it fit. */
  scare?: boolean;
  /** What a praise praises: a product people can buy, a person's or a team's service, or the author's own work (a sketch, fan art, a guide). */
  praises?: 'product' | 'service' | 'work';
  /** The author says they already tried to reach the brand (a call, an email, the chat): nobody suggests it. */
  tried?: boolean;
  /** Health or safety is at stake (an allergy, a danger): no line takes it lightly. */
  serious?: boolean;
  /** The post speaks of a gift, a freebie or a goodwill gesture. */
  gift?: boolean;
  /** A decision of the brand's that the post says is a removal (a post deleted, a comment hidden, a ban): lines about moderation fit. */
  moderation?: boolean;
  /** Spam that asks for a login or a password (phishing): lines about not giving one's login fit. */
  login?: boolean;
  /** Spam that poses as a giveaway or a freebie: lines about real giveaways fit. */
  giveaway?: boolean;
  /** An attack that threatens violence (a bomb, a beating): a matter for the police, not "no need to insult the staff". */
  threat?: boolean;
}

const LANDLINE = /landline|dial tone|ligne fixe|téléphone fixe|\bfixe\b|tonalité/i;
const NOT_ONLINE = /internet (?:works|is fine|marche|fonctionne)|télévision|television|\bTV\b|décodeur/i;
const COST = /expensive|too much|price (?:rise|hike|increase)|went up|baguettes|trop cher|\bcher\b|augment|hausse/i;
const BILLING =
  /twice|two charges|double|charged|overcharg|never made|refund|calls? i never|deux fois|prélev|débité|jamais passés?|rembours|hors forfait|out-of-plan/i;
const RECALL = /recall|rappel/i;
const SCARE =
  /recall|rappel|listeria|danger|overheat|surchauff|allerg|dying|meurent|lâchent|defect|défectu|toxi|intoxi|\bfire\b|incendie|explos/i;
/** A praise that tells of being helped (a call, an answer, a person at a shop) rather than of a thing bought. */
const SERVICE =
  /called me|rang me|phoned|got back to me|repl(?:y|ied|ying)|\banswer(?:ed|s)?\b|réponses?\b|messaged me|after-sales|thank you to|huge thank|m['’]a (?:appel|rappel|répondu|écrit)|m['’]ont (?:appel|rappel|répondu|écrit)|\bSAV\b|répond|service client|customer service|merci à/i;

/** The author already tried a channel: called, was put on hold or hung up on, emailed, used the chat or the form. */
const TRIED =
  /\bcall(?:ed|ing|s)?\b|\bphone|helpline|hotline|hung up|hangs? up|on hold|e-?mail|\bchat\b|contact form|\bappel|téléphon|raccroch|\bmails?\b|formulaire|\bSAV\b|service client|customer service/i;
const MODERATION =
  /delet|censor|moderat|\bban(?:ned|s)?\b|supprim|censur|modér|bann|masqu|(?:remov|retir|hid)\w*\s+(?:\S+\s+)?(?:posts?|comments?|reviews?|messages?|avis|commentaires?)\b/i;
/** Someone's life or health in danger tonight: an emergency call, a collapse, a heart condition. */
const EMERGENCY =
  /\bsecours\b|malaise|cardiaque|problèmes? de c(?:œ|oe)ur|\burgences?\b|\b112\b|\bSAMU\b|ambulance|emergency|heart (?:condition|problem|attack)|cardiac|collapsed|\b999\b|\b911\b/i;
const LOGIN = /log ?in|sign in|password|identifiants?|mot de passe|\bconnect(?:e|ez|er|ion)\b/i;
const GIVEAWAY =
  /giveaway|concours|\bjeu\b|\bwin\b|à gagner|to be won|\boffr(?:e|ent)\b|\boffers?\b|\bfree\b|gratuit|cadeau|prizes?|winners?|gagnants?|places? restantes?|spots? left|plus que \d+ places/i;
const THREAT =
  /\bbomb|\bbombe|explos|sauter|\bkill|\btuer\b|\bshoot|\bflingu|brûler|burn (?:it|the|down)|on (?:va|vas) (?:venir|te|vous) |we(?:'ll| will) (?:come|find) /i;
const GIFT = /gift|cadeau|\bfree\b|freebie|gratuit|offert|goodies|voucher|bon d['’]achat|geste commercial|goodwill/i;

export function facetsOf(
  post: { kind: PostKind; subject?: Subject; text: string; facts?: Partial<Record<FactKey, string>> },
  field: Field,
): PostFacets {
  const text = `${post.text} ${post.facts?.product ?? ''}`;
  const out: PostFacets = {};
  if (TRIED.test(post.text)) out.tried = true;
  if (post.subject === 'safety' || EMERGENCY.test(post.text)) out.serious = true;
  if (post.kind === 'spam') {
    out.login = LOGIN.test(post.text);
    out.giveaway = GIVEAWAY.test(post.text);
  }
  // a threat of violence is a matter for the police: nobody jokes under it
  if (post.kind === 'abuse' && THREAT.test(post.text)) out.threat = out.serious = true;
  else if (post.kind === 'abuse') out.threat = false;
  if (post.kind === 'praise') out.gift = GIFT.test(post.text);
  if (post.subject === 'outage') out.line = LANDLINE.test(text) ? 'landline' : NOT_ONLINE.test(post.text) ? 'other' : 'online';
  if (post.subject === 'policy') out.moderation = MODERATION.test(post.text);
  if (post.subject === 'price') out.price = BILLING.test(post.text) ? 'billing' : COST.test(post.text) ? 'cost' : 'other';
  if (post.subject === 'safety') {
    out.food = field === 'food';
    out.recall = RECALL.test(post.text);
  }
  if (post.kind === 'rumour') out.scare = post.subject === 'safety' || post.subject === 'defect' || SCARE.test(post.text);
  if (post.kind === 'praise')
    out.praises = SERVICE.test(post.text)
      ? 'service'
      : post.facts?.product && !post.facts.event
        ? 'product'
        : post.facts?.place
          ? 'service'
          : 'work';
  return out;
}

/**
 * What a reply promised, for the lines about a promise the charter did not allow: money (a refund, a
 * credit, a free month, a code), a time (a date, an hour, "by Friday"), or something else.
 */
export function promiseOf(text: string): 'money' | 'date' | 'other' {
  if (MONEY.test(text)) return 'money';
  if (DATE.test(text)) return 'date';
  return 'other';
}

// (whole words: « avoir » the verb, « 100 % fait maison », « Bonjour », « toujours » promise nothing)
const MONEY =
  /refund|rembours|credit|crédit|\b(?:un|d['’]un|cet) avoir\b|\bfree\b|gratuit|offert|discount|réduc|\bcode\b|-\s?\d+\s?%|\d+\s?%\s?(?:off|de réduc|de remise)|€|\$|£|voucher|bon d['’]achat|gesture|geste|compensat|dédommag/i;
const DATE =
  /\b(?:by|before|until|tomorrow|tonight|today|next week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?::\d\d)?\s?(?:am|pm)|hours?|days?|weeks?|minutes?)\b|\b(?:demain|ce soir|aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|avant|d['’]ici|heures?|jours?|semaines?)\b|\b\d{1,2}\s?h\b/i;
