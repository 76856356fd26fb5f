/**
 * The desk as a console: with a post open, every reply option and the composer are in view without
 * scrolling any panel at 1366×768 and 1280×800; on a 390×844 phone the conversation scrolls and the
 * composer stays pinned in view. Then the console's own behaviour: inbox filters and their counts, the
 * pause state, shortcuts from anywhere but a text field, signed changes. Screenshots of the desk (one
 * per channel) go to test-results/ as artefacts.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { type Harness, startHarness, stopHarness, watchErrors } from '../support/browser';

let h: Harness | undefined;
const contexts: BrowserContext[] = [];
beforeAll(async () => {
  h = await startHarness();
  mkdirSync('test-results', { recursive: true });
});
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  await stopHarness(h);
});

async function open(path: string, width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const context = await h!.browser.newContext({ viewport: { width, height } });
  contexts.push(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, h!.url).toString());
  return { page, errors };
}

/** Starts the scenario, pauses as soon as a post waits, and opens it. */
async function openFirstPost(page: Page): Promise<void> {
  await page.locator('[data-screen="briefing"] [data-action="start"]').click();
  await page.locator('[data-post-state="open"] [data-answer]').first().waitFor({ timeout: 60_000 });
  await page.locator('[data-action="pause"]').click();
  await page.locator('[data-post-state="open"] [data-answer]').first().click();
  await page.locator('[data-replies] button[data-option]').first().waitFor();
}

const CONTROLS =
  '[data-replies] button[data-option], [data-replies] [data-reply-text], [data-replies] [data-reply-action], [data-replies] [data-reply-send]';

/**
 * Each control that is not wholly visible: outside the window, or clipped by a panel that would have
 * to be scrolled to show it. Also reports any panel (or the page) that is scrolled.
 */
function outOfView(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const scrolled = [document.scrollingElement, ...document.querySelectorAll('*')].filter((e): e is Element => !!e && e.scrollTop > 0);
    for (const e of scrolled) problems.push(`scrolled: ${e.tagName.toLowerCase()}.${e.className}`);
    for (const node of document.querySelectorAll(selector)) {
      const r = node.getBoundingClientRect();
      const name = `${node.tagName.toLowerCase()}[${node.getAttribute('data-action') ?? ''}] "${(node.textContent ?? '').trim().slice(0, 30)}"`;
      if (r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
        problems.push(`${name}: outside the window (${Math.round(r.top)}–${Math.round(r.bottom)} of ${innerHeight})`);
        continue;
      }
      for (let p = node.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (!/(auto|scroll|hidden)/.test(style.overflowY)) continue;
        const box = p.getBoundingClientRect();
        if (r.top < box.top - 1 || r.bottom > box.bottom + 1)
          problems.push(`${name}: clipped by ${p.tagName.toLowerCase()}.${p.className}`);
      }
    }
    return problems;
  }, CONTROLS);
}

describe('the conversation pane at desktop sizes', () => {
  for (const [width, height] of [
    [1366, 768],
    [1280, 800],
  ] as const) {
    for (const scenario of ['first-shift', 'defect-crisis', 'forum-rumour']) {
      it(`shows every option and the composer of ${scenario}'s first post without scrolling, at ${width}×${height}`, async () => {
        const { page, errors } = await open(`?scenario=${scenario}&lang=en&timescale=20&seed=4`, width, height);
        await openFirstPost(page);
        expect(await page.locator('[data-replies] button[data-option]').count()).toBeGreaterThan(2);
        expect(await page.locator('[data-replies] [data-reply-text]').count()).toBe(1);
        expect(await outOfView(page)).toEqual([]);
        // The desk is the window: no panel (the community panel with its memos included) makes the page scroll.
        const pageScroll = await page.evaluate(() =>
          [document.scrollingElement!, document.body, document.getElementById('ui')!].map((e) => e.scrollHeight - e.clientHeight),
        );
        expect(
          pageScroll.every((overflow) => overflow <= 0),
          `page overflows: ${pageScroll.join(', ')}`,
        ).toBe(true);
        await page.screenshot({ path: `test-results/desk-${scenario}-${width}x${height}.png` });
        // The player may fold the options away to read the thread, and unfold them to answer.
        const thread = () => page.locator('.conv-scroll').evaluate((e) => e.clientHeight);
        const before = await thread();
        await page.locator('[data-action="fold-options"]').click();
        expect(await page.locator('[data-replies] button[data-option]').first().isVisible()).toBe(false);
        expect(await page.locator('[data-action="fold-options"]').getAttribute('aria-expanded')).toBe('false');
        expect(await thread()).toBeGreaterThan(before + 100);
        await page.locator('[data-action="fold-options"]').click();
        expect(await page.locator('[data-replies] button[data-option]').first().isVisible()).toBe(true);
        expect(errors).toEqual([]);
      });
    }
  }
});

