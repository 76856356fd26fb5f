/**
 * The exam builder's model (src/pages/exam-builder/model.ts): the exam's version-2 settings (review,
 * optional group question, contact) go into the file and come back from it, their problems are named
 * by field, and the guided tutorial is flagged.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioEntry } from '../../../src/content/catalog';
import { checkDraft, draftFromExam, examObject, newDraft } from '../../../src/pages/exam-builder/model';
import { shippedLibrary } from '../../support/helpers';

const catalog: ScenarioEntry[] = shippedLibrary().scenarios.map((s) => ({
  manifest: s.manifest,
  charter: s.charter,
  loadStory: { fr: async () => s.stories.fr, en: async () => s.stories.en },
}));

const draft = () => ({
  ...newDraft(42, 'en'),
  title: 'CM screening',
  id: 'cm-screening',
  scenarios: ['defect-crisis'],
  minutesPerScenario: '15',
  minutesTotal: '15',
});

describe('the exam builder', () => {
  it('requires review by default, and writes the group question and the contact into the exam', () => {
    const d = {
      ...draft(),
      groupEnabled: true,
      groupLabel: 'Your age band',
      groupChoices: '18–25\n\n 26–40 \n41+\n',
      contact: 'Sam Martin, hr@example.org',
    };
    const checked = checkDraft(d, catalog);
    expect(checked.problems).toEqual([]);
    expect(checked.exam).toMatchObject({
      version: 2,
      review: true,
      group: { label: 'Your age band', choices: ['18–25', '26–40', '41+'] },
      contact: 'Sam Martin, hr@example.org',
    });
    // And back from the file, the same settings.
    expect(checkDraft(draftFromExam(checked.exam!), catalog).exam).toEqual(checked.exam);
    // Off: no question, no contact, no review in the file.
    const plain = examObject({ ...d, groupEnabled: false, contact: '  ', review: false });
    expect(plain).not.toHaveProperty('group');
    expect(plain).not.toHaveProperty('contact');
    expect(plain.review).toBe(false);
  });

  it('names a group question without enough answers, or without its question', () => {
    const one = checkDraft({ ...draft(), groupEnabled: true, groupLabel: 'Age', groupChoices: 'only one' }, catalog);
    expect(one.exam).toBeNull();
    expect(one.problems.map((p) => [p.field, p.code])).toEqual([['group', 'group']]);
    const unnamed = checkDraft({ ...draft(), groupEnabled: true, groupLabel: ' ', groupChoices: 'a\nb' }, catalog);
    expect(unnamed.problems.map((p) => p.field)).toEqual(['group']);
    // Neither question nor answers: told once.
    const empty = checkDraft({ ...draft(), groupEnabled: true }, catalog);
    expect(empty.problems.map((p) => [p.field, p.code])).toEqual([['group', 'group']]);
    const long = checkDraft({ ...draft(), contact: 'x'.repeat(201) }, catalog);
    expect(long.problems.map((p) => [p.field, p.code])).toEqual([['contact', 'contact']]);
  });

  it('flags the guided tutorial', () => {
    expect(catalog.filter((e) => e.manifest.tutorial).map((e) => e.manifest.id)).toEqual(['first-shift']);
    const withTutorial = checkDraft({ ...draft(), scenarios: ['first-shift', 'defect-crisis'], minutesTotal: '30' }, catalog);
    expect(withTutorial.warnings).toContainEqual({ code: 'tutorial', params: { title: 'First day on the desk' } });
    expect(checkDraft(draft(), catalog).warnings.some((w) => w.code === 'tutorial')).toBe(false);
  });
});
