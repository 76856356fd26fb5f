/**
 * The exam builder's model (src/pages/exam-builder/model.ts): the exam's version-2 settings (review,
 * optional group question, contact) go into the file and come back from it, their problems are named
 * by field, and the guided tutorial is flagged; the scenario variants choice (issue #19) goes into the
 * file, and what it will do with the chosen scenarios and the details asked is told.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioEntry } from '../../../src/content/catalog';
import { checkDraft, draftFromExam, examFile, examObject, newDraft, withExtraTime } from '../../../src/pages/exam-builder/model';
import { examFingerprint } from '../../../src/engine/fingerprint';
import { builderEn } from '../../../src/i18n/builder.en';
import { builderFr } from '../../../src/i18n/builder.fr';
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

  it('gives each candidate their own variant by default, or one for all, and keeps an older exam’s "none"', () => {
    const perCandidate = checkDraft(draft(), catalog);
    expect(perCandidate.exam?.variants).toBe('per-candidate');
    expect(examObject(draft()).variants).toBe('per-candidate');
    const shared = checkDraft({ ...draft(), variants: 'shared' }, catalog).exam!;
    expect(shared.variants).toBe('shared');
    expect(draftFromExam(shared).variants).toBe('shared');
    expect(checkDraft(draftFromExam(shared), catalog).exam).toEqual(shared);
    // An exam made before variants plays its scenarios as written, and stays so when edited.
    expect(draftFromExam({ ...shared, variants: 'none' }).variants).toBe('none');
    expect(checkDraft({ ...draft(), variants: 'none' }, catalog).exam?.variants).toBe('none');
    expect(checkDraft({ ...draft(), variants: 'some' as 'shared' }, catalog).problems.map((p) => [p.field, p.code])).toEqual([
      ['variants', 'variants'],
    ]);
  });

  it('warns when no detail tells candidates apart, and says when no chosen scenario has variants', () => {
    const codes = (d: ReturnType<typeof draft>, c = catalog) => checkDraft(d, c).warnings.map((w) => w.code);
    // Every chosen scenario declares variants, or none does (whatever the shipped library holds today).
    const withVariants = catalog.map((e) => ({
      ...e,
      manifest: { ...e.manifest, variants: { values: { product: { fr: ['a', 'b'], en: ['a', 'b'] } } } },
    }));
    const without = catalog.map((e) => ({ ...e, manifest: { ...e.manifest, variants: undefined } }));
    expect(codes(draft(), withVariants)).toEqual([]);
    expect(codes(draft(), without)).toEqual(['noVariants']);
    expect(codes({ ...draft(), variants: 'none' }, without)).toEqual([]);
    // The variant is drawn from the candidate number, else the email, else the name: the organisation alone tells no one apart.
    expect(codes({ ...draft(), candidate: ['organisation'] }, withVariants)).toEqual(['variantsAnonymous']);
    expect(codes({ ...draft(), candidate: [] }, withVariants)).toEqual(['variantsAnonymous']);
    expect(codes({ ...draft(), candidate: ['id'] }, withVariants)).toEqual([]);
    expect(codes({ ...draft(), candidate: [], variants: 'shared' }, withVariants)).toEqual([]);
  });

  it('gives extra time in one place: the exam has none, each extra-time version has its own file and fingerprint', () => {
    const exam = checkDraft(draft(), catalog).exam!;
    expect(exam.accommodation).toBe(1);
    expect(examFile(exam).name).toBe('cm-screening.json');
    const extra = withExtraTime(exam, 1.25);
    expect(examFile(extra).name).toBe('cm-screening-x1.25.json');
    expect(JSON.parse(examFile(extra).text)).toEqual(extra);
    expect(examFile(withExtraTime(exam, 1.5)).name).toBe('cm-screening-x1.5.json');
    expect(examFingerprint(extra)).not.toBe(examFingerprint(exam));
    // An extra-time file opened again fills the form with the exam itself: its extra time comes from the output's links.
    expect(checkDraft(draftFromExam(extra), catalog).exam).toEqual(exam);
    expect(examFingerprint(withExtraTime(checkDraft(draftFromExam(extra), catalog).exam!, 1.25))).toBe(examFingerprint(extra));
  });

  it('describes the identifier as the exam schema reads it (letters, digits, dashes, underscores)', () => {
    for (const id of ['cm_2026-junior', 'A-b_9']) expect(checkDraft({ ...draft(), id, idEdited: true }, catalog).problems).toEqual([]);
    for (const id of ['été', 'a b', 'a.b', 'x'.repeat(65)])
      expect(checkDraft({ ...draft(), id, idEdited: true }, catalog).problems.map((p) => p.field)).toEqual(['id']);
    // The hint and the error name the same characters, in both languages.
    for (const text of [builderEn.field.idHint, builderEn.error.id]) expect(text).toMatch(/dashes \(-\) and underscores \(_\)/);
    for (const text of [builderFr.field.idHint, builderFr.error.id]) expect(text).toMatch(/tirets \(-\) et (des )?tirets bas \(_\)/);
  });

  it('points HR to the verification page, the command line only as an aside', () => {
    for (const b of [builderEn, builderFr]) {
      expect(b.output.then).not.toContain('npm');
      expect(b.output.verifyLink).toContain('verify.html');
      expect(b.output.thenTechnical).toContain('npm run verify-report');
    }
  });
});