/**
 * Answers every waiting post until post `id` waits, then pauses and opens it: with the option `pick` names for
 * that post (a selector), else the first one.
 */
async function openWhenWaiting(page: Page, id: string, { start = true, pick = {} as Record<string, string> } = {}): Promise<void> {
  if (start) await page.locator('[data-screen="briefing"] [data-action="start"]').click();
  const target = page.locator(`[data-post="${id}"]`);
  for (let guard = 0; guard < 400 && (await target.count()) === 0; guard++) {
    const waiting = page.locator('[data-post-state="open"]').first();
    try {
      if (await waiting.count()) {
        const post = (await waiting.getAttribute('data-post'))!;
        await waiting.locator('[data-answer]').click({ timeout: 1000 });
        await page
          .locator(`[data-replies] button[data-option]${pick[post] ?? ''}`)
          .first()
          .click({ timeout: 1000 });
      } else await page.waitForTimeout(150);
    } catch {
      /* a deadline took the post first */
    }
  }
  await page.locator('[data-action="pause"]').click();
  expect(await target.getAttribute('data-post-state'), `${id} should be waiting`).toBe('open');
  await target.locator('.inbox-row').click();
  await page.locator('[data-replies] button[data-option]').first().waitFor();
}

describe('the post with the longest options of the shipped stories (fake-recall, p4, French)', () => {
  for (const [width, height] of [
    [1366, 768],
    [1280, 800],
  ] as const) {
    it(`keeps the post readable and every option and the composer in view, with the coach's tip open, at ${width}×${height}`, async () => {
      const { page, errors } = await open(`?scenario=fake-recall&lang=fr&timescale=15&seed=3`, width, height);
      // The private message to the mother on p1 is the path on which p4's best answer is longest (it starts with an apology).
      await openWhenWaiting(page, 'p4', { pick: { p1: '[data-action="dm"]' } });
      await page.locator('[data-replies] [data-action="hint"]').click();
      await page.locator('[data-replies] .hint-text').waitFor();
      const texts = await page.locator('[data-replies] .option-text').allTextContents();
      expect(Math.max(...texts.map((t) => t.length))).toBeGreaterThan(500);
      expect(await outOfView(page)).toEqual([]);
      // The post keeps a readable part: its head and at least three lines of its words (all of them when shorter).
      const post = await page.evaluate(() => {
        const scroll = document.querySelector('[data-replies] .conv-scroll')!.getBoundingClientRect();
        const words = document.querySelector('[data-replies] .conv-post .quoted')!;
        const box = words.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(words).lineHeight);
        return { region: scroll.height, shown: Math.min(box.bottom, scroll.bottom) - box.top, needed: Math.min(box.height, 3 * line) - 1 };
      });
      expect(post.region).toBeGreaterThanOrEqual(150);
      expect(post.shown).toBeGreaterThanOrEqual(post.needed);
      await page.screenshot({ path: `test-results/desk-longest-options-${width}x${height}.png` });
      expect(errors).toEqual([]);
    });
  }
});

