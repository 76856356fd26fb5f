/**
 * The people of a run (issue #16): each member of the simulated community has a name and a handle that
 * stay the same through the run, drawn from per-locale pools by a hash of the run's seed and the member,
 * so nothing is stored and a replay gives the same people. Names are common first and last names;
 * combined, they name no one in particular.
 */
import type { Locale } from '../core/types';
import { hashString } from '../core/rng';

export interface Person {
  name: string;
  handle: string;
}

const FIRST: Record<Locale, readonly string[]> = {
  fr: [
    'Camille',
    'Léa',
    'Manon',
    'Chloé',
    'Inès',
    'Sarah',
    'Emma',
    'Jade',
    'Louise',
    'Clara',
    'Julie',
    'Pauline',
    'Laura',
    'Mathilde',
    'Nadia',
    'Sophie',
    'Aïcha',
    'Margaux',
    'Élodie',
    'Claire',
    'Anaïs',
    'Lucie',
    'Yasmine',
    'Océane',
    'Morgane',
    'Thomas',
    'Lucas',
    'Hugo',
    'Nathan',
    'Théo',
    'Maxime',
    'Antoine',
    'Julien',
    'Karim',
    'Romain',
    'Nicolas',
    'Alexandre',
    'Mehdi',
    'Quentin',
    'Bastien',
    'Florian',
    'Kevin',
    'Yanis',
    'Baptiste',
    'Sébastien',
    'Olivier',
    'Rachid',
    'Loïc',
    'Damien',
    'Gaëtan',
  ],
  en: [
    'Emily',
    'Olivia',
    'Sophie',
    'Chloe',
    'Grace',
    'Hannah',
    'Jess',
    'Amy',
    'Megan',
    'Lucy',
    'Priya',
    'Zara',
    'Ellie',
    'Rachel',
    'Naomi',
    'Kate',
    'Aisha',
    'Holly',
    'Erin',
    'Beth',
    'Fiona',
    'Leah',
    'Mia',
    'Tasha',
    'Becca',
    'James',
    'Tom',
    'Oliver',
    'Jack',
    'Harry',
    'Sam',
    'Ben',
    'Josh',
    'Dan',
    'Ryan',
    'Liam',
    'Matt',
    'Chris',
    'Adam',
    'Ravi',
    'Connor',
    'Jamal',
    'Luke',
    'Nathan',
    'Owen',
    'Marcus',
    'Kieran',
    'Tariq',
    'Ethan',
    'Callum',
  ],
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

const lower = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const NONE: ReadonlySet<string> = new Set();

/** The member's name and handle in this run (deterministic: the same seed, member, locale and personas give the same person), avoiding the first names in `taken`. */
export function personOf(seed: number, member: number, locale: Locale, taken: ReadonlySet<string> = NONE): Person {
  const h = hashString(`${seed}:${member}`);
  const names = FIRST[locale];
  // a first name the scenario's personas already use goes to the next one: two Léas in a thread read as one person
  let at = h % names.length;
  for (let i = 0; i < names.length && taken.has(names[at]!); i++) at = (at + 1) % names.length;
  const first = names[at]!;
  const last = LAST[locale][Math.floor(h / 64) % LAST[locale].length]!;
  const style = (h >>> 20) % 4;
  const digits = String((h >>> 8) % 100).padStart(2, '0');
  const handle =
    style === 0
      ? `${lower(first)}_${lower(last)}`
      : style === 1
        ? `${lower(first)}${digits}`
        : style === 2
          ? `${lower(first)}.${lower(last)[0]}`
          : `${lower(last)}${lower(first)[0]}${digits}`;
  return { name: `${first} ${last}`, handle: `@${handle}` };
}

/** The first name of a person or a persona ("Léa" of "Léa Martin"). */
export const firstNameOf = (name: string): string => name.split(' ')[0]!;

/**
 * The people of a run, as a function from a member of the community to the person they are: drawn with
 * personOf, then drawn again while their name or handle is someone else's already, or their surname a
 * persona's (a "Ravi Martin" under Léa Martin's post reads as her family); never a persona's first name.
 * Deterministic as long as members are asked for in the same order, which a replay does.
 */
export function castOf(seed: number, locale: Locale, personas: readonly { name: string }[]): (member: number) => Person {
  const firstNames = new Set(personas.map((p) => firstNameOf(p.name)));
  const surnames = new Set(personas.map((p) => p.name.split(' ').slice(1).join(' ')).filter(Boolean));
  const people = new Map<number, Person>();
  const taken = new Set<string>();
  return (member) => {
    let person = people.get(member);
    if (person) return person;
    for (let salt = 0; ; salt++) {
      person = personOf(seed, member + salt * 1_000_003, locale, firstNames);
      const clash = taken.has(person.name) || taken.has(person.handle) || surnames.has(person.name.split(' ').slice(1).join(' '));
      if (!clash || salt >= 12) break;
    }
    people.set(member, person);
    taken.add(person.name).add(person.handle);
    return person;
  };
}
