/**
 * The people of a run (issue #16): each member of the simulated community has a name and a handle that
 * stay the same through the run, drawn from per-locale pools by a hash of the run's seed and the member,
 * so nothing is stored and a replay gives the same people. First names follow the member's age (a 20-year-old
 * is an Enzo or a Mia, a retiree a Monique or a Keith), handles their age, their segment and the brand's
 * world (a creator in a sneaker community is @lina.kicks, a retiree @monique.garnier, a journalist
 * @claire_roux). Names are common first and last names; combined, they name no one in particular.
 * Whether a member has the brand's product, and whether they are hit by the problem a post is about,
 * is drawn the same way (`customerOf`, `affectedOf`): "same problem here" is only said by those who have it.
 */
import type { AgeBand, Locale, Segment } from '../core/types';
import { hashString } from '../core/rng';
import { firstNameOf, plain } from './names';

export { callNameOf, firstNameOf } from './names';

export interface Person {
  name: string;
  handle: string;
}

/** The brand's world, read from its sector: what creators and young members put in their handles. */
export type Field = 'gaming' | 'streetwear' | 'cycling' | 'food' | 'telecom' | 'general';

/** Who a member is, as far as their name goes. */
export interface Profile {
  segment?: Segment;
  age?: AgeBand;
  field?: Field;
}

export type Generation = 'young' | 'adult' | 'senior';
const generationOf = (age: AgeBand | undefined): Generation => (age === '15-25' ? 'young' : age === '51+' ? 'senior' : 'adult');

/** Each list holds fifteen women's first names, then fifteen men's (firstNameLook reads them so). */
const FIRST: Record<Locale, Record<Generation, readonly string[]>> = {
  fr: {
    // born in the 2000s
    young: [
      'Lina',
      'Jade',
      'Inès',
      'Léna',
      'Chloé',
      'Manon',
      'Louna',
      'Maëlys',
      'Zoé',
      'Ambre',
      'Maya',
      'Lilou',
      'Nina',
      'Yasmine',
      'Romane',
      'Enzo',
      'Nathan',
      'Mathis',
      'Rayan',
      'Kylian',
      'Nolan',
      'Yanis',
      'Tom',
      'Ethan',
      'Axel',
      'Evan',
      'Bilal',
      'Timéo',
      'Lenny',
      'Ilan',
    ],
    // born from the mid-seventies to the late nineties
    adult: [
      'Camille',
      'Julie',
      'Pauline',
      'Laura',
      'Marine',
      'Aurélie',
      'Émilie',
      'Céline',
      'Élodie',
      'Claire',
      'Nadia',
      'Audrey',
      'Sandrine',
      'Karima',
      'Virginie',
      'Thomas',
      'Nicolas',
      'Julien',
      'Romain',
      'Maxime',
      'Antoine',
      'Sébastien',
      'Guillaume',
      'Karim',
      'Mehdi',
      'Jérôme',
      'Fabien',
      'Cédric',
      'Olivier',
      'Florian',
    ],
    // born before the mid-seventies
    senior: [
      'Monique',
      'Martine',
      'Françoise',
      'Christiane',
      'Nicole',
      'Sylvie',
      'Catherine',
      'Brigitte',
      'Danielle',
      'Chantal',
      'Annie',
      'Michèle',
      'Dominique',
      'Évelyne',
      'Colette',
      'Bernard',
      'Michel',
      'Alain',
      'Patrick',
      'Jean-Pierre',
      'Daniel',
      'Philippe',
      'Jacques',
      'Jean-Claude',
      'Christian',
      'Serge',
      'Didier',
      'Guy',
      'Roger',
      'Joël',
    ],
  },
  en: {
    young: [
      'Mia',
      'Ava',
      'Isla',
      'Amelia',
      'Freya',
      'Ruby',
      'Zara',
      'Maya',
      'Ellie',
      'Lily',
      'Chloe',
      'Poppy',
      'Niamh',
      'Aaliyah',
      'Skye',
      'Jayden',
      'Tyler',
      'Kai',
      'Leo',
      'Ethan',
      'Aaron',
      'Noah',
      'Josh',
      'Liam',
      'Callum',
      'Rhys',
      'Kian',
      'Zayn',
      'Alfie',
      'Reece',
    ],
    adult: [
      'Emma',
      'Sarah',
      'Laura',
      'Rachel',
      'Gemma',
      'Hannah',
      'Kate',
      'Priya',
      'Aisha',
      'Jess',
      'Claire',
      'Becky',
      'Lauren',
      'Nadia',
      'Holly',
      'James',
      'Tom',
      'Dan',
      'Chris',
      'Ben',
      'Matt',
      'Rob',
      'Ryan',
      'Sam',
      'Ravi',
      'Mark',
      'Owen',
      'Marcus',
      'Lee',
      'Tariq',
    ],
    senior: [
      'Margaret',
      'Susan',
      'Linda',
      'Carol',
      'Janet',
      'Pauline',
      'Maureen',
      'Gillian',
      'Sandra',
      'Brenda',
      'Christine',
      'Helen',
      'Valerie',
      'Jean',
      'Shirley',
      'Brian',
      'Keith',
      'Barry',
      'Graham',
      'Alan',
      'Derek',
      'Trevor',
      'Malcolm',
      'Colin',
      'Clive',
      'Roger',
      'Geoff',
      'Terry',
      'Nigel',
      'Ian',
    ],
  },
};