describe('the desk on a phone (390×844)', () => {
  it('keeps the composer pinned in view while the conversation scrolls to each option', async () => {
    const { page, errors } = await open(`?scenario=defect-crisis&lang=en&timescale=20&seed=4`, 390, 844);
    await openFirstPost(page);
    // One column, no sideways scrolling.
    expect(await page.evaluate(() => document.getElementById('ui')!.scrollWidth - document.getElementById('ui')!.clientWidth)).toBe(0);
    const inView = (selector: string) =>
      page.locator(selector).evaluate((e) => {
        const r = e.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
      });
    expect(await inView('[data-reply-text]')).toBe(true);
    expect(await inView('[data-reply-send]')).toBe(true);
    // The clock's controls stay pinned at the top, reachable without scrolling back up.
    expect(await inView('[data-action="pause"]')).toBe(true);
    expect(await inView('[data-action="skip"]')).toBe(true);
    // One column, in the console's order of reading: inbox, conversation, community.
    const tops = await page.evaluate(() =>
      ['.inbox', '.conversation', '.community'].map((s) => document.querySelector(s)!.getBoundingClientRect().top),
    );
    expect(tops[0]! < tops[1]! && tops[1]! < tops[2]!).toBe(true);
    await page.screenshot({ path: 'test-results/desk-phone-390x844.png' });
    const options = page.locator('[data-replies] button[data-option]');
    const n = await options.count();
    expect(n).toBeGreaterThan(2);
    for (let i = 0; i < n; i++) {
      await options.nth(i).scrollIntoViewIfNeeded();
      // The option can be clicked where it is (the pinned composer does not cover it)…
      expect(
        await options.nth(i).evaluate((node) => {
          const r = node.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 12));
          return !!hit && (hit === node || node.contains(hit));
        }),
      ).toBe(true);
      // …and the composer and the clock's controls are still there, and do not cover it.
      expect(await inView('[data-reply-send]')).toBe(true);
      expect(await inView('[data-action="pause"]')).toBe(true);
    }
    expect(errors).toEqual([]);
  });
});

