/**
 * Issue #16: the community talks about the post and answers the brand. The banks (src/sim/voices/)
 * are well formed; and for every shipped scenario, in both languages, over 10 seeds, no thread
 * contradicts its post's situation (the table of contradictions below), repeats a line, or shows a
 * comment without an author; across a run, lines are rarely said twice; people answer each other, the
 * post's author answers back, and a post the brand takes down is talked about. Two golden transcripts
 * per language are committed (tests/golden/) and compared, so a change of voice is seen.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AGE_BANDS, LOCALES, SEGMENTS, type Locale } from '../../../src/core/types';
import { createRng } from '../../../src/core/rng';
import { Session } from '../../../src/engine/session';
import {
  VOICES,
  breachSeen,
  castOf,
  contractEnglish,
  contractFrench,
  callNameOf,
  fieldOf,
  facetsOf,
  fits,
  personOf,
  promiseOf,
  quoteOf,
  sayLine,
  type Fill,
  type Flag,
  type Line,
  type Speaker,
} from '../../../src/sim';
import { shippedScenario } from '../../support/long-run';

const ROOT = join(__dirname, '..', '..', '..');
const SCENARIOS = readdirSync(join(ROOT, 'scenarios')).filter((d) => existsSync(join(ROOT, 'scenarios', d, 'manifest.json')));
const text = (l: Line) => (typeof l === 'string' ? l : l[0]);
const flags = (l: Line): readonly string[] => (typeof l === 'string' ? [] : l.slice(1));

/** Words a line may not state as a fact nobody in the thread can know (the playtests' "certainty about facts nobody has"). */
const CERTAIN =
  /known fault|défaut connu|it'?s a design flaw|c’est un défaut de conception|everyone knows|tout le monde sait|in good hands now|sorted it out for you/i;
/** French lines said by anyone must not agree with their speaker's gender. */
const GENDERED =
  /\b(?:je suis|t[’']es|m[’']avez|trop|toujours)\s+(?:sûre?|contente?|convaincue?|motivée?|déçue?|ravie?|perdue?|curieu(?:x|se)|sérieu(?:x|se)|bouleversée?|concernée?|client|cliente)\b|\bclientes?\s+(?:chez|depuis)|\bdésolée?\s+(?:pour|que)|\bje croyais être l[ae] seule?\b|\(e\)|^(?:Curieu(?:x|se)|Contente?|Ravie?|Fière?|Déçue?)\b/i;

