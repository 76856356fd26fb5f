/**
 * A live class on a real hub (in-memory database, a free port, the production build) in Chromium: the
 * teacher signs in on hub.html and opens a session, a student joins from the game's menu by the code and
 * a name, plays a decision that the teacher sees live (server-sent events), the teacher sends a prepared
 * event (it reaches the student's desk and their log), pauses the class (the student's clock stops and
 * they are told) and resumes it, ends it, and opens the class debrief on
 * the dashboard, fed by the hub. No serious or critical axe violation on the teacher's page or the menu.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hub } from '../../server/hub';
import { addUser } from '../../server/auth/users';
import { servedHub } from '../support/hub';
import { axeViolations, useHarness, watchErrors } from '../support/browser';

const { context } = useHarness();
const PASSWORD = 'teacher password 2026';
let hub: Hub;
let base: string;

beforeAll(async () => {
  ({ hub, base } = await servedHub());
  await addUser(hub.ctx.db, { email: 'teach@school.test', name: 'Tess Teacher', password: PASSWORD, role: 'teacher' });
}, 120_000);
afterAll(async () => hub?.close());

/** Answers the first open post with its first ready-made option. */
async function answer(page: Page): Promise<void> {
  for (let guard = 0; guard < 100; guard++) {
    const open = page.locator('[data-post-state="open"] [data-answer]').first();
    if ((await open.count()) === 0) {
      await page.waitForTimeout(200);
      continue;
    }
    try {
      await open.click({ timeout: 5_000 });
      await page.locator('[data-replies] button[data-option]').first().click({ timeout: 5_000 });
      return;
    } catch {
      // redrawn under the pointer: look again
    }
  }
  throw new Error('no post to answer');
}

describe('a live class on the hub', () => {
  it('is opened by the teacher, joined by code from the menu, followed live, paused, ended and debriefed', async () => {
    const teacher = await (await context()).newPage();
    const teacherErrors = watchErrors(teacher);
    await teacher.goto(`${base}hub.html?lang=en`);
    await teacher.locator('#hub-email').fill('teach@school.test');
    await teacher.locator('#hub-password').fill(PASSWORD);
    await teacher.locator('#hub-password').press('Enter');
    await teacher.locator('[data-hub-classes] [data-class-open]').waitFor();
    await teacher.locator('#class-scenario').selectOption('night-shift');
    await teacher.locator('#class-locale').selectOption('en');
    await teacher.locator('#class-timescale').selectOption('2');
    await teacher.locator('[data-action="open-class"]').press('Enter');
    const codeBox = teacher.locator('[data-class-code]');
    await codeBox.waitFor();
    const code = (await codeBox.textContent())!;
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(await axeViolations(teacher)).toEqual([]);

    // The student: the game's menu offers "Join a class" on a hub.
    const student = await (await context()).newPage();
    const studentErrors = watchErrors(student);
    await student.goto(`${base}?lang=en`);
    await student.locator('[data-join-class]').waitFor();
    expect(await axeViolations(student)).toEqual([]);
    await student.getByLabel('Class code').fill('ZZZZZZ');
    await student.getByLabel('Your name (as your teacher will see it)').fill('Ada');
    await student.locator('[data-action="join-class"]').click();
    await expect.poll(() => student.locator('[data-join-problem]').textContent()).toContain('No class has this code');
    await student.getByLabel('Class code').fill(code.toLowerCase());
    await student.getByLabel('Class code').press('Enter');
    await student.locator('[data-screen="briefing"]').waitFor();
    await student.locator('[data-action="start"]').press('Enter');
    await student.locator('[data-screen="desk"]').waitFor();
    // A class has no exam timer: the teacher ends it.
    expect(await student.locator('[data-exam-timer]').isHidden()).toBe(true);

    const row = teacher.locator('[data-class-student="Ada"]');
    await row.waitFor({ timeout: 15_000 });
    await answer(student);
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain('1 decision,');
    await expect.poll(() => teacher.locator('[data-class-choices]').textContent()).toContain('1 student');

    // A prepared event, sent to every student: it comes into the student's team panel, and their game
    // logs it, which the hub stores with their acts (so its replay brings it too).
    await teacher.locator('#class-inject').selectOption('inject_tv');
    await teacher.locator('[data-action="inject-class"]').press('Enter');
    await expect.poll(() => student.locator('[data-screen="desk"]').textContent(), { timeout: 15_000 }).toContain('24-hour news channel');
    const injected = async () =>
      (await hub.ctx.db.selectFrom('attempt_events').select('event').execute()).filter((r) => r.event.type === 'inject').length;
    await expect.poll(injected, { timeout: 10_000 }).toBe(1);

    // Paused for everyone: the student is told, and their clock stands still.
    await teacher.locator('[data-action="pause-class"]').press('Enter');
    const banner = student.locator('[data-paused]');
    await banner.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await banner.textContent()).toContain('Your teacher paused the class');
    const clock = student.locator('[data-clock] .clock-time');
    const before = await clock.textContent();
    await student.waitForTimeout(2_500);
    expect(await clock.textContent()).toBe(before);
    expect(await axeViolations(student)).toEqual([]);
    await teacher.locator('[data-action="pause-class"]').press('Enter');
    await banner.waitFor({ state: 'hidden', timeout: 10_000 });

    // Ended: the student's run closes with the hub's result; the teacher opens the class debrief.
    teacher.once('dialog', (d) => void d.accept());
    await teacher.locator('[data-action="end-class"]').click();
    await teacher.locator('[data-class-ended]').waitFor({ timeout: 15_000 });
    await student.locator('[data-hub-end="done"]').waitFor({ timeout: 15_000 });
    expect(await axeViolations(teacher)).toEqual([]);
    await teacher.locator('[data-class-debrief]').click();
    await teacher.waitForURL(/dashboard\.html\?hub-class=/);
    await expect.poll(() => teacher.locator('#results').textContent(), { timeout: 30_000 }).toContain('Ada');
    expect(await axeViolations(teacher)).toEqual([]);
    expect(teacherErrors).toEqual([]);
    // The one refusal the browser logs is the wrong code typed on purpose.
    expect(studentErrors.filter((e) => !/^404 .*\/api\/class\/join$/.test(e))).toEqual([]);
  }, 180_000);
});