describe('the console', () => {
  it('filters the inbox by channel and state, with counts, and shows the pause state', async () => {
    const { page, errors } = await open(`?scenario=first-shift&lang=en&timescale=30&seed=4`, 1366, 768);
    await openFirstPost(page);
    // Paused: the header says so and the console is framed; nothing covers the options.
    const banner = page.locator('[data-paused]');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toMatch(/Paused/);
    expect(await page.locator('.desk').getAttribute('class')).toContain('paused');
    await page.locator('[data-replies] button[data-option]').first().click();
    await page.locator('[data-post-state="answered"]').first().waitFor();
    // Let the story bring more posts (skipping quiet time), then pause again.
    await page.locator('[data-action="pause"]').click();
    await expect
      .poll(
        async () => {
          const skip = page.locator('[data-action="skip"]:not([disabled])');
          if (await skip.count()) await skip.click();
          return page.locator('[data-post]').count();
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(2);
    await page.locator('[data-action="pause"]').click();
    expect(await banner.isVisible()).toBe(true);
    const count = (sel: string) => page.locator(sel).locator('.filter-count').textContent().then(Number);
    const total = await page.locator('[data-post]').count();
    expect(await count('[data-filter-state="all"]')).toBe(total);
    expect((await count('[data-filter-state="open"]')) + (await count('[data-filter-state="done"]'))).toBe(total);
    // By state: only the posts dealt with stay in view.
    await page.locator('[data-filter-state="done"]').click();
    expect(await page.locator('[data-filter-state="done"]').getAttribute('aria-pressed')).toBe('true');
    const shownStates = await page.locator('[data-post]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-post-state')));
    expect(shownStates.length).toBe(await count('[data-filter-state="done"]'));
    expect(shownStates.every((s) => s !== 'open')).toBe(true);
    await page.locator('[data-filter-state="all"]').click();
    // By channel: each channel's button shows its posts only, as many as it counts.
    const channels = await page
      .locator('[data-filter-channel]:not([data-filter-channel="all"])')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-filter-channel')!));
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) {
      await page.locator(`[data-filter-channel="${channel}"]`).click();
      const shown = await page.locator('[data-post]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')));
      expect(new Set(shown)).toEqual(new Set([channel]));
      expect(shown.length).toBe(await count(`[data-filter-channel="${channel}"]`));
    }
    await page.locator('[data-filter-channel="all"]').click();
    expect(await page.locator('[data-post]:visible').count()).toBe(total);
    // Each channel chip shows its icon and a word (with three channels or more, the word in its tooltip and for
    // screen readers), all of them fit the inbox's width, on two rows at most.
    const chips = await page.locator('[data-filter-channel]').evaluateAll((els) => {
      const inbox = document.querySelector('.inbox')!.getBoundingClientRect();
      return els.map((e) => {
        const label = e.querySelector('.filter-label')!.getBoundingClientRect();
        const r = e.getBoundingClientRect();
        return {
          channel: e.getAttribute('data-filter-channel'),
          word: (e.querySelector('.filter-label')?.textContent ?? '').trim(),
          wordShown: label.width > 8 && label.height > 8,
          title: e.getAttribute('title'),
          top: Math.round(r.top),
          icon: !!e.querySelector('svg.channel-icon'),
          fits: r.left >= inbox.left && r.right <= inbox.right,
        };
      });
    });
    expect(new Set(chips.map((c) => c.top)).size).toBeLessThanOrEqual(2);
    for (const chip of chips) {
      expect(chip.word).not.toBe('');
      expect(chip.wordShown || chip.title === chip.word).toBe(true);
      expect(chip.fits).toBe(true);
      expect(chip.icon).toBe(chip.channel !== 'all');
    }
    // The inbox is sorted as consoles sort it: the waiting posts first, the least time left at the top.
    const order = await page.locator('[data-post]').evaluateAll((els) =>
      els.map((e) => {
        const due = e.querySelector('.due')?.textContent ?? '';
        const m = /(?:(\d+) h )?(\d+)(?: min)?/.exec(due);
        const minutes = m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : Infinity;
        return { open: e.getAttribute('data-post-state') === 'open', left: /late/.test(due) ? -minutes : minutes };
      }),
    );
    const firstDone = order.findIndex((o) => !o.open);
    if (firstDone >= 0) expect(order.slice(firstDone).every((o) => !o.open)).toBe(true);
    const lefts = order.filter((o) => o.open).map((o) => o.left);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    // The team's memos are in view in the community panel, the coach's pinned advice first when there is one.
    const memoInView = await page.evaluate(() => {
      const panel = document.querySelector('.community')!.getBoundingClientRect();
      const first = document.querySelector('[data-pinned]:not([hidden])') ?? document.querySelector('.memos > li');
      if (!first) return 'no memo';
      const r = first.getBoundingClientRect();
      const list = document.querySelector('.memo-panel')!.getBoundingClientRect();
      return r.top >= panel.top && r.top + 40 <= Math.min(panel.bottom, list.bottom, innerHeight)
        ? 'in view'
        : `${r.top} of ${panel.bottom}`;
    });
    expect(memoInView).toBe('in view');
    // The pinned advice is not repeated word for word in the list under it.
    const repeated = await page.evaluate(() => {
      const pinned = document.querySelector('[data-pinned]:not([hidden]) p:last-child')?.textContent;
      return !!pinned && [...document.querySelectorAll('.memos > li')].some((li) => li.textContent?.includes(pinned));
    });
    expect(repeated).toBe(false);
    // Indicators: a label, the number, a trend in words and a signed change since the last decision.
    for (const meter of ['sentiment', 'reach', 'reputation']) {
      const el = page.locator(`[data-meter="${meter}"]`);
      expect(await el.locator('.meter-label').textContent()).not.toBe('');
      expect(await el.locator('.meter-value').textContent()).toMatch(/\d/);
      expect(await el.locator('.meter-trend').textContent()).toMatch(/^(rising|falling|steady)$/);
      expect(await el.locator('.meter-delta').textContent()).toMatch(/^(\+|\u2212|±)\d[\d.,]*K? since your last decision$/);
    }
    // The spread view: one group per audience segment, each named, with its counts in words.
    const groups = page.locator('[data-spread] .spread-group');
    expect(await groups.count()).toBeGreaterThan(2);
    for (let i = 0; i < (await groups.count()); i++) {
      const g = groups.nth(i);
      expect(await g.locator('.seg-name').textContent()).not.toBe('');
      expect(await g.locator('svg path').count()).toBe(1);
      const seen = Number(await g.getAttribute('data-seen'));
      expect(await g.locator('.seg-figures').textContent()).toMatch(
        new RegExp(`^seen: ${seen.toLocaleString('en')} of [\\d,]+ · [\\d,]+ sharing$`),
      );
    }
    expect(errors).toEqual([]);
  });

  it('answers N, S and P from anywhere on the desk but a text field', async () => {
    const { page, errors } = await open(`?scenario=first-shift&lang=en&timescale=30&seed=4`, 1366, 768);
    await openFirstPost(page);
    const paused = () => page.locator('[data-action="pause"]').getAttribute('aria-pressed');
    expect(await paused()).toBe('true');
    // Focus on the page itself (nothing focused): P still resumes and pauses.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('p');
    await expect.poll(paused).toBe('false');
    expect(await page.locator('[data-paused]').isVisible()).toBe(false);
    await page.keyboard.press('p');
    await expect.poll(paused).toBe('true');
    // N from the page body goes to a waiting post's answer button.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('n');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-post-state="open"] [data-answer]') ?? false)).toBe(true);
    // In the composer, the letters are words.
    await page.keyboard.press('Enter');
    await page.locator('[data-reply-text]').click();
    await page.keyboard.type('pns');
    expect(await page.locator('[data-reply-text]').inputValue()).toBe('pns');
    expect(await paused()).toBe('true');
    expect(errors).toEqual([]);
  });
});