describe('the voice banks', () => {
  it.each(LOCALES)('%s: every situation has lines, none twice, with known placeholders and consistent flags', (locale) => {
    const seen = new Set<string>();
    const problems: string[] = [];
    const check = (where: string, lines: readonly Line[], rule: (f: readonly string[], t: string) => string | null, least = 6) => {
      if (lines.length < least) problems.push(`${where}: ${lines.length} lines`);
      for (const l of lines) {
        const t = text(l);
        const f = flags(l);
        if (seen.has(t)) problems.push(`${where}: "${t}" twice`);
        seen.add(t);
        // (a line written in several wordings, `{~one|another}`, is checked in each)
        const ways = t.replace(/\{~([^{}]*(?:\{[a-z]+\}[^{}]*)*)\}/g, (_, a: string) => a.split('|').join(' / '));
        const unknown = ways.match(/\{(?!(?:author|brand|name|target|product|place|delay|price|event|quote)\})[^}]*\}/);
        if (/\{name\}/.test(t) && !where.startsWith('rejoinder') && !where.startsWith('author'))
          problems.push(`${where}: {name} outside the answers to members`);
        if (/\{target\}/.test(t) && !where.startsWith('harassment')) problems.push(`${where}: {target} outside attacks on members`);
        if (locale === 'fr' && GENDERED.test(t)) problems.push(`${where}: "${t}" agrees with its speaker's gender`);
        if (CERTAIN.test(t)) problems.push(`${where}: "${t}" states what nobody in the thread can know`);
        if (unknown) problems.push(`${where}: unknown placeholder ${unknown[0]}`);
        if (f.includes('casual') && f.includes('formal')) problems.push(`${where}: "${t}" is both casual and formal`);
        if ((f.includes('journalist') || f.includes('creator')) && !/press/.test(where))
          problems.push(`${where}: "${t}" is a press line outside the press`);
        if (f.includes('by-author') !== where.startsWith('author')) problems.push(`${where}: "${t}" by-author out of place`);
        if (f.includes('notices-removal') !== where.startsWith('removal')) problems.push(`${where}: "${t}" notices-removal out of place`);
        const bad = rule(f, t);
        if (bad) problems.push(`${where}: "${t}" ${bad}`);
      }
    };
    /** Every speaker finds something to say: journalists and creators, the young and the 51+. */
    const coverage = (where: string, lines: readonly Line[], stance: string) => {
      const speakers: Speaker[] =
        stance === 'press'
          ? [
              { stance: 'press', role: 'journalist' },
              { stance: 'press', role: 'creator' },
            ]
          : [
              { stance: stance as Speaker['stance'], register: 'casual' },
              { stance: stance as Speaker['stance'], register: 'formal' },
            ];
      for (const sp of speakers) {
        const n = lines.filter((l) => fits(l, sp, { topic: 'grievance', phase: 'before' })).length;
        if (n < 3) problems.push(`${where}: ${n} lines for ${sp.role ?? sp.register}`);
      }
    };
    for (const [topic, phases] of Object.entries(VOICES[locale].topics))
      for (const [phase, cells] of Object.entries(phases))
        for (const [stance, lines] of Object.entries(cells)) {
          check(`${topic}/${phase}/${stance}`, lines, (f) =>
            phase === 'before' && f.includes('thanks')
              ? 'thanks the brand before it answered'
              : (topic === 'abuse' || topic === 'harassment' || topic === 'spam') && f.includes('backs-author')
                ? 'backs an attack'
                : topic === 'harassment' && f.includes('to-staff')
                  ? 'stands up for the staff under an attack on a member'
                  : (phase === 'good' || phase === 'poor') && f.includes('awaits-answer')
                    ? 'waits for an answer the brand has given'
                    : null,
          );
          coverage(`${topic}/${phase}/${stance}`, lines, stance);
        }
    for (const [subject, cells] of Object.entries(VOICES[locale].subjects))
      for (const [stance, lines] of Object.entries(cells))
        check(`subject ${subject}/${stance}`, lines, (f) => (f.includes('thanks') ? 'thanks the brand before it answered' : null));
    for (const [breach, cells] of Object.entries(VOICES[locale].breach))
      for (const [stance, lines] of Object.entries(cells)) {
        check(`breach ${breach}/${stance}`, lines, (f) => (f.includes('praise') || f.includes('thanks') ? 'praises a breach' : null));
        if (stance === 'press') coverage(`breach ${breach}/${stance}`, lines, stance);
      }
    for (const [removal, cells] of Object.entries(VOICES[locale].removal))
      for (const [stance, lines] of Object.entries(cells)) {
        check(`removal ${removal}/${stance}`, lines, (f, t) =>
          removal === 'censored' && !/\{author\}/.test(t)
            ? 'does not say whose post was removed'
            : removal === 'censored' && f.includes('thanks-mods')
              ? 'thanks the moderators for removing fair criticism'
              : f.includes('thanks') || f.includes('praise')
                ? 'thanks the brand in someone else’s thread'
                : null,
        );
        coverage(`removal ${removal}/${stance}`, lines, stance);
      }
    for (const [topic, moves] of Object.entries(VOICES[locale].author))
      for (const [move, lines] of Object.entries(moves))
        check(`author ${topic}/${move}`, lines ?? [], (f, t) =>
          move === 'retort' && !/\{name\}/.test(t)
            ? 'does not say whom it answers'
            : move === 'bump' && !f.includes('awaits-answer')
              ? 'bumps without waiting'
              : move !== 'thanks' && move !== 'promised' && f.includes('thanks')
                ? 'thanks out of place'
                : null,
        );
    const { agree, defend, doubt, calm, answer } = VOICES[locale].rejoinder;
    // agreeing takes the flags of the comment agreed with; the others say what they do themselves
    check('rejoinder agree', agree, (f) => (f.some((x) => x !== 'casual' && x !== 'formal') ? 'carries flags of its own' : null));
    check('rejoinder defend', defend, (f) =>
      f.includes('praise') || f.includes('thanks') ? 'praises a service nobody has seen yet' : null,
    );
    check('rejoinder doubt', doubt, (f) => (f.includes('blames-brand') ? null : 'does not say what it holds against the brand'));
    check('rejoinder calm', calm, (f) => (f.includes('backs-author') || f.includes('attacks-author') ? 'takes a side in an attack' : null));
    check('rejoinder answer', answer, (f) => (f.includes('thanks') || f.includes('praise') ? 'praises instead of answering' : null));
    expect(problems).toEqual([]);
  });

  it("says a post's facts only under a post that has them", () => {
    const situation = { topic: 'grievance', phase: 'before' } as const;
    const lines = (fill: Fill) =>
      Array.from(
        { length: 200 },
        (_, i) =>
          sayLine('en', situation, { stance: 'peer', customer: true, affected: true }, i / 200, { thread: new Set() }, fill)?.text ?? '',
      );
    const bare = lines({ author: 'Léa', brand: 'Voltaire' });
    expect(bare.some((t) => /[{}]/.test(t))).toBe(false);
    const told = lines({ author: 'Léa', brand: 'Voltaire', product: 'Zadig', delay: 'two days' });
    expect(told.filter((t) => t.includes('Zadig') || t.includes('two days')).length).toBeGreaterThan(0);
  });

  it('says a line again in a run only when the speaker has no other left, and never twice in a thread', () => {
    const situation = { topic: 'praise', phase: 'before' } as const;
    const run = new Set<string>();
    const said: string[] = [];
    for (let i = 0; i < 40; i++) {
      const thread = new Set<string>();
      const s = sayLine('fr', situation, { stance: 'troll' }, (i * 0.37) % 1, { thread, run }, { author: 'Léa', brand: 'Kairn' });
      if (!s) continue;
      said.push(s.key);
      run.add(s.key);
    }
    const pool = VOICES.fr.topics.praise.before.troll.length + VOICES.fr.topics.praise.before.peer.length;
    // fills of {product}, {place}, {event} are missing here: those lines are out
    const firstRepeat = said.findIndex((k, i) => said.indexOf(k) !== i);
    expect(firstRepeat === -1 || firstRepeat >= pool - 8).toBe(true);
    const thread = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const s = sayLine('fr', situation, { stance: 'troll' }, i / 60, { thread, run }, { author: 'Léa', brand: 'Kairn' });
      if (s) {
        expect(thread.has(s.key)).toBe(false);
        thread.add(s.key);
      }
    }
  });

  it("reads what a reply promised and what a post is about (the playtests' misreadings)", () => {
    expect(promiseOf("It'll be back before 3 am, promise")).toBe('date');
    expect(promiseOf('Hotfix by Friday at the latest, promise')).toBe('date');
    expect(promiseOf("We'll refund both charges and give you the month free")).toBe('money');
    expect(promiseOf('Chaque client concerné aura un mois offert !')).toBe('money');
    expect(promiseOf('On s’occupe de tout, promis')).toBe('other');
    // the fifth read-through: « Bonjour » holds a « jour », « avoir » is a verb, « 100 % fait maison » no discount
    expect(promiseOf('Bonjour Julien, pas d’inquiétude : notre pain ne contient pas de sésame')).toBe('other');
    expect(promiseOf('Chez nous, 100 % des produits sont faits maison, et la carte ne changera jamais, promis')).toBe('other');
    expect(promiseOf('Vous allez avoir des nouvelles très vite, promis')).toBe('other');
    expect(promiseOf('-20 % sur les coques avec le code MERCI20')).toBe('money');
    expect(promiseOf('Une tartine végétale à la carte dès lundi')).toBe('date');
    const post = (kind: 'complaint' | 'praise' | 'rumour', text: string, more: object = {}) => ({ kind, text, ...more });
    const outage = (text: string) => facetsOf(post('complaint', text, { subject: 'outage' }), 'telecom').line;
    expect(outage('landline dead since 1 am. My 81-year-old mum ONLY has a landline')).toBe('landline');
    expect(outage('8 hours with no internet')).toBe('online');
    expect(outage('ma télévision Onda affiche « pas de signal ». Internet marche.')).toBe('other');
    const price = (text: string) => facetsOf(post('complaint', text, { subject: 'price' }), 'telecom').price;
    expect(price('I have been charged twice this month')).toBe('billing');
    expect(price('€7.50 for a tartine, that is five baguettes')).toBe('cost');
    expect(price('Will I be able to use the internet in Porto, or come home to an enormous bill?')).toBe('other');
    expect(facetsOf(post('complaint', 'Official recall: listeria in the loaf', { subject: 'safety' }), 'food')).toMatchObject({
      recall: true,
      food: true,
    });
    expect(facetsOf(post('complaint', 'My battery gets warm when I charge it', { subject: 'safety' }), 'cycling')).toMatchObject({
      recall: false,
      food: false,
    });
    expect(facetsOf(post('rumour', 'So Kairn pays influencers now?'), 'streetwear').scare).toBe(false);
    expect(facetsOf(post('rumour', 'Product recall: listeria'), 'food').scare).toBe(true);
    expect(
      facetsOf(post('praise', 'First sketches for #AddYourStone, torn between the two', { facts: { event: 'the contest' } }), 'streetwear')
        .praises,
    ).toBe('work');
    expect(
      facetsOf(post('praise', 'The hoodie fits perfectly, best buy of the autumn', { facts: { product: 'Strate' } }), 'streetwear').praises,
    ).toBe('product');
    expect(
      facetsOf(post('praise', 'The gentleman from your company called me', { facts: { product: 'landline' } }), 'telecom').praises,
    ).toBe('service');
    // a newcomer's play-test: "did you try calling?" under a helpline that hangs up, "quel ennui" under a child's
    // allergy, "can I get a free one too?" under praise that mentions no gift
    const review = 'Two emails with no reply and a helpline that hangs up after twenty minutes on hold';
    expect(facetsOf(post('complaint', review, { subject: 'service' }), 'cycling').tried).toBe(true);
    expect(facetsOf(post('complaint', 'Deux mails sans réponse et une hotline qui raccroche'), 'cycling').tried).toBe(true);
    expect(facetsOf(post('complaint', 'My charger gave up after three days'), 'cycling').tried).toBeUndefined();
    expect(facetsOf(post('complaint', 'Allergie sévère au sésame', { subject: 'safety' }), 'food').serious).toBe(true);
    expect(facetsOf(post('praise', 'Super accueil à la boutique de Lyon'), 'cycling').gift).toBe(false);
    expect(facetsOf(post('praise', 'They sent me a little gift with my order'), 'cycling').gift).toBe(true);
    // an emergency tonight, a threat of violence, what a spam asks for, a praise of clear answers
    expect(
      facetsOf(
        post('complaint', 'Ligne fixe morte. Si elle fait un malaise, elle appelle les secours comment ??', { subject: 'outage' }),
        'telecom',
      ).serious,
    ).toBe(true);
    expect(facetsOf(post('complaint', 'My fibre box restarts every evening', { subject: 'defect' }), 'telecom').serious).toBeUndefined();
    const abuse = (text: string) => facetsOf({ kind: 'abuse', text }, 'telecom');
    expect(abuse('Une bombe va sauter à la boutique de Lyon demain')).toMatchObject({ threat: true, serious: true });
    expect(abuse('You are all useless clowns')).toMatchObject({ threat: false });
    const spam = (text: string) => facetsOf({ kind: 'spam', text }, 'food');
    expect(spam('Le Fournil OFFRE un an de pain à 500 familles ! Renseignez votre carte bancaire')).toMatchObject({
      giveaway: true,
      login: false,
    });
    expect(spam('GAGNEZ 1 000 € PAR SEMAINE depuis chez vous, méthode 100 % légale')).toMatchObject({ giveaway: false, login: false });
    expect(spam('Your account is locked, log in here to keep it')).toMatchObject({ login: true });
    expect(facetsOf(post('praise', 'It is nice to get clear answers', { facts: { product: '60 GB plan' } }), 'telecom').praises).toBe(
      'service',
    );
    const troll: Speaker = { stance: 'troll' };
    expect(fits('Baston 🍿', troll, { topic: 'grievance', phase: 'before' }, { serious: true })).toBe(false);
    expect(fits(['No need to insult the staff', 'insult'], { stance: 'peer' }, { topic: 'abuse', phase: 'before' }, { threat: true })).toBe(
      false,
    );
    expect(fits(['Have the police been told?', 'threat'], { stance: 'peer' }, { topic: 'abuse', phase: 'before' }, {})).toBe(false);
    expect(
      fits(
        ['Why would a giveaway need my password', 'login', 'giveaway'],
        { stance: 'peer' },
        { topic: 'spam', phase: 'before' },
        { login: false },
      ),
    ).toBe(false);
    const hit: Speaker = { stance: 'peer', customer: true, affected: true };
    expect(fits(['Same problem as {author}', 'same-here'], hit, { topic: 'rumour', phase: 'before', breach: 'blame' })).toBe(false);
    expect(fits(['Same problem as {author}', 'same-here'], hit, { topic: 'grievance', phase: 'before', breach: 'blame' })).toBe(true);
    const speaker: Speaker = { stance: 'peer', customer: true, affected: true };
    const situation = { topic: 'grievance', phase: 'before' } as const;
    expect(fits(['Did you try calling?', 'suggests-contact'], speaker, situation, { tried: true })).toBe(false);
    expect(fits(['Did you try calling?', 'suggests-contact'], speaker, situation, {})).toBe(true);
    expect(fits(['Quel ennui.', 'light'], speaker, situation, { serious: true })).toBe(false);
    expect(fits(['A free one too?', 'gift'], speaker, { topic: 'praise', phase: 'before' }, { gift: false })).toBe(false);
    // and the banks carry those flags: every line that suggests a channel, every "must be a bug", every gift joke
    for (const locale of LOCALES) {
      const texts = JSON.stringify(VOICES[locale]);
      const lines = [...texts.matchAll(/\[("(?:[^"\\]|\\.)*")((?:,"[a-z-]+")*)\]|("(?:[^"\\]|\\.)*")/g)].map((m) => ({
        text: JSON.parse(m[1] ?? m[3]!) as string,
        flags: m[2] ?? '',
      }));
      const rows: [RegExp, string][] = [
        [/did you try calling|essayé d’appeler|contact form|formulaire de contact|chat du service/i, 'suggests-contact'],
        [/ça doit être un bug|must be a bug/i, 'author-hit'],
        [/cadeau aussi|free one too/i, 'gift'],
        // the fourth read-through: "mine works fine" under a sold-out drop, "lucky you" to a thank-you, a purchase of a prize
        [
          /mine breaks|when mine|mine’s been fine|marche nickel|pour réparer|prochaine panne|autres pannes|next .* breaks|truc cassé|tombe en panne|owners have contacted|yours breaks|le tien lâche/i,
          'breakdown',
        ],
        [/deleting critical comments|commentaires critiques/i, 'moderation'],
        [
          /(?:lucky (?:you|u)|de la chance|quelle chance).{0,3}\{name\}|wait till (?:it happens|yours)|que ça t’arrive|que le tien|(?:six months|six mois), \{name\}/i,
          'to-experience',
        ],
        [/best thing I've bought|meilleur achat/i, 'of-product'],
        [/tried writing|essayé de leur écrire|dm them the details|envoie-leur les détails/i, 'suggests-contact'],
        [
          /dans une réponse publique|in a public reply|delete that reply|supprimez cette réponse|hide that reply|masquez ce message/i,
          'in-public',
        ],
        // the fifth read-through: "blaming the customer" at a rumour's relayer, "the thing breaks" under a contest,
        // "not my experience" to a comment that told of none, "this happened to you too?" from anyone
        [
          /blaming (?:the )?customers?|tell a customer|the customer since|faute (?:sur|au) (?:le )?client|à un client que|accusent leurs clients|accuser le client|le client depuis/i,
          'of-problem',
        ],
        [
          /the thing breaks|ça plante|vos propres bugs|the actual fix for|la vraie solution pour|turning your life off|rallumer votre vie|things people can actually use|produits qu’on comprend/i,
          'breakdown',
        ],
        [
          /one bad experience|une mauvaise expérience|not my experience at all|pas du tout mon expérience|went badly|mal passé pour toi/i,
          'to-experience',
        ],
        [/this happened to you too|ah toi aussi/i, 'same-here'],
      ];
      for (const [pattern, flag] of rows)
        for (const l of lines.filter((x) => pattern.test(x.text))) expect(l.flags, `${locale}: "${l.text}"`).toContain(`"${flag}"`);
      expect(lines.filter((l) => /ratio incoming|quel ennui|quite agree with|partage entièrement/i.test(l.text))).toEqual([]);
      // an order number and an address nobody gave; "Du Onda pur jus", "Le SAV Le Fournil"; a reply "noted" that said something else
      expect(
        lines.filter((l) =>
          /order number and address|numéro de commande et l’adresse|\{brand\} pur jus|SAV \{brand\}|said "noted"|répondu « noté »|would not ask them anything either/i.test(
            l.text,
          ),
        ),
      ).toEqual([]);
      // under spam: a login only where one is asked for, a giveaway only where one is offered; under an attack, insults not under a threat
      const spamLines = Object.values(VOICES[locale].topics.spam).flatMap((cells) => Object.values(cells).flat());
      for (const l of spamLines) {
        if (
          /login|password|identifiants|mot de passe|logged in|log in|me connecter|se connectent|perdre leur compte|lose their accounts|entered their details/i.test(
            text(l),
          )
        )
          expect(flags(l), `${locale}: "${text(l)}"`).toContain('login');
        if (/giveaway|concours|gagnants|winners|(?<!rent-)\bfree\b|gratuit|cadeaux|500 (?:spots|places)/i.test(text(l)))
          expect(flags(l), `${locale}: "${text(l)}"`).toContain('giveaway');
      }
      const abuseLines = Object.values(VOICES[locale].topics.abuse).flatMap((cells) => Object.values(cells).flat());
      // ("write a proper complaint" to a bomb threat)
      for (const l of abuseLines.filter((x) => /insult|complaint|réclamation/i.test(text(x)) && !flags(x).includes('threat')))
        expect(flags(l), `${locale}: "${text(l)}"`).toContain('insult');
      expect(abuseLines.filter((l) => flags(l).includes('threat')).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('calls a person a variant renamed by their first name, an account by its name', () => {
    expect(callNameOf({ id: 'lea', name: 'Sarah Benali', person: true })).toBe('Sarah');
    expect(callNameOf({ id: 'lea', name: 'Léa Martin' })).toBe('Léa');
    expect(callNameOf({ id: 'relay', name: 'Alerte Info Ouest' })).toBe('Alerte Info Ouest');
    // an account whose id starts with a word of its name is still an account ("Vélo, tu l'as vu toi-même ?");
    // a short form of a first name is still a person
    expect(callNameOf({ id: 'velomemes', name: 'Vélo Mèmes' })).toBe('Vélo Mèmes');
    expect(callNameOf({ id: 'nuitnoire', name: 'Nuit Noire' })).toBe('Nuit Noire');
    expect(callNameOf({ id: 'gwen', name: 'Gwenaëlle Le Bihan' })).toBe('Gwenaëlle');
  });

  // the fourth read-through: the brand's reply is answered in its own words
  it("quotes the brand's words: what helped after a good reply, the sting after a breach, never the author's name", () => {
    const good = "Hi Léa, this really isn't what we want for you, especially two days after delivery 😔 Could you DM us your order number?";
    expect(quoteOf(good, false, undefined, 'Léa')).toBe("This really isn't what we want for you, especially two days after delivery");
    expect(quoteOf('Thanks for asking straight out, Noah. We have identified a problem with some of the chargers.', false)).toBe(
      'We have identified a problem with some of the chargers',
    );
    const sting = "On n'a jamais payé personne. Ce que tu écris, c'est de la diffamation : retire ton post, ou on passe par nos avocats.";
    expect(quoteOf(sting, true)).toBe("Ce que tu écris, c'est de la diffamation : retire ton post, ou on passe par nos avocats");
    expect(quoteOf('Whatever. Read the manual next time.', true, 'read the manual next time')).toBe('Read the manual next time');
    expect(quoteOf('Personne ne vous oblige à en acheter, Hervé.', true, undefined, 'Hervé')).toBe('Personne ne vous oblige à en acheter');
    expect(quoteOf("Le clown ici, c'est pas Zed, c'est toi", true, undefined, 'Zed')).toBeNull();
    expect(quoteOf('Ok 👍', false)).toBeNull();
    // the fifth read-through: a sting of two words takes the sentence after it; a long one is cut where a thought starts
    expect(quoteOf("Brisa Mobile ? Ils ont eu trois grosses pannes l'an dernier, bon courage Théo 😉", true, 'Brisa Mobile', 'Théo')).toBe(
      "Brisa Mobile ? Ils ont eu trois grosses pannes l'an dernier, bon courage",
    );
    const long =
      'Bonjour Sandrine ! Chez nous, 100 % des produits sont faits maison sur place, du pain aux croissants, et la carte de fidélité ne changera jamais, promis 🥖';
    expect(quoteOf(long, true, undefined, 'Sandrine')).toBe('La carte de fidélité ne changera jamais, promis');
    expect(
      quoteOf(
        "Ne vous inquiétez pas. Le jury et l'huissier ont tranché en toute sérénité, et le vote était parfaitement régulier du début à la fin",
        true,
      ),
    ).toBe('Le vote était parfaitement régulier du début à la fin');
  });

  it('does not stack an English article on a French one', () => {
    expect(contractEnglish('The Le Fournil des Quatre Vents team really cares, the La Poste way')).toBe(
      'The Fournil des Quatre Vents team really cares, the Poste way',
    );
    expect(contractEnglish('The Lemon team')).toBe('The Lemon team');
    expect(contractEnglish('Been a Le Fournil customer for years')).toBe('Been a Fournil customer for years');
  });

  it('folds French articles into the preposition before a name', () => {
    expect(contractFrench('Du grand Le Fournil. Merci à Le Fournil, avis de Le Fournil, de Les Halles, chez Le Fournil')).toBe(
      'Du grand Fournil. Merci au Fournil, avis du Fournil, des Halles, chez Le Fournil',
    );
    expect(contractFrench('Le post de Aurore, plus que Onda Mobile, de Hugo')).toBe('Le post d’Aurore, plus qu’Onda Mobile, de Hugo');
  });
});

describe('the people', () => {
  it('gives members first names the personas do not have', () => {
    const taken = new Set(['Emma', 'Léa', 'Hugo', 'Lucas', 'Lina', 'Camille', 'Monique']);
    for (const age of AGE_BANDS)
      for (let j = 0; j < 300; j++) expect(taken.has(personOf(3, j, 'fr', taken, { age }).name.split(' ')[0]!)).toBe(false);
  });

  it("casts a run with no two people alike and none of a persona's family", () => {
    const cast = castOf(5, 'fr', [{ name: 'Léa Martin' }, { name: 'Zed' }]);
    const people = Array.from({ length: 500 }, (_, j) => cast(j, { age: AGE_BANDS[j % 4], segment: SEGMENTS[j % 6] }));
    expect(cast(42)).toBe(people[42]);
    expect(new Set(people.map((p) => p.handle)).size).toBe(500);
    expect(new Set(people.map((p) => p.name)).size).toBe(500);
    expect(people.filter((p) => p.name.startsWith('Léa ') || p.name.endsWith(' Martin'))).toEqual([]);
  });

  it('gives each member of a run one name and handle, the same every time', () => {
    expect(personOf(7, 42, 'fr')).toEqual(personOf(7, 42, 'fr'));
    const people = Array.from({ length: 200 }, (_, j) => personOf(7, j, 'en'));
    expect(new Set(people.map((p) => p.handle)).size).toBeGreaterThan(150);
    for (const p of people) expect(p.handle).toMatch(/^@[a-z0-9._]+$/);
  });

  // Playtest: "gamer-style handles under a retailer, handles like @adam69". Handles follow the member's age,
  // segment and the brand's world, as in each scenario's audience: a retiree is @monique.garnier, a creator
  // in a sneaker community @lina.kicks, a journalist @clairevasseur.
  it.each(SCENARIOS)("%s: names and handles fit the audience's ages, segments and world", (id) => {
    const { manifest, charter } = shippedScenario(id);
    const field = fieldOf(charter.brand.sector.en);
    const plain = (x: string) =>
      x
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const words = FIELD_WORDS[locale][field] ?? [];
      const cast = castOf(11, locale, manifest.personas, field);
      for (let j = 0; j < 600; j++) {
        const age = AGE_BANDS[j % 4]!;
        const segment = SEGMENTS[(j >> 2) % 6]!;
        const p = cast(j, { age, segment });
        const h = p.handle;
        const [first, last] = [plain(firstName(p.name)), plain(p.name.split(' ').slice(1).join(' '))];
        const skeleton =
          last[0] +
          last
            .slice(1)
            .replace(/[aeiouy]/g, '')
            .slice(0, 2);
        // each part of the handle is made of the name, its initials or skeleton, digits, and the world's words
        const pieces = [first, last, skeleton, first[0]!, last[0]!, 'x', 'le', 'vrai', 'real', ...words].sort(
          (a, b) => b.length - a.length,
        );
        const made = new RegExp(`^(?:${pieces.join('|')}|\\d+)+$`);
        const bare = new RegExp(
          `^(?:${[first, last, skeleton, first[0]!, last[0]!, 'x', 'le', 'vrai', 'real'].sort((a, b) => b.length - a.length).join('|')}|\\d+)+$`,
        );
        const parts = h.slice(1).split(/[._]/).filter(Boolean);
        const rest = parts.filter((w) => !bare.test(w));
        if (!/^@[a-z0-9._]+$/.test(h)) problems.push(`${h}: not a handle`);
        if (/69|88|14|18|666|420/.test(h)) problems.push(`${h}: a number that says something else`);
        if (segment === 'journalist' && /\d/.test(h)) problems.push(`${h}: a journalist with digits`);
        if (segment === 'influencer' && !words.some((w) => h.includes(w)))
          problems.push(`${h}: a creator whose handle says nothing of their world`);
        const foreign = rest.filter((w) => !made.test(w));
        if (foreign.length > 0)
          problems.push(`${h} (${p.name}, ${segment}, ${age}): "${foreign.join(' ')}" is not from a ${field} audience`);
        if (age === '51+' && segment !== 'influencer' && rest.length > 0)
          problems.push(`${h} (${age}): a world word in a retiree's handle`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

const FIELD_WORDS: Record<Locale, Record<string, readonly string[]>> = {
  fr: {
    gaming: ['gaming', 'plays', 'live', 'tv', 'gg'],
    streetwear: ['kicks', 'sneakers', 'fits', 'style', 'drip'],
    cycling: ['velo', 'roule', 'pedale', 'velotaf', 'ride'],
    food: ['mange', 'cuisine', 'miam', 'gourmand', 'food'],
    telecom: ['tech', 'conseils', 'bonsplans', 'mobile', 'geek'],
    general: ['vlog', 'daily', 'life', 'avis', 'conseils'],
  },
  en: {
    gaming: ['plays', 'gaming', 'live', 'tv', 'gg'],
    streetwear: ['kicks', 'sneakers', 'fits', 'style', 'drip'],
    cycling: ['rides', 'cycles', 'bikes', 'commutes', 'pedals'],
    food: ['eats', 'bakes', 'foodie', 'kitchen', 'cooks'],
    telecom: ['tech', 'tips', 'deals', 'mobile', 'geek'],
    general: ['vlogs', 'daily', 'life', 'reviews', 'tips'],
  },
};

/** Plays a shipped scenario to its end, answering each post with a random shown option (or its best one). */
function play(id: string, locale: Locale, seed: number, policy: 'random' | 'best' | 'worst'): Session {
  const scenario = shippedScenario(id);
  const s = new Session({
    manifest: scenario.manifest,
    charter: scenario.charter,
    story: scenario.stories[locale],
    locale,
    seed,
    audienceSize: 1000,
  });
  const rng = createRng(`voice:${id}:${locale}:${seed}`);
  for (let guard = 0; !s.ended && guard < 5000; guard++) {
    const post = s.feed.find((p) => p.state === 'open');
    if (!post) {
      s.advance(s.nextEventAt() ?? s.now + 60);
      continue;
    }
    s.advance(s.now + 60);
    const shown = s.visibleOptions(post.id).filter((o) => !o.hidden);
    const best = shown.find((o) => o.judgement === 'best') ?? shown[0];
    const worst = shown.find((o) => o.judgement === 'bad') ?? shown.find((o) => o.judgement === 'poor') ?? shown[0];
    const pick = policy === 'best' ? best : policy === 'worst' ? worst : rng.pick(shown);
    if (pick) s.choose(post.id, pick.index);
  }
  s.advance(s.now + 1800);
  return s;
}

const PUBLIC = new Set(['reply', 'like']);
const ABUSIVE = new Set(['abuse', 'spam']);
const REMOVING = new Set(['hide', 'delete', 'ban']);
const firstName = (name: string) => name.split(' ')[0]!;
/** The text names this person (what others call them, as a word), when that is not part of the brand's name. */
const mentions = (text: string, name: string, brand: string) =>
  !brand.includes(name) && new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

/** Figures over every scenario, both languages and ten seeds (printed, and bounded at the end). */
const figures = {
  runs: 0,
  comments: 0,
  distinct: new Set<string>(),
  /** Comments whose line had already been said in the same run, and the worst run. */
  repeats: 0,
  worstRun: 0,
  answers: 0,
  /** Threads with a public reply, and those where the post's author spoke. */
  repliedThreads: 0,
  authorSpoke: 0,
  /** Runs where fair criticism (an abusive post) was taken down, and those where people talked about it. */
  censored: 0,
  censoredNoticed: 0,
  cleared: 0,
  clearedThanked: 0,
  /** Comments by the 15–25 in communities that speak casually, and those in a casual line. */
  young: 0,
  youngCasual: 0,
  /** Comments by the 51+, and those in a formal line. */
  senior: 0,
  seniorFormal: 0,
};

describe('threads through the engine', () => {
  it.each(SCENARIOS)('%s: no thread contradicts its post, repeats a line or lacks an author (2 languages × 10 seeds)', (id) => {
    const problems: string[] = [];
    let comments = 0;
    let answers = 0;
    const distinct = new Set<string>();
    const { manifest, charter } = shippedScenario(id);
    const field = fieldOf(charter.brand.sector.en);
    const kindOf = (ruleId: string) => charter.rules.find((x) => x.id === ruleId)?.kind ?? 'custom';
    for (const locale of LOCALES)
      for (let seed = 1; seed <= 10; seed++) {
        const s = play(id, locale, seed, 'random');
        const casualCommunity = ['tu', 'casual'].includes(charter.register[locale]);
        const removals = s.decisions.filter((d) => REMOVING.has(d.action));
        const removedAt = (pred: (kind: string) => boolean) =>
          Math.min(Infinity, ...removals.filter((d) => pred(d.postKind)).map((d) => d.decidedAt));
        const fairRemovedAt = removedAt((k) => !ABUSIVE.has(k) && k !== 'personal-data');
        const abuseRemovedAt = removedAt((k) => ABUSIVE.has(k) || k === 'personal-data');
        const removedAuthors = new Set(
          removals
            .filter((d) => !ABUSIVE.has(d.postKind) && d.postKind !== 'personal-data')
            .map((d) => callNameOf(s.feed.find((p) => p.id === d.postId)!.persona)),
        );
        const lines = new Map<string, number>();
        let runRepeats = 0;
        let noticed = false;
        let thanked = false;
        figures.runs++;
        if (fairRemovedAt < Infinity) figures.censored++;
        // spam or abuse taken down is thanked for where people saw it go: in another public thread on its channel
        const seenGo = removals.some((d) => {
          const gone = s.feed.find((p) => p.id === d.postId);
          return (
            !!gone &&
            (ABUSIVE.has(d.postKind) || d.postKind === 'personal-data') &&
            s.feed.some((p) => p.id !== gone.id && !p.moderated && p.channel !== 'dm' && p.channel === gone.channel)
          );
        });
        if (abuseRemovedAt < Infinity && seenGo) figures.cleared++;
        for (const post of s.feed) {
          const where = `${locale} seed ${seed} ${post.id}`;
          const replies = post.replies.filter((r) => r.id.startsWith('c'));
          // moderated posts leave the threads they were in; a banned author says nothing more
          for (const d of removals) {
            if (post.replies.some((r) => r.id === d.postId)) problems.push(`${where}: ${d.postId} (${d.action}) still shows in the thread`);
            if (d.postId === post.id && post.replies.some((r) => /^[cs]\d/.test(r.id) && r.at > d.decidedAt))
              problems.push(`${where}: comments keep coming under a post the brand moderated`);
            const author = s.feed.find((p) => p.id === d.postId)?.persona.name;
            if (d.action === 'ban' && post.replies.some((r) => r.author === author && r.at > d.decidedAt))
              problems.push(`${where}: ${author} comments after being banned`);
          }
          const names = new Map<string, string>();
          for (const r of replies) {
            if (names.has(r.handle) && names.get(r.handle) !== r.author) problems.push(`${where}: ${r.handle} is two people`);
            names.set(r.handle, r.author);
          }
          // two Jesses in one thread read as one person talking to themselves
          const first = (n: string) => n.split(' ')[0];
          post.replies.forEach((r, i) => {
            const namesake = post.replies.slice(0, i).find((x) => x.author !== r.author && first(x.author) === first(r.author));
            if (r.id.startsWith('c') && namesake) problems.push(`${where}: ${r.author} after ${namesake.author}`);
          });
          comments += replies.length;
          answers += replies.filter((r) => r.replyTo).length;
          for (const r of replies) distinct.add(r.text);
          const texts = replies.slice(-40).map((r) => r.text);
          const twice = texts.find((t, i) => texts.indexOf(t) !== i);
          if (twice) problems.push(`${where}: "${twice}" twice`);
          const decided = s.decisions.find((d) => d.postId === post.id);
          // thanks need a public answer; praise of the service, any answer (a private message is one)
          const answeredAt = decided && PUBLIC.has(decided.action) ? decided.decidedAt : Infinity;
          const handledAt = decided && decided.action !== 'ignore' && decided.source !== 'deadline' ? decided.decidedAt : Infinity;
          // after a reply that broke the charter where the public can see it, people side with whoever it was aimed at, even a troll
          // (a rule only the brand knows, a gift not disclosed, is not seen: the reply reads as it looks)
          const seenBreach = s.decisions.some(
            // (a private message's screenshot, posted by its author, is talked about under the public post it answered)
            (d) =>
              d.postId === post.id &&
              (d.action === 'reply' || (d.action === 'dm' && post.channel !== 'dm')) &&
              d.breaches.some((b) => breachSeen(kindOf(b.ruleId))),
          );
          const breachAt = decided && seenBreach ? decided.decidedAt : Infinity;
          const facets = facetsOf(post, field);
          const reply = post.answers.find((a) => a.action === 'reply');
          const words = post.answers.find((a) => a.action === 'reply' || a.action === 'dm');
          // the problem is settled: the reply was judged good or best, or says it is over
          const settled =
            !!reply &&
            (decided?.judgement === 'good' || decided?.judgement === 'best' || /restored|rétabli|fixed|résolu/i.test(reply.text));
          // 9. a private message is between the brand and its author: no crowd under it
          if (post.channel === 'dm' && replies.length > 0)
            problems.push(`${where}: "${replies[0]!.text}" comments under a private message`);
          // an attack on a member of the community: the post names another persona's handle
          const target = ABUSIVE.has(post.kind)
            ? manifest.personas.find((p) => p.id !== post.persona.id && post.text.toLowerCase().includes(p.handle.toLowerCase()))
            : undefined;
          if (decided?.action === 'reply' && decided.source !== 'deadline' && post.channel !== 'dm' && !ABUSIVE.has(post.kind)) {
            figures.repliedThreads++;
            if (replies.some((r) => r.flags?.includes('by-author'))) figures.authorSpoke++;
          }
          for (const r of replies) {
            const f: readonly Flag[] = r.flags ?? [];
            const who = s.commenter(r.id);
            if (!r.author || !r.handle) problems.push(`${where}: a comment without an author`);
            if (!who) {
              problems.push(`${where}: "${r.text}" has no known speaker`);
              continue;
            }
            const before = lines.get(who.line) ?? 0;
            if (before > 0) runRepeats++;
            lines.set(who.line, before + 1);
            // 1. a reaction is about whoever the post or comment it answers is about
            if (f.includes('thanks') && r.at < answeredAt && !f.includes('thanks-mods'))
              problems.push(`${where}: "${r.text}" thanks the brand before it answered`);
            if (post.kind === 'complaint' && f.includes('praise') && r.at < handledAt && r.segment !== 'fan')
              problems.push(`${where}: "${r.text}" praises the service under an unanswered complaint`);
            if (ABUSIVE.has(post.kind) && f.includes('backs-author')) problems.push(`${where}: "${r.text}" backs abuse`);
            if (target && f.includes('to-staff'))
              problems.push(`${where}: "${r.text}" stands up for the staff under an attack on ${target.name}`);
            if (target?.segment === 'troll' && f.includes('backs-target')) problems.push(`${where}: "${r.text}" sides with a troll`);
            if (
              r.toBrand &&
              !f.includes('by-author') &&
              (f.includes('backs-author') ||
                f.includes('attacks-author') ||
                f.includes('to-author') ||
                mentions(r.text, callNameOf(post.persona), charter.brand.name))
            )
              problems.push(`${where}: "${r.text}" answers the brand about ${post.persona.name}`);
            // (a breach in a private message or a hand-over is not seen by the thread; its screenshot has its own voice)
            // (but a promise made in public pleases the one it was made to)
            // (what the author sees in the reply: a « tu » or a rule of the brand's own is not there to read)
            const kindOf = (id: string) => charter.rules.find((x) => x.id === id)?.kind ?? 'custom';
            const promised = decided?.breaches.filter((b) => breachSeen(kindOf(b.ruleId))).every((b) => kindOf(b.ruleId) === 'promise');
            if (
              r.at > breachAt + 60 &&
              decided?.action === 'reply' &&
              (f.includes('praise') || f.includes('thanks')) &&
              !(promised && f.includes('by-author'))
            )
              problems.push(`${where}: "${r.text}" praises a reply that broke the charter`);
            if (f.includes('awaits-answer') && r.at > answeredAt && decided?.action === 'reply')
              problems.push(`${where}: "${r.text}" waits for an answer the brand has given`);
            if (r.replyTo) {
              const parent = post.replies.find((p) => p.id === r.replyTo);
              if (!parent || parent.at > r.at) problems.push(`${where}: "${r.text}" answers a comment that is not there before it`);
              else if (parent.replyTo) problems.push(`${where}: "${r.text}" answers an answer (the desk nests one level)`);
              // (under an abusive post, siding with someone who stands up to its author is fine)
              else if (!ABUSIVE.has(post.kind) && (parent.flags ?? []).includes('attacks-author') && f.includes('attacks-author'))
                problems.push(`${where}: "${r.text}" sides with an attack on the author`);
            }
            // 10. a breach is talked about only where the public saw it: a reply on show, a rule it can read there
            if (/:(?:aggression|blame|promise|personal-data|confidential|competitor|politics|other)$/.test(who.situation) && !seenBreach)
              problems.push(`${where}: "${r.text}" reacts to a breach the public cannot see (${who.situation})`);
            // 11. a promise is talked about as what it promised
            if (f.includes('money-promise') && (!words || promiseOf(words.text) !== 'money'))
              problems.push(`${where}: "${r.text}" takes "${words?.text}" for a promise of money`);
            if (f.includes('date-promise') && (!words || promiseOf(words.text) !== 'date'))
              problems.push(`${where}: "${r.text}" takes "${words?.text}" for a promise of a time`);
            // 12. a subject's lines fit the post's facts: a landline is not wifi, a double charge not a price rise, a bike not a snack
            const misfit =
              (f.includes('online') && facets.line !== undefined && facets.line !== 'online') ||
              (f.includes('landline') && facets.line !== 'landline') ||
              (f.includes('billing') && facets.price !== undefined && facets.price !== 'billing') ||
              (f.includes('cost') && facets.price !== undefined && facets.price !== 'cost') ||
              (f.includes('food') && field !== 'food') ||
              (f.includes('recall') && !facets.recall) ||
              (f.includes('scare') && !facets.scare) ||
              (f.includes('of-product') && facets.praises !== undefined && facets.praises !== 'product') ||
              (f.includes('of-work') && facets.praises !== undefined && facets.praises !== 'work') ||
              (f.includes('of-service') && facets.praises !== undefined && facets.praises !== 'service') ||
              // the fourth read-through: no broken product under a sold-out drop, a bill or a rule; no moderation line where nothing was removed
              (f.includes('breakdown') &&
                ((post.subject !== undefined && !['defect', 'safety', 'outage', 'game'].includes(post.subject)) ||
                  facets.scare === false ||
                  facets.praises === 'work')) ||
              (f.includes('moderation') && facets.moderation === false);
            if (misfit) problems.push(`${where}: "${r.text}" does not fit ${post.persona.name}'s post (${f.join(', ')})`);
            // 13. once the answer settled it, the author does not ask when it will be
            if (
              f.includes('by-author') &&
              settled &&
              (f.includes('unresolved') ||
                (r.toBrand && f.includes('blames-brand') && !seenBreach && decided?.judgement !== 'poor' && decided?.judgement !== 'bad'))
            )
              problems.push(`${where}: ${r.author} insists after "${reply?.text}" settled it`);
            // 1b. a line is about the post it is under (the playtests' "launch lines under a review")
            if (f.includes('announcement') && post.kind === 'info' && !post.facts?.event)
              problems.push(`${where}: "${r.text}" takes ${post.persona.name}'s post for an announcement`);
            if (f.includes('of-problem') && !/^(?:grievance|question):/.test(who.situation))
              problems.push(`${where}: "${r.text}" speaks of a problem under a post that has none (${who.situation})`);
            if (f.includes('in-public') && !post.answers.some((x) => x.action === 'reply' && x.at <= r.at))
              problems.push(`${where}: "${r.text}" says the brand's private answer was posted in public`);
            if (who.line.startsWith('subject:') && who.situation.startsWith('question:'))
              problems.push(`${where}: "${r.text}" takes a calm question for the matter going wrong`);
            const members = (x: (typeof post.replies)[number]) => x.id.startsWith('c') && !x.flags?.includes('by-author');
            if (r.replyTo && members(r) && post.replies.filter((x) => x.replyTo === r.replyTo && x.at <= r.at && members(x)).length > 2)
              problems.push(`${where}: "${r.text}" is a third answer to one comment (a pile-up)`);
            // the fourth read-through: "lucky you" answers someone's own product, not a thank-you to the brand
            const heard = r.replyTo ? s.commenter(r.replyTo) : undefined;
            if (
              f.includes('to-experience') &&
              heard &&
              !['customer', 'unaffected', 'same-here'].some((x) => heard.flags.includes(x as Flag))
            )
              problems.push(
                `${where}: "${r.text}" answers "${post.replies.find((x) => x.id === r.replyTo)?.text}" as if it told of a product`,
              );
            // someone who posted the problem does not go and "check theirs"; an account selling votes does not join in
            const complained = s.feed.some(
              (p) => p.persona.name === r.author && p.kind === 'complaint' && p.subject === post.subject && p.at <= post.at,
            );
            if (f.includes('unaffected') && complained) problems.push(`${where}: "${r.text}" from ${r.author}, who posted the problem`);
            if (s.feed.some((p) => p.kind === 'spam' && p.persona.name === r.author && p.at <= r.at) && !f.includes('by-author'))
              problems.push(`${where}: "${r.text}" from the spam account ${r.author}`);
            // a promise, someone's data, an internal figure or blame is no stiff template; praise's "form letter" is no breach
            const breachNow = who.situation.split(':')[2];
            if (
              breachNow &&
              /^[a-z]+:poor:/.test(who.line) &&
              (!['aggression', 'competitor', 'politics', 'other'].includes(breachNow) || post.kind === 'praise')
            )
              problems.push(`${where}: "${r.text}" takes a reply that broke the charter (${breachNow}) for a stiff one`);
            // a warm reply that did the wrong thing (judged poor or bad, no breach) is not praised for it
            if (
              decided?.action === 'reply' &&
              decided.breaches.length === 0 &&
              (decided.judgement === 'bad' || decided.judgement === 'poor') &&
              r.at > answeredAt &&
              !r.replyTo &&
              !f.includes('by-author') &&
              (f.includes('praise') || f.includes('thanks'))
            )
              problems.push(`${where}: "${r.text}" praises a reply judged ${decided.judgement}`);
            // a reply blaming other customers under someone's praise is not aimed at its author
            if (
              (post.kind === 'praise' || post.kind === 'info') &&
              who.situation.endsWith(':blame') &&
              !f.includes('by-author') &&
              mentions(r.text, callNameOf(post.persona), charter.brand.name)
            )
              problems.push(`${where}: "${r.text}" takes ${post.persona.name}'s praise for the one blamed`);
            // 2. removals are noticed, by the right people, after the fact
            if (f.includes('notices-removal')) {
              if (r.at < Math.min(fairRemovedAt, abuseRemovedAt)) problems.push(`${where}: "${r.text}" notices a removal before any`);
              if (who.situation === 'removal:censored' && ![...removedAuthors].some((n) => mentions(r.text, n, charter.brand.name)))
                problems.push(`${where}: "${r.text}" does not say whose post was removed (${[...removedAuthors].join(', ')})`);
              if (f.includes('thanks-mods')) thanked = true;
              else if (who.situation === 'removal:censored') noticed = true;
            }
            if (f.includes('thanks-mods') && r.at < abuseRemovedAt)
              problems.push(`${where}: "${r.text}" thanks the moderators for nothing`);
            // the fifth read-through: spam deleted from the comments was thanked for under a forum post and a microblog question
            if (
              who.situation.startsWith('removal:') &&
              !removals.some((d) => s.feed.find((p) => p.id === d.postId)?.channel === post.channel && d.decidedAt < r.at)
            )
              problems.push(`${where}: "${r.text}" talks of a removal on another channel`);
            // "same problem as Maël" under a rumour; "RIP the landline, funeral" the night a grandfather collapsed;
            // a manager who only writes in private ("hope this was cleared internally") commenting in public
            if (f.includes('same-here') && post.kind !== 'complaint' && post.kind !== 'question' && post.kind !== 'request')
              problems.push(`${where}: "${r.text}" has the same problem as a ${post.kind}`);
            if (r.segment === 'troll' && /secours|malaise|cardiaque|emergency|collapsed|heart|\bbomb/i.test(post.text))
              problems.push(`${where}: "${r.text}" jokes under an emergency`);
            const persona = manifest.personas.find((x) => x.name === r.author);
            if (
              persona &&
              s.feed.filter((p) => p.persona.id === persona.id && p.at < r.at).every((p) => p.channel === 'dm') &&
              s.feed.some((p) => p.persona.id === persona.id && p.at < r.at)
            )
              problems.push(`${where}: "${r.text}" from ${r.author}, who only ever writes to the brand in private`);
            if (who.situation === 'removal:censored' && r.at < fairRemovedAt)
              problems.push(`${where}: "${r.text}" protests a removal that did not happen`);
            // 3. no presumption: only those who have the problem say "same here", "told you" needs a first word
            if (f.includes('same-here') && !who.affected) problems.push(`${where}: "${r.text}" from someone without the problem`);
            if ((f.includes('customer') || f.includes('unaffected')) && !who.customer)
              problems.push(`${where}: "${r.text}" from someone who is not a customer (${r.segment})`);
            if ((f.includes('same-here') || f.includes('customer')) && r.segment === 'journalist')
              problems.push(`${where}: "${r.text}" from a journalist`);
            if (f.includes('author-hit') && post.kind !== 'complaint')
              problems.push(`${where}: "${r.text}" presumes ${post.persona.name} has the problem`);
            if (f.includes('told-you') && !post.replies.some((x) => x.handle === r.handle && x.at < r.at))
              problems.push(`${where}: "${r.text}" says "told you" with nothing said before`);
            // 6. the post's author speaks as the author
            if (f.includes('by-author') && r.author !== post.persona.name)
              problems.push(`${where}: "${r.text}" is the author's line by ${r.author}`);
            if (f.includes('by-author') && f.includes('thanks') && r.at < answeredAt)
              problems.push(`${where}: ${r.author} thanks an answer not given`);
            // 7. journalists and creators speak as what they are
            if (f.includes('creator') && r.segment !== 'influencer')
              problems.push(`${where}: "${r.text}" is a creator's line by a ${r.segment}`);
            if (f.includes('journalist') && r.segment !== 'journalist')
              problems.push(`${where}: "${r.text}" is a journalist's line by a ${r.segment}`);
            // 8. the register fits the age (and the channel: an enthusiasts' forum writes in full sentences)
            const casualHere = casualCommunity && post.channel !== 'forum';
            if (f.includes('casual') && (who.age === '51+' || who.age === '36-50' || (who.age === '26-35' && !casualHere)))
              problems.push(`${where}: "${r.text}" in slang from a ${who.age} member`);
            if (f.includes('formal') && (who.age === '15-25' || who.age === '26-35' || (who.age === '36-50' && casualHere)))
              problems.push(`${where}: "${r.text}" too formal for a ${who.age} member`);
            if (who.age === '15-25' && casualHere && !who.author) {
              figures.young++;
              if (f.includes('casual')) figures.youngCasual++;
            }
            if (who.age === '51+' && !who.author) {
              figures.senior++;
              if (f.includes('formal')) figures.seniorFormal++;
            }
          }
        }
        if (noticed) figures.censoredNoticed++;
        if (thanked) figures.clearedThanked++;
        figures.repeats += runRepeats;
        figures.worstRun = Math.max(figures.worstRun, runRepeats);
      }
    figures.comments += comments;
    figures.answers += answers;
    for (const t of distinct) figures.distinct.add(t);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(comments).toBeGreaterThan(20);
    expect(answers, 'members answer each other').toBeGreaterThan(0);
    // variety: over 20 runs of the same scenario, most comments are lines not seen in another run
    expect(distinct.size / comments, `${distinct.size} distinct lines in ${comments} comments`).toBeGreaterThan(0.5);
  });

  afterAll(() => {
    console.log(
      JSON.stringify(
        {
          ...figures,
          distinct: figures.distinct.size,
          repeatShare: +(figures.repeats / figures.comments).toFixed(4),
          answerShare: +(figures.answers / figures.comments).toFixed(3),
          authorShare: +(figures.authorSpoke / figures.repliedThreads).toFixed(3),
          youngCasualShare: +(figures.youngCasual / figures.young).toFixed(3),
          seniorFormalShare: +(figures.seniorFormal / figures.senior).toFixed(3),
        },
        null,
        1,
      ),
    );
  });

  it('across every scenario: lines rarely come back in a run, people answer each other and the author, removals are talked about', () => {
    if (figures.runs < SCENARIOS.length * 20) return; // run alone (-t): the figures need every scenario
    // 4. a line is said again in a run only when the speaker has exhausted their stance's lines, the ordinary
    // members' (and under a screenshot, those on a poor reply): 0 in these 300 runs (and 0 in 90 runs at the
    // scenarios' real sizes, docs/simulation.md). The bound leaves room for longer scenarios, not for a habit.
    expect(figures.repeats / figures.comments, `${figures.repeats} repeats in ${figures.comments} comments`).toBeLessThan(0.005);
    expect(figures.worstRun, 'repeats in the worst run').toBeLessThanOrEqual(3);
    // 6. a thread is a conversation (here communities of 1,000 draw about half the comments of the real
    // audiences, where about one comment in six answers another: docs/simulation.md)
    expect(figures.answers / figures.comments, 'answers to members').toBeGreaterThan(0.08);
    expect(figures.authorSpoke / figures.repliedThreads, 'threads where the author answered back').toBeGreaterThan(0.3);
    // 2. people notice a removal
    expect(figures.censoredNoticed / figures.censored, 'runs where removed criticism is noticed').toBeGreaterThan(0.6);
    // (the fifth read-through: spam taken down is thanked for only on its own channel, among runs that have another
    // thread there; a quarter of them and more, where threads on every channel made it a third)
    expect(figures.clearedThanked / figures.cleared, 'runs where moderators are thanked').toBeGreaterThan(0.25);
    // 8. the young of a casual community write casually, the 51+ mostly plainly or formally
    expect(figures.youngCasual / figures.young, 'casual lines from the 15–25').toBeGreaterThan(0.3);
  });
});

/**
 * A thread as text, in time order: the brand's answers where they came, who wrote (segment, age), each
 * answer to a comment under it, as the desk nests them.
 */
function transcript(s: Session): string {
  const out: string[] = [];
  for (const post of [...s.feed].reverse()) {
    out.push(`## ${post.id} (${post.kind}, ${post.channel}) ${post.persona.name}: ${post.text}`);
    if (post.moderated) out.push(`  [brand: ${post.moderated}]`);
    const line = (r: (typeof post.replies)[number]) => {
      const to = r.replyTo ? post.replies.find((p) => p.id === r.replyTo)?.author : undefined;
      const who = s.commenter(r.id);
      const tag = who ? ` (${r.segment}${who.age ? `, ${who.age}` : ''})` : '';
      return `${r.replyTo ? `    ↳ [to ${to}] ` : r.toBrand ? '  - [to brand] ' : '  - '}${r.author} ${r.handle}${tag}: ${r.text}`;
    };
    const items = [
      ...post.answers.filter((x) => x.action === 'reply').map((a) => ({ at: a.at, lines: [`  [brand] ${a.text}`] })),
      ...post.replies
        .filter((r) => !r.replyTo)
        .map((r) => ({ at: r.at, lines: [line(r), ...post.replies.filter((x) => x.replyTo === r.id).map(line)] })),
    ];
    for (const x of items.sort((a, b) => a.at - b.at)) out.push(...x.lines);
  }
  return out.join('\n') + '\n';
}

/**
 * Issue #16, item 4, with the player's own words: a reply that blames the customer is quoted and answered
 * angrily; a good one is quoted and thanked. Written replies, read by the engine, both languages.
 */
describe('a written reply is answered in the thread, in its own words', () => {
  const WORDS = {
    bad: {
      fr: 'Nos chargeurs sont testés. Vous avez dû le brancher sur une multiprise de mauvaise qualité, lisez la notice.',
      en: 'Our chargers are tested. You must have plugged it into a cheap power strip, read the manual.',
    },
    good: {
      fr: 'Bonjour Léa, on est vraiment désolés : un chargeur qui lâche deux jours après la livraison, ce n’est pas normal. Envoyez-nous votre numéro de commande en privé, on s’en occupe ce matin.',
      en: 'Hi Léa, we are really sorry: a charger dying two days after delivery is not normal. Send us your order number privately and we will sort it out this morning.',
    },
  };
  const thread = (locale: Locale, how: 'bad' | 'good', seed: number) => {
    const { manifest, charter, stories } = shippedScenario('defect-crisis');
    const s = new Session({ manifest, charter, story: stories[locale], locale, seed, audienceSize: 1000 });
    for (let guard = 0; guard < 50 && !s.feed.some((p) => p.id === 'p1' && p.state === 'open'); guard++)
      s.advance(s.nextEventAt() ?? s.now + 60);
    s.advance(s.now + 60);
    const d = s.write('p1', WORDS[how][locale]);
    if ('error' in d) throw new Error(d.error);
    s.advance(s.now + 1200);
    const answeredAt = s.feed.find((p) => p.id === 'p1')!.answers[0]!.at;
    return { d, after: s.feed.find((p) => p.id === 'p1')!.replies.filter((r) => r.id.startsWith('c') && r.at > answeredAt) };
  };
  it.each(LOCALES)('%s: blaming the customer draws quotes of the words and anger, no thanks', (locale) => {
    const runs = [1, 2, 3].map((seed) => thread(locale, 'bad', seed));
    expect(runs[0]!.d.breaches.length).toBeGreaterThan(0);
    const after = runs.flatMap((r) => r.after);
    expect(after.filter((r) => r.flags?.includes('praise') || r.flags?.includes('thanks'))).toEqual([]);
    expect(after.filter((r) => r.flags?.includes('blames-brand')).length).toBeGreaterThan(after.length / 2);
    // the offending words come back in the thread, between quotation marks
    expect(after.some((r) => /(?:notice|manual|multiprise|power strip)/i.test(r.text) && /[«“]/.test(r.text))).toBe(true);
  });
  it.each(LOCALES)('%s: a good public reply is thanked and quoted', (locale) => {
    const runs = [1, 2, 3].map((seed) => thread(locale, 'good', seed));
    expect(runs[0]!.d.judgement === 'good' || runs[0]!.d.judgement === 'best').toBe(true);
    const after = runs.flatMap((r) => r.after);
    expect(after.some((r) => r.flags?.includes('praise') || r.flags?.includes('thanks'))).toBe(true);
    expect(after.some((r) => /[«“][^»”]*(?:désolés|sorry|normal)/i.test(r.text))).toBe(true);
  });
});

describe('golden transcripts', () => {
  // best play, and one run of the worst (fair criticism hidden, poor replies) to read the backlash
  const cases: [string, Locale, 'best' | 'worst'][] = [
    ['defect-crisis', 'fr', 'best'],
    ['defect-crisis', 'en', 'best'],
    ['toxic-thread', 'fr', 'best'],
    ['toxic-thread', 'en', 'best'],
    ['drop-day', 'fr', 'best'],
    ['service-queue', 'en', 'best'],
    ['drop-day', 'en', 'worst'],
    ['first-shift', 'fr', 'worst'],
  ];
  it.each(cases)('%s (%s, %s play) reads as committed in tests/golden/', (id, locale, policy) => {
    const file = join(ROOT, 'tests', 'golden', `${id}.${locale}${policy === 'worst' ? '.worst' : ''}.txt`);
    const now = transcript(play(id, locale, 3, policy));
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, now);
    expect(now).toBe(readFileSync(file, 'utf8'));
  });
});
