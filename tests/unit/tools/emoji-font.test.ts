import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON, codePoints, emojiIn, unicodeRange, usedEmoji } from '../../../tools/emoji/emoji-set';

/** The code points the committed @font-face's unicode-range covers. */
function covered(css: string): Set<number> {
  const range = /unicode-range:\s*([^;]+);/.exec(css)?.[1] ?? '';
  const points = new Set<number>();
  for (const part of range.split(',')) {
    const [from, to] = part
      .trim()
      .replace(/^U\+/i, '')
      .split('-')
      .map((x) => parseInt(x, 16));
    for (let p = from!; p <= (to ?? from!); p++) points.add(p);
  }
  return points;
}

describe('the emoji font', () => {
  const css = readFileSync('src/ui/emoji.css', 'utf8');

  it('finds emoji sequences whole, and lists ranges compactly', () => {
    expect([...emojiIn('ok 👍🏽 then 🏴‍☠️ and ⚠ or ❤️ #1')]).toEqual(['👍🏽', '🏴‍☠️', '⚠', '❤️']);
    expect(unicodeRange([0x1f600, 0x1f601, 0x1f602, 0x1f64f])).toBe('U+1f600-1f602,U+1f64f');
    // Digits, # and * stay Inter's: keycaps' bases never send text to the emoji font.
    expect(codePoints(['#️⃣', '1️⃣'])).toEqual([0x20e3, 0xfe0f]);
  });

  it('covers every emoji the scenarios, phrase banks and UI strings use, and the common ones (run `npm run emoji-font` after adding one)', () => {
    const points = covered(css);
    const missing = [...usedEmoji('.'), ...emojiIn(COMMON)].filter((e) => codePoints([e]).some((p) => !points.has(p)));
    expect(missing).toEqual([]);
  });

  it('is a small self-hosted file, loaded only for emoji and second in the game’s font stacks', () => {
    expect(css).toMatch(/src: url\('\.\/fonts\/emoji\.woff2'\) format\('woff2'\)/);
    const size = statSync('src/ui/fonts/emoji.woff2').size;
    expect(size).toBeGreaterThan(10_000);
    expect(size).toBeLessThan(120_000);
    // No ASCII in the range: Latin text never triggers the download.
    expect([...covered(css)].every((p) => p > 0x7f)).toBe(true);
    const styles = readFileSync('src/ui/styles.css', 'utf8');
    expect(styles).toContain("@import './emoji.css';");
    expect(styles).toMatch(/--font: 'Inter', 'Frontline Emoji'/);
  });
});