describe('screenshots of the desk, one per channel', () => {
  it('opens a post of each channel of a crisis and keeps a picture of it', async () => {
    const { page, errors } = await open(`?scenario=defect-crisis&lang=en&timescale=60&seed=3`, 1366, 768);
    await page.locator('[data-screen="briefing"] [data-action="start"]').click();
    const seen = new Set<string>();
    const channels = ['microblog', 'comments', 'forum', 'reviews', 'dm'];
    // Answer (first option) until every channel has had a post, then look at one of each.
    for (let guard = 0; guard < 300 && seen.size < channels.length; guard++) {
      for (const c of await page.locator('[data-post]').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')!))) seen.add(c);
      if (await page.locator('[data-screen="debrief"]').count()) break;
      try {
        const waiting = page.locator('[data-post-state="open"] [data-answer]');
        if (await waiting.count()) {
          await waiting.last().click({ timeout: 1000 });
          await page.locator('[data-replies] button[data-option]').first().click({ timeout: 1000 });
        } else await page.waitForTimeout(200);
      } catch {
        /* a deadline took the post first */
      }
    }
    expect([...seen].sort()).toEqual([...channels].sort());
    await page.locator('[data-action="pause"]').click();
    for (const channel of channels) {
      await page.locator(`[data-post][data-channel="${channel}"] .inbox-row`).first().click();
      await expect.poll(() => page.locator('[data-replies] .conv-post').getAttribute('data-channel')).toBe(channel);
      await page.screenshot({ path: `test-results/desk-channel-${channel}-1366x768.png` });
    }
    // A private message shows no public counts; a review its stars; a forum its thread title.
    await page.locator('[data-post][data-channel="dm"] .inbox-row').first().click();
    expect(await page.locator('[data-replies] .conv-post [data-stats]').count()).toBe(0);
    await page.locator('[data-post][data-channel="reviews"] .inbox-row').first().click();
    expect(await page.locator('[data-replies] .conv-post .verified').count()).toBe(1);
    // A forum post wears its story's thread title (not its first sentence) and its member's rank.
    await page.locator('[data-post][data-channel="forum"] .inbox-row').first().click();
    const forum = page.locator('[data-replies] .conv-post');
    expect(['Three Voltaires, never a problem', 'Ordered a bike on Saturday: should I cancel?']).toContain(
      await forum.locator('.thread-title').textContent(),
    );
    expect(['Pillar of the forum', 'New member']).toContain(await forum.locator('.rank').textContent());
    // A published post carries no character count (a newcomer read it as printed in the brand's reply): the composer counts.
    await page.locator('[data-post][data-channel="microblog"] .inbox-row').first().click();
    expect(await page.locator('[data-replies] .answers [data-chars], [data-replies] .conv-post [data-chars]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('a hand-over note', () => {
  const NOTE = {
    en: { text: 'Claire is a journalist filing at 1 pm: please call her back before then.', head: 'Handed over to Press office' },
    fr: { text: 'Claire est journaliste et boucle à 13 h : merci de la rappeler avant.', head: 'Transmis à l’équipe : Relations presse' },
  } as const;
  for (const lang of ['en', 'fr'] as const) {
    it(`is an internal note card, not a chat bubble (${lang})`, async () => {
      const { page, errors } = await open(`?scenario=defect-crisis&lang=${lang}&timescale=15&seed=11`, 1366, 768);
      // On the way, the composer counts a microblog reply against the network's 280 characters.
      await page.locator('[data-screen="briefing"] [data-action="start"]').click();
      await page.locator('[data-post="p1"] [data-answer]').click({ timeout: 60_000 });
      expect(await page.locator('[data-replies] .counter').textContent()).toBe('0 / 280');
      await page.locator('[data-replies] [data-reply-text]').fill('x'.repeat(281));
      expect(await page.locator('[data-replies] .counter').getAttribute('class')).toContain('over');
      // A private message is not a post on the network: no such limit.
      await page.locator('[data-replies] select[data-reply-action]').selectOption('dm');
      expect(await page.locator('[data-replies] .counter').textContent()).toBe('281 / 2000');
      await page.locator('[data-replies] select[data-reply-action]').selectOption('reply');
      await page.locator('[data-replies] [data-reply-text]').fill('');
      await openWhenWaiting(page, 'p7', { start: false });
      expect(await page.locator('[data-replies] .counter').textContent()).toBe('0 / 2000');
      await page.locator('[data-replies] [data-reply-text]').fill(NOTE[lang].text);
      await page.locator('[data-replies] select[data-reply-action]').selectOption('escalate:press');
      await page.locator('[data-replies] [data-reply-send]').click();
      await page.locator('[data-post="p7"] .inbox-row').click();
      const note = page.locator('[data-replies] [data-handover="press"]');
      await note.waitFor();
      expect(await note.locator('.answer-head strong').textContent()).toBe(NOTE[lang].head);
      expect(await note.textContent()).toContain(NOTE[lang].text);
      expect(await note.getAttribute('class')).not.toContain('bubble');
      expect(await page.locator('[data-replies] .bubble.us').count()).toBe(0);
      // Drawn apart from the private message it answers: its own border and background.
      const look = await note.evaluate((e) => getComputedStyle(e).borderTopStyle);
      expect(look).toBe('dashed');
      await page.screenshot({ path: `test-results/desk-handover-${lang}.png` });
      expect(errors).toEqual([]);
    });
  }
});

describe('the feel of the desk', () => {
  for (const reduced of [false, true]) {
    it(`slides a new post in and pulses a meter that moves${reduced ? ', neither under reduced motion' : ''}`, async () => {
      const context = await h!.browser.newContext({
        viewport: { width: 1366, height: 768 },
        reducedMotion: reduced ? 'reduce' : 'no-preference',
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(new URL('?scenario=first-shift&lang=en&timescale=30&seed=4', h!.url).toString());
      await page.locator('[data-screen="briefing"] [data-action="start"]').click();
      const row = page.locator('[data-post]').first();
      await row.waitFor({ timeout: 60_000 });
      // The arriving row slides in (or appears at once).
      expect(await row.getAttribute('class')).toContain('arrived');
      expect(await row.evaluate((e) => getComputedStyle(e).animationName)).toBe(reduced ? 'none' : 'slide-in');
      // Answering moves the indicators: the one that moves pulses (or only changes its number).
      await row.locator('.inbox-row').click();
      await page.locator('[data-replies] button[data-option]').first().click();
      const pulsed = () => page.locator('.meter.pulse').count();
      if (reduced) {
        await page.waitForTimeout(4_000);
        expect(await pulsed()).toBe(0);
      } else await expect.poll(pulsed, { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await page.locator('[data-clock]').getAttribute('data-pressure')).toMatch(/^(calm|soon|late)$/);
      expect(errors).toEqual([]);
    });
  }
});