const LAST: Record<Locale, readonly string[]> = {
  fr: [
    'Martin',
    'Bernard',
    'Dubois',
    'Thomas',
    'Robert',
    'Richard',
    'Petit',
    'Durand',
    'Leroy',
    'Moreau',
    'Simon',
    'Laurent',
    'Lefebvre',
    'Michel',
    'Garcia',
    'David',
    'Bertrand',
    'Roux',
    'Vincent',
    'Fournier',
    'Morel',
    'Girard',
    'André',
    'Mercier',
    'Blanc',
    'Guérin',
    'Boyer',
    'Garnier',
    'Chevalier',
    'François',
    'Legrand',
    'Gauthier',
    'Perrin',
    'Robin',
    'Clément',
    'Morin',
    'Nicolas',
    'Henry',
    'Roussel',
    'Mathieu',
    'Benali',
    'Diallo',
    'Nguyen',
    'Haddad',
    'Lopez',
    'Fontaine',
    'Rousseau',
    'Lambert',
    'Bonnet',
    'Faure',
  ],
  en: [
    'Smith',
    'Jones',
    'Taylor',
    'Brown',
    'Williams',
    'Wilson',
    'Johnson',
    'Davies',
    'Robinson',
    'Wright',
    'Thompson',
    'Evans',
    'Walker',
    'White',
    'Roberts',
    'Green',
    'Hall',
    'Wood',
    'Jackson',
    'Clarke',
    'Patel',
    'Khan',
    'Lewis',
    'Harris',
    'Martin',
    'Cooper',
    'King',
    'Lee',
    'Baker',
    'Hughes',
    'Turner',
    'Hill',
    'Ward',
    'Morris',
    'Moore',
    'Clark',
    'Edwards',
    'Bailey',
    'Shah',
    'Murphy',
    'Kelly',
    'Price',
    'Reid',
    'Okafor',
    'Campbell',
    'Stewart',
    'Mason',
    'Bennett',
    'Fraser',
    'Ali',
  ],
};

