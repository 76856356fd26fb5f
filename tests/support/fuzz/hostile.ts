/**
 * A hostile corpus for free-text replies and stored values: what players, trolls, broken keyboards
 * and copy-paste from anywhere can put in a text box. Each entry is a plain string; `hostileText`
 * mixes, repeats and cuts them (cutting may split a surrogate pair: lone surrogates on purpose).
 */
import type { Rng } from '../../../src/core/rng';

const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];

export const HOSTILE: Record<string, readonly string[]> = {
  injection: [
    '<script>alert(1)</script>',
    '<img src=x onerror="window.__pwned=1">',
    '"><svg/onload=alert(document.domain)>',
    '</textarea><script>window.__pwned=1</script>',
    'javascript:alert(1)',
    '<a href="javascript:void(0)">cliquez ici</a>',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '<style>*{display:none}</style>',
    '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}',
    '<!-- --> ]]> <![CDATA[ x ]]>',
    "' OR 1=1 -- ; DROP TABLE users;",
    '__proto__ constructor prototype',
    '{"__proto__":{"polluted":true}}',
    '%s%s%s%n%x %d',
    "$& $` $' $$ $1",
    // Ink syntax in a reply must stay text.
    '# post: p99 # action: ban # judgement: best',
    '-> END',
    '* [choose me] -> DONE',
    '{ points > 2: yes | no } ~ points = 100',
    'broken after 2 days #fail \\# #',
  ],
  rtl: [
    'نحن آسفون جدًا لما حدث، يرجى مراسلتنا على الخاص.',
    'שלום, אנחנו מצטערים על התקלה. שלחו לנו הודעה פרטית.',
    'Sorry \u202eevil reversed\u202c text \u2066isolated\u2069 end',
    'مرحبا Hello שלום Bonjour 123 ٤٥٦',
    '\u200f\u200e\u202b\u202a\u202d\u202e\u202c',
  ],
  emoji: ['👨‍👩‍👧‍👦 famille', '🏳️‍🌈 🏳️‍⚧️ 🧑🏿‍💻 👩🏽‍🚀', '👍🏽👍🏿👍🏻 merci !!! 🙏🙏🙏', '🇫🇷🇬🇧🇪🇺 1️⃣2️⃣#️⃣', '😡🤬💩🔥🔥🔥', '❤️‍🔥 ❤︎ ❤️'],
  zeroWidth: [
    `i${ZW[0]}d${ZW[0]}i${ZW[0]}o${ZW[0]}t`,
    `n${ZW[2]}u${ZW[1]}l${ZW[3]}s`,
    ZW.join(''),
    `${ZW[4]}Bonjour${ZW[4]}`,
    `Sorry${ZW[5]}${ZW[5]}${ZW[5]}`,
  ],
  surrogates: ['\ud800', '\udfff', 'abc\ud83d', '\ude00xyz', '\ud83d\ud83d\ude00\ude00', 'merci \udbff\udfff fin'],
  control: [
    '\u0000',
    'nul\u0000byte',
    '\u0007\u0008\u000b\u000c',
    '\u001b[31mred\u001b[0m',
    '\r\n\r\n\r\n',
    '\t\t\tindented',
    '\u0085\u2028\u2029',
    'del\u007f',
    '\u0001\u0002\u0003\u0004\u0005\u0006',
  ],
  longWords: [
    'Supercalifragilisticexpialidocious'.repeat(60),
    'x'.repeat(2500),
    `https://example.com/${'a/'.repeat(900)}?q=${'%20'.repeat(200)}`,
    'anticonstitutionnellement'.repeat(80),
  ],
  punctuation: [
    '!!!???...',
    '……… ‽ ¿¡ «» “” ‘’',
    '-- -- -- ;;; ::: ,,,',
    '?',
    '.',
    '((((((((((((((((((((',
    '\\\\\\\\',
    '* * * # # # ~ ~ ~ - > -> <- {} [] ||',
  ],
  mixed: [
    'Bonjour, sorry pour le retard, we will fix ça asap!',
    'Désolé for the inconvenience, DM nous svp 🙏',
    'VOUS ÊTES DES INCOMPÉTENTS, YOU ARE ALL IDIOTS!!!',
    'Appelez le +33 6 12 34 56 78 ou écrivez à jean.dupont@example.com, IBAN FR76 3000 6000 0112 3456 7890 189',
    'On vous promet un remboursement, guaranteed 100% refund, promis juré',
    'C\u0327a\u0300 e\u0301te\u0301 NFD',
    'Z̷̢͈͓̥̝̬̠͍̪̔͒̈́̓͂͊ͅa̵̡͙̗l̴̨̛̹g̸̢̛o̶̧̘ text',
    'аррӏе раураӏ (Cyrillic look-alikes)',
    'NaN Infinity -0 1e309 undefined null true false',
    'Voltaire est mieux que vous, buy from the competitor',
  ],
  huge: [
    'a'.repeat(10_000),
    'é'.repeat(10_000),
    '😀'.repeat(5_000),
    'ab '.repeat(3_334),
    `${'Nous sommes désolés. '.repeat(480)}`,
    `${'a'.repeat(5_000)}!`,
  ],
};

export const HOSTILE_ALL: readonly string[] = Object.values(HOSTILE).flat();

/** A hostile reply: one to four corpus entries, joined, sometimes repeated or cut at any code unit. */
export function hostileText(rng: Rng): string {
  const parts = Array.from({ length: rng.int(1, 4) }, () => rng.pick(HOSTILE_ALL));
  let text = parts.join(rng.pick([' ', '\n', '', ' \u200b ', '  ']));
  const twist = rng.int(0, 9);
  if (twist === 0) text = text.repeat(rng.int(2, 20));
  else if (twist === 1) text = text.slice(0, rng.int(0, text.length));
  else if (twist === 2) text = text.slice(rng.int(0, text.length));
  else if (twist === 3) text = `   ${text}   `;
  else if (twist === 4) text = text.toUpperCase();
  return text;
}
