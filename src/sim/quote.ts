/**
 * A few of the brand's own words, for the comments that quote its reply (issue #16: "people answer it
 * directly: quote, reply, screenshot"). After a good reply people quote what it said that helped (its
 * first words past the greeting and the thanks); after a reply that broke the charter, the offending
 * words: the excerpt the reading found, else its longest sentence, cut to its last clauses ("…take your
 * post down or we'll get our lawyers involved"). Pure: the words come from the reply, nothing is drawn.
 */

/** The longest quote a comment carries. */
const MAX = 90;
/** Shorter than this, a piece is no quote ("Hi Léa", "Noted"). */
const MIN = 12;
/** A good reply is quoted for what it says, not for a few words of address ("Fair question, Sofiane"). */
const SAYS = 30;

const GREETING = /^(?:hi|hello|hey|dear|bonjour|bonsoir|salut|coucou|hello)\b[^,!.:]{0,30}[,!.:]\s*/iu;
const HANDLES = /(^|\s)@[\w.]+/gu;
/** Sentence ends and emojis (which end a thought in a reply) split a reply into pieces. */
const PIECES = /[.!?…]+(?:\s+|$)|\s*(?:\p{Extended_Pictographic}\uFE0F?\u200D?)+\s*/u;

/** The words an option's stage direction puts in quotes (« … », "…", “…”), when it has some. */
function spoken(text: string): string {
  const m = text.match(/[«“"]\s*([^»”"]{12,}?)\s*[»”"]/u);
  return m ? m[1]! : text;
}

const THANKS = /^(?:thanks|thank you|many thanks|merci)\b/iu;

/** The clause of a long sentence where `words` start, and what follows, cut to MAX. */
function clauseAround(piece: string, words: string): string {
  const at = piece.toLowerCase().indexOf(words.toLowerCase());
  const before = [...piece.slice(0, Math.max(0, at)).matchAll(/[,;:]\s+/gu)].at(-1);
  return cut(piece.slice(before ? before.index! + before[0].length : 0), true);
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Cut to MAX at a clause boundary, keeping the start (`head`) or the end of the piece. */
function cut(piece: string, head: boolean): string {
  if (piece.length <= MAX) return piece;
  // a clause ends at a comma or a colon; keeping the end, before "and", "but", "et", "mais" too
  // (keeping the start, not: "between the 14 s announced and…")
  const bounds = [
    ...piece.matchAll(head ? /\s*[,;:]\s+/gu : /\s*[,;:]\s+(?:(?:and|but|so|et|mais|donc)\s+)?|\s+(?:and|but|so|et|mais|donc)\s+/gu),
  ];
  if (head) {
    const at = bounds.filter((b) => b.index! >= MIN && b.index! <= MAX).at(-1);
    if (at) return piece.slice(0, at.index);
    const words = piece.slice(0, MAX - 1).replace(/\s+\S*$/u, '');
    return `${words}…`;
  }
  const fits = (b: RegExpMatchArray) => piece.length - (b.index! + b[0].length) <= MAX && piece.length - (b.index! + b[0].length) >= MIN;
  // a colon, a semicolon or a comma and a conjunction start a thought; a bare comma may only end an item of a list
  // (« …sur place, du pain aux croissants, et la carte ne changera jamais » is quoted from « la carte »)
  // (a bare "and" may join two subjects: « le jury et l'huissier ont tranché » is not cut there)
  const at = bounds.find((b) => fits(b) && /[;:]|,\s*(?:and|but|so|et|mais|donc)\b/u.test(b[0])) ?? bounds.find(fits);
  if (at) return piece.slice(at.index! + at[0].length);
  const words = piece.slice(piece.length - MAX + 1).replace(/^\S*\s+/u, '');
  return `…${words}`;
}

/**
 * The words of `reply` a comment quotes: after a breach (`breach`), `excerpt` when the reading found one,
 * else the reply's longest sentence; after a good reply, its first words past the greeting; without the
 * name of `author` (what people call the post's author). Null when the reply has nothing long enough to
 * quote that does not speak of the author.
 */
export function quoteOf(reply: string, breach: boolean, excerpt?: string, author?: string): string | null {
  const quote = pick(reply, breach, excerpt);
  if (!quote || !author) return quote;
  // words addressed to the author ("…, Hervé") lose the address; words about them are not quoted (an answer
  // to the brand does not speak of the author)
  const name = author.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const bare = quote
    .replace(new RegExp(`^${name}\\s*[,:]\\s*`, 'u'), '')
    .replace(new RegExp(`[,\\s]+${name}$`, 'u'), '')
    .trim();
  if (new RegExp(`(^|[^\\p{L}])${name}($|[^\\p{L}])`, 'u').test(bare) || bare.length < MIN) return null;
  return capital(bare);
}

function pick(reply: string, breach: boolean, excerpt?: string): string | null {
  // (quotes inside the quote become curly ones: « « gauchiste » » reads badly)
  const clean = (s: string) => s.replace(HANDLES, '$1').replace(/«\s*/gu, '“').replace(/\s*»/gu, '”').replace(/\s+/gu, ' ').trim();
  const words = clean(spoken(reply)).replace(GREETING, '');
  const pieces = words
    .split(PIECES)
    .map((p) => p.trim())
    .filter((p) => p.length >= MIN);
  // the reading's excerpt is a few words ("you must have plugged"): the sentence they are in is quoted
  const found = breach && excerpt ? clean(excerpt).replace(/[.!?…\s]+$/u, '') : '';
  if (found) {
    const i = pieces.findIndex((p) => p.toLowerCase().includes(found.toLowerCase()));
    const around = pieces[i];
    // a sentence of a few words ("Brisa Mobile?") says little: the next one goes with it ("They had three outages")
    const next = pieces[i + 1];
    if (around && around.length < SAYS && next) {
      const from = words.indexOf(around);
      const to = words.indexOf(next, from + around.length);
      if (from >= 0 && to >= 0) return capital(cut(words.slice(from, to + next.length), true));
    }
    if (around) return capital(around.length <= MAX ? around : clauseAround(around, found));
    if (found.length >= MIN) return capital(cut(found, true));
  }
  // what a good reply did, rather than its thanks ("Thanks for asking, Noah"), when it says more
  // (a reply that broke the charter: its longest sentence, where the sting is, "Thanks Yannick! See, not everyone's here to trash the studio")
  const longest = pieces.reduce<string | undefined>((a, p) => (!a || p.length >= a.length ? p : a), undefined);
  const piece = breach ? longest : (pieces.find((p) => !THANKS.test(p) && p.length >= SAYS) ?? pieces[0]);
  return piece ? capital(cut(piece, !breach)) : null;
}