/** What creators (and some young members) of each world put in their handle. */
const FIELD_WORDS: Record<Locale, Record<Field, readonly string[]>> = {
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

/** The brand's world, from its sector (and its audience's description). */
export function fieldOf(text: string): Field {
  const t = text.toLowerCase();
  if (/video.?game|jeu vidéo|jeux vidéo|gaming|\bgame\b/.test(t)) return 'gaming';
  if (/sneaker|streetwear|fashion|\bmode\b|vêtement|clothing/.test(t)) return 'streetwear';
  if (/\bbikes?\b|vélo|cycl/.test(t)) return 'cycling';
  if (/baker|boulang|food|restaurant|pâtiss|café/.test(t)) return 'food';
  if (/telecom|télécom|mobile plan|forfait|broadband|fibre/.test(t)) return 'telecom';
  return 'general';
}

/** Numbers nobody picks for a handle they want taken seriously, or that say something else. */
const SHADY = /69|88|14|18|666|420|13$/;

/** "Moreau" → "mr", "Lefebvre" → "lfb": the consonant skeleton young people shorten a surname to. */
const skeleton = (last: string) => {
  const p = plain(last);
  return (
    (p[0] ?? '') +
    p
      .slice(1)
      .replace(/[aeiouy]/g, '')
      .slice(0, 2)
  );
};

/** Two digits that look like a birth year for the generation (never a number that says something else). */
function yearDigits(h: number, generation: Generation): string {
  const [from, span] = generation === 'young' ? [0, 10] : generation === 'adult' ? [76, 23] : [48, 27];
  for (let i = 0; i < span; i++) {
    const y = String((from + ((h + i) % span)) % 100).padStart(2, '0');
    if (!SHADY.test(y)) return y;
  }
  return '07';
}

/** A handle that looks like one this person would have picked. */
function handleOf(h: number, first: string, last: string, locale: Locale, profile: Profile): string {
  const f = plain(first);
  const l = plain(last);
  const generation = generationOf(profile.age);
  const words = FIELD_WORDS[locale][profile.field ?? 'general'];
  const word = words[(h >>> 5) % words.length]!;
  const style = (h >>> 20) % 5;
  const year = yearDigits(h >>> 12, generation);
  switch (profile.segment) {
    case 'journalist':
      // journalists go by their name, nothing added
      return [`${f}${l}`, `${f}_${l}`, `${f[0]}${l}`, `${f}.${l}`, `${l}${f[0]}`][style]!;
    case 'influencer':
      // creators put their world in their handle
      return [`${f}.${word}`, `${f}_${word}`, `${word}.${f}`, `${f}${word}`, `${f}.${skeleton(last)}.${word}`][style]!;
    case 'troll':
      // throwaway-looking accounts
      return [
        `${f}${skeleton(last)}${year}`,
        `${locale === 'fr' ? 'le_vrai_' : 'real_'}${f}`,
        `${f}_${skeleton(last)}_`,
        `${f}x${year}`,
        `${f}.${skeleton(last)}${year}`,
      ][style]!;
  }
  switch (generation) {
    case 'young':
      return [
        `${f}.${skeleton(last)}`,
        `${f}_${skeleton(last)}`,
        `${f}${year}`,
        profile.field && profile.field !== 'general' && profile.field !== 'telecom' && profile.field !== 'food'
          ? `${f}.${word}`
          : `${f}.${l}`,
        `${f}${l[0]}_`,
      ][style]!;
    case 'senior':
      return [`${f}.${l}`, `${f}${l}`, `${f}.${l}${year}`, `${l}.${f}`, `${f}${l}${year}`][style]!;
    default:
      return [`${f}_${l}`, `${f}.${l}`, `${f}${l[0]}${year}`, `${f[0]}${l}`, `${f}.${l[0]}`][style]!;
  }
}

/** First names of the shipped personas that the pools above do not hold, by the gender they usually tell. */
const PERSONA_FIRST = {
  women: [
    'Léa',
    'Awa',
    'Kenza',
    'Margot',
    'Josiane',
    'Soazig',
    'Lénaïg',
    'Théa',
    'Aurore',
    'Gaëlle',
    'Mélodie',
    'Nathalie',
    'Hélène',
    'Odile',
    'Sophie',
    'Yvette',
    'Élise',
    'Nadège',
    'Gwenaëlle',
    'Maëlle',
    'Clara',
    'Mélanie',
    'Caroline',
    'Charlotte',
    'Jessica',
    'Laëtitia',
    'Margaux',
    'Marion',
    'Solène',
    'Stéphanie',
    'Véronique',
    'Sarah',
  ],
  men: [
    'Marc',
    'Gérard',
    'Lucas',
    'Yannick',
    'Malik',
    'Hervé',
    'Théo',
    'Kevin',
    'Hugo',
    'Vince',
    'Samir',
    'Marcel',
    'Naël',
    'Ronan',
    'Bastien',
    'Sofiane',
    'Bruno',
    'Erwan',
    'Yvon',
    'Jules',
    'Ilyes',
    'Yann',
    'Maël',
    'Dorian',
    'Dylan',
    'Fabrice',
    'Gildas',
    'Grégory',
    'Jordan',
    'Laurent',
    'Nassim',
    'Samy',
    'Stéphane',
    'Thierry',
    'Wassim',
    'Gilles',
  ],
} as const;

export interface NameLook {
  gender?: 'woman' | 'man';
  /** The generation that mostly bears the name (a pool's): a hint of age when nothing else tells it. */
  generation?: Generation;
}

let looks: Map<string, NameLook> | undefined;

/** What a first name tells of the person (nothing for an account's name, or a name worn by all). */
export function firstNameLook(first: string): NameLook {
  if (!looks) {
    const table = new Map<string, NameLook>();
    for (const byGeneration of Object.values(FIRST))
      for (const [generation, names] of Object.entries(byGeneration) as [Generation, readonly string[]][])
        names.forEach((name, i) => table.set(name, { gender: i < names.length / 2 ? 'woman' : 'man', generation }));
    for (const name of PERSONA_FIRST.women) table.set(name, { gender: 'woman' });
    for (const name of PERSONA_FIRST.men) table.set(name, { gender: 'man' });
    looks = table;
  }
  return looks.get(first) ?? {};
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The member's name and handle in this run (deterministic: the same seed, member, locale, profile and
 * personas give the same person), avoiding the first names in `taken`.
 */
export function personOf(seed: number, member: number, locale: Locale, taken: ReadonlySet<string> = NONE, profile: Profile = {}): Person {
  const h = hashString(`${seed}:${member}`);
  const names = FIRST[locale][generationOf(profile.age)];
  // a first name the scenario's personas already use goes to the next one: two Léas in a thread read as one person
  let at = h % names.length;
  for (let i = 0; i < names.length && taken.has(names[at]!); i++) at = (at + 1) % names.length;
  const first = names[at]!;
  const surnames = LAST[locale];
  let l = Math.floor(h / 64) % surnames.length;
  // "Thomas Thomas", "Martin Martin": a first name that is also a surname takes the next surname
  if (plain(surnames[l]!) === plain(first)) l = (l + 1) % surnames.length;
  const last = surnames[l]!;
  return { name: `${first} ${last}`, handle: `@${handleOf(hashString(`${seed}:${member}:handle`), first, last, locale, profile)}` };
}

/**
 * The people of a run, as a function from a member of the community (and who they are) to the person they
 * are: drawn with personOf, then drawn again while their name or handle is someone else's already, or their
 * surname a persona's (a "Ravi Martin" under Léa Martin's post reads as her family); never a persona's
 * first name. Deterministic as long as members are asked for in the same order, which a replay does.
 */
export function castOf(
  seed: number,
  locale: Locale,
  personas: readonly { name: string; handle?: string }[],
  field: Field = 'general',
): (member: number, profile?: Omit<Profile, 'field'>) => Person {
  const firstNames = new Set(personas.map((p) => firstNameOf(p.name)));
  const surnames = new Set(personas.map((p) => p.name.split(' ').slice(1).join(' ')).filter(Boolean));
  const people = new Map<number, Person>();
  const taken = new Set<string>(personas.flatMap((p) => (p.handle ? [p.handle] : [])));
  return (member, profile = {}) => {
    let person = people.get(member);
    if (person) return person;
    for (let salt = 0; ; salt++) {
      person = personOf(seed, member + salt * 1_000_003, locale, firstNames, { ...profile, field });
      const clash = taken.has(person.name) || taken.has(person.handle) || surnames.has(person.name.split(' ').slice(1).join(' '));
      if (!clash || salt >= 12) break;
    }
    people.set(member, person);
    taken.add(person.name).add(person.handle);
    return person;
  };
}

/** Share of each segment who have the brand's product or service. */
const CUSTOMERS: Record<Segment, number> = { fan: 0.9, neutral: 0.55, critic: 0.6, troll: 0.1, influencer: 0.5, journalist: 0 };

/** Whether the member has the brand's product or service, the same all through the run. */
export const customerOf = (seed: number, member: number, segment: Segment): boolean =>
  hashString(`${seed}:customer:${member}`) % 1000 < CUSTOMERS[segment] * 1000;

/** Share of customers hit by a given problem. */
const AFFECTED = 0.35;

/**
 * Whether the member has the problem a post is about (`about`: its subject, or its topic), the same for
 * every post about it in the run: a member who said "mine too" under one post does not say "mine's fine"
 * under the next.
 */
export const affectedOf = (seed: number, member: number, segment: Segment, about: string): boolean =>
  customerOf(seed, member, segment) && hashString(`${seed}:affected:${member}:${about}`) % 1000 < AFFECTED * 1000;
