/**
 * How people are called in comments: small and free of the name pools, so that the engine's variant
 * code (loaded with the menu) can use it without the community's data.
 */

/** A name reduced to its plain lower-case letters ("Léa-Marie" → "leamarie"). */
export const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** The first name of a person or a persona ("Léa" of "Léa Martin"). */
export const firstNameOf = (name: string): string => name.split(' ')[0]!;

/**
 * What others call a persona in a comment: its nickname (« Basti »), its first name when it is a person
 * (its id is its first name or a short form of it: lea, Léa Martin; gwen, Gwenaëlle; or a variant renamed
 * them), else its whole name (an account: "Kicks Mèmes FR", "Vélo Mèmes", whose id only starts with a word of it).
 */
export function callNameOf(persona: { id: string; name: string; person?: true }): string {
  const nick = persona.name.match(/«\s*([^»]+?)\s*»/);
  if (nick) return nick[1]!;
  const first = firstNameOf(persona.name);
  const [id, f] = [plain(persona.id), plain(first)];
  return persona.person || (id.length > 1 && f.startsWith(id)) ? first : persona.name;
}
