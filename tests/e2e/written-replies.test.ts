/**
 * Issue #14 (items 1 and 2) in the page: three written replies sent with the composer's destination
 * control (`[data-reply-action]`), each verdict on the debrief checked against what the reply is.
 * Other posts get their best option, recognised by its text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useHarness, watchErrors } from '../support/browser';
import { storyJudgements } from '../support/story-judgements';

const { harness, context } = useHarness();

const WRITTEN = {
  en: {
    p1: {
      to: 'reply',
      text: 'Hi Léa, we are so sorry about your charger. After-sales is looking into it this morning, and we’ll keep you posted here.',
    },
    p4: { to: 'reply', text: 'Hi Noah, full refund by Friday 14 March for every affected customer, you have our word!' },
    p7: { to: 'escalate:press', text: 'I’m passing your questions to our press office: they will get back to you before 2 pm.' },
  },
  fr: {
    p1: {
      to: 'reply',
      text: 'Bonjour Léa, nous sommes vraiment désolés pour votre chargeur. Le SAV s’en occupe dès ce matin, et on vous tient au courant ici.',
    },
    p4: {
      to: 'reply',
      text: 'Bonjour Noah, remboursement intégral d’ici vendredi 14 mars pour chaque client concerné, vous avez notre parole !',
    },
    p7: { to: 'escalate:press', text: 'Je transmets vos questions à notre service presse : il vous recontacte avant 14 h.' },
  },
} as const;

const LABELS = {
  en: { excellent: 'Excellent call', reply: 'Public reply', press: 'Press office', promise: 'no public commitment', hand: 'Hand over' },
  fr: { excellent: 'Excellent choix', reply: 'Réponse publique', press: 'Relations presse', promise: 'engagement', hand: 'Transmettre' },
};

/** Plays to the debrief: the three posts get their written reply, the others their best option. */
async function play(page: Page, lang: 'fr' | 'en'): Promise<string[]> {
  const judgements = storyJudgements('defect-crisis', lang);
  const written: string[] = [];
  const pause = page.locator('[data-action="pause"]');
  for (let guard = 0; guard < 400; guard++) {
    if (await page.locator('[data-screen="debrief"]').count()) break;
    const open = page.locator('[data-post-state="open"]').first();
    if ((await open.count()) === 0) {
      // Nothing waits for an answer: skip the quiet time (the button may go as the scenario ends).
      await page
        .locator('[data-action="skip"]:not([disabled])')
        .click({ timeout: 2_000 })
        .catch(() => undefined);
      await page.waitForTimeout(100);
      continue;
    }
    if ((await pause.getAttribute('aria-pressed')) !== 'true') await pause.click();
    const id = (await open.getAttribute('data-post'))!;
    try {
      await open.locator('[data-answer]').click({ timeout: 3_000 });
      const plan = WRITTEN[lang][id as keyof (typeof WRITTEN)['en']];
      if (plan) {
        await page.locator('[data-replies] textarea[data-reply-text]').fill(plan.text);
        await page.locator('[data-replies] select[data-reply-action]').selectOption(plan.to);
        expect(await page.locator('[data-replies] [data-reply-action]').getAttribute('data-reply-action')).toBe(plan.to);
        await page.locator('[data-replies] [data-reply-send]').click();
        written.push(id);
      } else {
        const shown = await page
          .locator('[data-replies] button[data-option]:not([data-action="ignore"])')
          .evaluateAll((els) =>
            els.map((e) => ({ id: e.getAttribute('data-option')!, text: e.querySelector('.option-text')?.textContent ?? '' })),
          );
        const best = shown.find((o) => judgements.get(o.text) === 'best') ?? shown[0];
        if (best) await page.locator(`[data-replies] button[data-option="${best.id}"]`).click();
      }
    } catch {
      // The panel changed under us (a post closed): look again.
    }
    if ((await pause.count()) && (await pause.getAttribute('aria-pressed')) === 'true') await pause.click();
  }
  await page.locator('[data-screen="debrief"]').waitFor({ timeout: 120_000 });
  return written;
}

describe('written replies on the desk, judged on what they are', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`each verdict on the debrief agrees with its reply's reading (${lang})`, async () => {
      const ctx = await context({ viewport: { width: 1366, height: 900 } });
      const page = await ctx.newPage();
      const errors = watchErrors(page);
      await page.goto(new URL(`?scenario=defect-crisis&lang=${lang}&timescale=4&seed=11`, harness().url).toString());
      await page.locator('[data-screen="briefing"] [data-action="start"]').click();
      await page.locator('[data-screen="desk"]').waitFor();
      const written = await play(page, lang);
      expect(written.sort()).toEqual(['p1', 'p4', 'p7']);
      const L = LABELS[lang];
      const row = (post: string) => page.locator(`[data-decision-post="${post}"]`).first();

      // The public promise: never best, never "Excellent call", the verdict names the promise rule.
      const promise = row('p4');
      expect(await promise.getAttribute('data-decision-action')).toBe('reply');
      const promiseVerdict = (await promise.locator('.verdict').textContent()) ?? '';
      expect(await promise.locator('.verdict').getAttribute('data-judgement')).not.toBe('best');
      expect(promiseVerdict).not.toContain(L.excellent);
      expect(promiseVerdict.toLowerCase()).toContain(L.promise);
      expect(await promise.locator('.verdict mark').count()).toBeGreaterThan(0);
      // Who found the breach is said, and the reply was read by the rules and the trained reader together.
      expect(await promise.locator('[data-found-by]').count()).toBeGreaterThan(0);
      expect(await promise.locator('[data-reader]').getAttribute('data-reader')).toMatch(/^[0-9a-f]{16}$/);
      // Its diplomacy is explained part by part, the tone said once.
      expect(await promise.locator('[data-reason="diplomacy.written"] [data-part]').count()).toBeGreaterThan(1);

      // "We'll keep you posted here" stays a public reply, and no "better answer" repeats it.
      const posted = row('p1');
      expect(await posted.getAttribute('data-decision-action')).toBe('reply');
      expect(await posted.textContent()).toContain(L.reply);
      expect(await posted.locator('.verdict').getAttribute('data-judgement')).toBe('best');
      expect(await posted.locator('.better').count()).toBe(0);

      // The note to the press office is a hand-over to the press office, not a statement.
      const hand = row('p7');
      expect(await hand.getAttribute('data-decision-action')).toBe('escalate');
      expect(await hand.textContent()).toContain(L.press);
      expect(await hand.locator('.verdict').getAttribute('data-judgement')).toBe('best');
      expect(await hand.locator('.verdict').textContent()).toContain(L.hand);
      expect(errors).toEqual([]);
    });
  }
});
