/** Which emoji the game's font must draw, and the unicode-range that says so (tools/emoji/build-font.ts). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES = ['scenarios', 'src/sim/voices', 'src/i18n', 'src/ui/views'];
const EXTENSIONS = /\.(ink|ts|json)$/;
/** Emoji people often write in a reply, whatever the scenarios use. */
export const COMMON =
  '😀😃😄😁😆😅🤣😂🙂🙃😉😊😇🥰😍🤩😘😋😛😜🤪😝🤑🤗🤭🤫🤔🤐🤨😐😑😶😏😒🙄😬😮‍💨🤥😌😔😪🤤😴😷🤒🤕🤢🤮🥵🥶🥴😵🤯🤠🥳🥸😎🤓🧐😕😟🙁☹️😮😯😲😳🥺🥹😦😧😨😰😥😢😭😱😖😣😞😓😩😫🥱😤😡😠🤬😈👿💀☠️💩🤡👻👽🤖' +
  '👋🤚✋🖖👌🤌🤏✌️🤞🫶🤟🤘🤙👈👉👆👇☝️👍👎✊👊🤛🤜👏🙌👐🤲🤝🙏✍️💪👀👁️' +
  '❤️🧡💛💚💙💜🖤🤍🤎💔❣️💕💞💓💗💖💘💝💯💢💥💫💦💨💬💭💤' +
  '🔥✨⭐🌟🎉🎊🎁🎂🏆🥇📣📢📌📍📎📦📩📨📱💻🛒💸💰📈📉⏰⏳⌛⚡☕🍞🥖🥐🚲🚀✅❌❎⚠️❓❗‼️⁉️➡️⬅️⬆️⬇️🔔🔕🔒🔓🆕🆗🆘';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : EXTENSIONS.test(name) ? [path] : [];
  });
}

/** Every emoji (RGI sequences, and lone pictographs written without their variation selector). */
export function emojiIn(text: string): Set<string> {
  const found = new Set<string>();
  // The `v` flag (Unicode sets) is newer than the project's TypeScript target: built at run time (Node 20 has it).
  for (const m of text.matchAll(new RegExp('\\p{RGI_Emoji}|\\p{Extended_Pictographic}', 'gv'))) found.add(m[0]);
  return found;
}

/** The code points a unicode-range must list: the emoji's own, without ASCII (keycaps' digits stay Inter's). */
export function codePoints(emoji: Iterable<string>): number[] {
  const points = new Set<number>();
  for (const e of emoji)
    for (const ch of e)
      if (ch.codePointAt(0)! > 0x7f && ch.codePointAt(0)! !== 0xa9 && ch.codePointAt(0)! !== 0xae) points.add(ch.codePointAt(0)!);
  return [...points].sort((a, b) => a - b);
}

/** "U+1f600-1f602,U+1f64f": consecutive code points as ranges. */
export function unicodeRange(points: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const start = points[i]!;
    let end = start;
    while (points[i + 1] === end + 1) end = points[++i]!;
    parts.push(end === start ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`);
  }
  return parts.join(',');
}

/** The emoji the scenarios, the phrase banks and the UI strings use. */
export function usedEmoji(root: string): Set<string> {
  const used = new Set<string>();
  for (const dir of SOURCES) for (const f of files(join(root, dir))) for (const e of emojiIn(readFileSync(f, 'utf8'))) used.add(e);
  return used;
}
