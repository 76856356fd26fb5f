/**
 * verify.html for examiners, without the browser: what a dropped file is, fingerprints typed by hand,
 * the settings that differ between a candidate's copy of the exam and the examiner's (in words, FR and
 * EN), the review as it is made (verdicts -> the review file's decisions and back), and a review made
 * from those verdicts, applied to its report and refused once edited.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JUDGEMENTS, TONES } from '../../../src/core/types';
import { teacherEn } from '../../../src/i18n/teacher.en';
import { teacherFr } from '../../../src/i18n/teacher.fr';
import type { Exam } from '../../../src/records/exam-file';
import { ExamSchema } from '../../../src/records/exam-file';
import { type ScenarioLookup, checkReport } from '../../../src/pages/check';
import {
  type ReplyDraft,
  type ReviewDraft,
  draftFromReview,
  droppedKind,
  findingsReviewed,
  parseFingerprint,
  replyKey,
  reviewFileName,
  reviewedDecisions,
  settingDifferences,
  settingValue,
} from '../../../src/pages/examiner';
import { createTeacherI18n } from '../../../src/pages/i18n';
import { type ReviewTarget, checkReview, makeReview, reportHash, reviewResult, reviewableReplies } from '../../../src/pages/review';
import { paceWords } from '../../../src/pages/signals-view';
import type { Signals } from '../../../src/engine/signals';
import { builderFr } from '../../../src/i18n/builder.fr';
import { shippedScenario } from '../../support/long-run';
import { scriptedReport } from '../../support/reports';
import { shippedReplyModel } from '../../../tools/analysis/paths';

const EXAM: Exam = {
  format: 'frontline-exam',
  version: 2,
  id: 'cm-screening',
  title: 'Community manager screening',
  locale: 'en',
  seed: 5,
  scenarios: ['defect-crisis'],
  minutesPerScenario: 30,
  minutesTotal: 30,
  passMark: 60,
  freeTextRequired: false,
  showScores: false,
  candidate: ['name'],
  accommodation: 1,
  review: true,
  variants: 'per-candidate',
};

describe('what a dropped file is', () => {
  it('is told by its format, and anything else is unknown', () => {
    expect(droppedKind(JSON.stringify(EXAM))).toBe('exam');
    expect(droppedKind('{"format":"frontline-report","version":3}')).toBe('report');
    expect(droppedKind('{"format":"frontline-exam-report","version":2,"reports":[]}')).toBe('exam-report');
    expect(droppedKind('{"format":"frontline-review","version":1}')).toBe('review');
    expect(droppedKind('{"format":"something-else"}')).toBe('unknown');
    expect(droppedKind('not json')).toBe('unknown');
    expect(droppedKind('['.repeat(10_000))).toBe('unknown');
  });
});

describe('a fingerprint typed by hand', () => {
  it('reads in any case, with or without separators, and nothing else', () => {
    for (const typed of ['3f2a-9c41-b7e0', '3F2A-9C41-B7E0', ' 3f2a 9c41 b7e0 ', '3f2a9c41b7e0', '3f2a–9c41–b7e0'])
      expect(parseFingerprint(typed), typed).toBe('3f2a-9c41-b7e0');
    for (const typed of ['', '3f2a-9c41', '3f2a-9c41-b7e0-1', 'zz2a-9c41-b7e0', 'exam.json'])
      expect(parseFingerprint(typed), typed).toBeNull();
  });
});

describe('settings that differ', () => {
  const edited: Exam = { ...EXAM, passMark: 0, minutesTotal: 90, accommodation: 1.5 };

  it('are listed, those that change a result first', () => {
    expect(settingDifferences(edited, EXAM)).toEqual([
      { key: 'passMark', report: 0, examiner: 60 },
      { key: 'minutesTotal', report: 90, examiner: 30 },
      { key: 'accommodation', report: 1.5, examiner: 1 },
    ]);
    expect(settingDifferences(EXAM, EXAM)).toEqual([]);
    expect(settingDifferences({ ...EXAM, weights: { charter: 2 } }, EXAM)).toEqual([
      { key: 'weights', report: { charter: 2 }, examiner: undefined },
    ]);
  });

  it('are put in words in both languages', async () => {
    const en = await createTeacherI18n('en');
    const fr = await createTeacherI18n('fr');
    const words = (t: typeof en.t, locale: 'fr' | 'en') =>
      settingDifferences(edited, EXAM).map((d) =>
        t('examiner.settings.difference', {
          setting: t(`examiner.setting.${d.key}`),
          report: settingValue(d.key, d.report, t, locale),
          examiner: settingValue(d.key, d.examiner, t, locale),
        }),
      );
    expect(words(en.t, 'en')).toEqual([
      'Pass mark: the report says 0/100, your exam says 60/100',
      'Time for the whole exam: the report says 90 min, your exam says 30 min',
      'Extra time: the report says time × 1.5, your exam says none',
    ]);
    expect(words(fr.t, 'fr')).toEqual([
      'Seuil de réussite : le rapport indique 0/100, votre examen 60/100',
      'Durée de l’examen entier : le rapport indique 90 min, votre examen 30 min',
      'Temps majoré : le rapport indique temps × 1,5, votre examen aucun',
    ]);
    expect(settingValue('weights', undefined, en.t, 'en')).toBe('each scenario’s own');
    expect(settingValue('weights', { charter: 2 }, en.t, 'en')).toBe(
      'Diplomacy 1 · Speed 1 · Policy compliance 2 · Judgement 1 · Community outcome 1',
    );
    expect(settingValue('candidate', ['name', 'email'], fr.t, 'fr')).toBe('nom, e-mail');
    expect(settingValue('review', true, fr.t, 'fr')).toBe('oui');
    expect(settingValue('locale', 'fr', en.t, 'en')).toBe('French');
    expect(en.t('examiner.settings.differences', { count: 1 })).toBe('1 setting differs:');
    expect(fr.t('examiner.settings.differences', { count: 3 })).toBe('3 conditions diffèrent :');
  });
});

describe('the review as it is made', () => {
  const replies = [
    {
      session: 0,
      decision: 2,
      postId: 'p2',
      scenario: 's',
      text: 'x',
      action: 'reply' as const,
      judgement: 'bad' as const,
      tone: 'aggressive' as const,
      findings: [{ ruleId: 'no-aggression', by: 'model' as const, confidence: 47 }, { ruleId: 'no-blame' }],
    },
    {
      session: 0,
      decision: 5,
      postId: 'p4',
      scenario: 's',
      text: 'y',
      action: 'reply' as const,
      judgement: 'poor' as const,
      tone: undefined,
      findings: [],
    },
  ];

  it('gives one decision per written reply, with the verdicts on its own findings only', () => {
    const draft = new Map([
      [
        replyKey(replies[0]!),
        {
          findings: { 'no-aggression': 'overruled' as const, 'no-blame': 'confirmed' as const, ghost: 'overruled' as const },
          note: 'Firm.',
        },
      ],
    ]);
    const items = reviewedDecisions(replies, draft);
    expect(items).toEqual([
      {
        session: 0,
        decision: 2,
        postId: 'p2',
        findings: [
          { ruleId: 'no-aggression', verdict: 'overruled' },
          { ruleId: 'no-blame', verdict: 'confirmed' },
        ],
        note: 'Firm.',
      },
      { session: 0, decision: 5, postId: 'p4', findings: [], note: '' },
    ]);
    expect(findingsReviewed(replies, draft)).toEqual({ done: 2, total: 2 });
    expect(findingsReviewed(replies, new Map())).toEqual({ done: 0, total: 2 });
    // Read back from a review file, the same verdicts.
    expect(reviewedDecisions(replies, draftFromReview({ decisions: items }))).toEqual(items);
  });

  it('takes a judgement the examiner gives', () => {
    const items = reviewedDecisions(replies, new Map([[replyKey(replies[1]!), { findings: {}, judgement: 'good' as const, note: '' }]]));
    expect(items[1]).toMatchObject({ judgement: 'good' });
  });

  it('is saved under a file name any system takes', () => {
    expect(reviewFileName('camille durand.json', '2026-12-07T10:30:12.000Z')).toBe('frontline-review-camille_durand-2026-12-07-1030.json');
    expect(reviewFileName('../../é.json', '2026-12-07T10:30:12.000Z')).toBe('frontline-review-report-2026-12-07-1030.json');
  });
});

describe('a review made on the page’s verdicts', () => {
  const scenario = shippedScenario('defect-crisis');
  const replyModel = shippedReplyModel();
  const report = scriptedReport(scenario, {
    locale: 'en',
    seed: 11,
    strategy: 'best',
    replyModel,
    written: {
      p2: 'Honestly this is your own fault, you clearly did not read the manual.',
      p4: 'Hi Noah, full refund by Friday 14 March for every affected customer, you have our word!',
    },
  });
  const lookup: ScenarioLookup = (id, locale) =>
    Promise.resolve(
      id === scenario.manifest.id && scenario.stories[locale]
        ? { manifest: scenario.manifest, charter: scenario.charter, story: scenario.stories[locale], replyModel }
        : null,
    );
  const text = JSON.stringify(report);
  const target: ReviewTarget = { file: 'r.json', kind: 'report', hash: reportHash(text)!, sessions: [report] };

  it('is applied to its report with the scores it gives, and refused once edited', async () => {
    const replies = reviewableReplies(target);
    expect(replies.map((r) => r.postId)).toEqual(['p2', 'p4']);
    const p4 = replies.find((r) => r.postId === 'p4')!;
    const p2 = replies.find((r) => r.postId === 'p2')!;
    expect(p4.findings.map((f) => f.ruleId)).toEqual(['no-promise']);
    const draft: ReviewDraft = new Map<string, ReplyDraft>([
      [replyKey(p4), { findings: { 'no-promise': 'overruled' as const }, note: 'A goodwill gesture.' }],
      [replyKey(p2), { findings: { 'no-blame': 'confirmed' as const }, note: '' }],
    ]);
    const review = await makeReview(target, reviewedDecisions(replies, draft), lookup, {
      examiner: 'A. Examiner',
      at: '2026-12-07T10:00:00.000Z',
    });
    expect(review.result.overall).toBeGreaterThan(report.scores.overall);
    const saved = JSON.stringify(review, null, 2);
    const applied = await checkReview(saved, target, lookup);
    expect(applied).toMatchObject({ status: 'applied', mismatches: [] });
    if (applied.status === 'applied') expect(reviewedDecisions(replies, draftFromReview(applied.review))).toEqual(review.decisions);
    const edited = saved.replace('"overruled"', '"confirmed"');
    expect(await checkReview(edited, target, lookup)).toMatchObject({ status: 'refused', code: 'edited' });
  });

  it('shows each reply under the post it answers, from the replay', async () => {
    const checked = await checkReport('r.json', text, lookup);
    expect(checked.status).toBe('verified');
    const posts = checked.status === 'verified' ? checked.posts : undefined;
    const replies = reviewableReplies({ ...target, posts: [posts] });
    for (const r of replies) {
      expect(r.post?.author).toBeTruthy();
      expect(r.post?.text).toBeTruthy();
      expect(r.post).toEqual(posts![r.postId]);
    }
    // Without the posts (an older check), the replies still list, by post id.
    expect(reviewableReplies(target).every((r) => r.post === undefined)).toBe(true);
  });

  it('says why a reply changed, and which judgement stands once findings are overruled (what “keep” keeps)', async () => {
    const replies = reviewableReplies(target);
    const p2 = replies.find((r) => r.postId === 'p2')!;
    const overrule = Object.fromEntries(p2.findings.map((f) => [f.ruleId, 'overruled' as const]));
    const rejudged = await reviewResult(
      target,
      reviewedDecisions(replies, new Map([[replyKey(p2), { findings: overrule, note: '' }]])),
      lookup,
    );
    const change = rejudged.sessions[0]!.changes.find((c) => c.decision === p2.decision)!;
    expect(change.overruled.sort()).toEqual(p2.findings.map((f) => f.ruleId).sort());
    expect(change.replaced).toBe(false);
    expect(change.after.breaches).toEqual([]);
    // With no judgement of the examiner's, the judgement that stands is the one given again without the findings.
    expect(change.rejudged).toBe(change.after.judgement);
    // The examiner replaces it: the change says so, and "keep" would still keep the judgement given again.
    const replaced = await reviewResult(
      target,
      reviewedDecisions(replies, new Map([[replyKey(p2), { findings: overrule, judgement: 'bad' as const, note: '' }]])),
      lookup,
    );
    const again = replaced.sessions[0]!.changes.find((c) => c.decision === p2.decision)!;
    expect(again.after.judgement).toBe('bad');
    expect(again.rejudged).toBe(change.rejudged);
    expect(again.replaced).toBe(change.rejudged !== 'bad');
  });
});

describe('the pace in plain words', () => {
  const signals = (paceCv: number | null, flags: Signals['flags'] = []): Signals => ({
    decisions: 10,
    fast: 0,
    paceCv,
    paceRatioCv: paceCv,
    awayMs: 0,
    awayCount: 0,
    pastes: 0,
    pastedChars: 0,
    durationMs: 600_000,
    limitMs: null,
    flags,
  });

  it('says varied like a person, or very even like a script, the figure left to a detail', async () => {
    const en = await createTeacherI18n('en');
    const fr = await createTeacherI18n('fr');
    expect(paceWords(signals(1.11), en.t)).toBe('Pace: varied, like a person');
    expect(paceWords(signals(0.05, ['even-pace']), en.t)).toBe('Pace: very even, like a script');
    expect(paceWords(signals(null), en.t)).toBe('Pace: too few decisions to judge it');
    expect(paceWords(signals(0.05, ['even-pace']), fr.t)).toBe('Rythme : très régulier, comme celui d’un script');
    expect(paceWords(signals(1.11), fr.t)).not.toMatch(/\d/);
    expect(en.t('signals.paceCv', { cv: 1.111 })).toBe('Variation of the time between decisions (standard deviation over mean): 1.11.');
    expect(fr.t('signals.paceThreshold', { threshold: 0.2 })).toBe(
      'Un script reste sous 0,20 ; une personne est en général nettement au-dessus.',
    );
  });
});

describe('wording for examiners as well as teachers', () => {
  it('names the dashboard, people and files without school-only words, and the files apart from the sessions', async () => {
    const en = await createTeacherI18n('en');
    const fr = await createTeacherI18n('fr');
    expect(en.t('nav.dashboard')).toBe('Results dashboard');
    expect(fr.t('nav.dashboard')).toBe('Tableau de bord des résultats');
    expect(en.t('nav.builder')).toBe('Build an exam');
    for (const t of [en.t, fr.t])
      for (const key of ['dashboard.title', 'dashboard.table', 'dashboard.learner', 'csv.learner', 'report.learner', 'dashboard.learners'])
        expect(t(key), key).not.toMatch(/learner|classroom|apprenant|classe/i);
    expect(
      [
        en.t('dashboard.summary.files', { count: 5 }),
        en.t('dashboard.summary.examReports', { count: 4 }),
        en.t('dashboard.summary.sessions', { total: 5, verified: 4, failed: 0, refused: 0, duplicates: 1 }),
      ].join(' '),
    ).toBe(
      '5 files imported. 4 of them are exam reports, holding one session per scenario. Sessions: 5 — verified: 4, not verified: 0, unreadable: 0, counted once (the same session as in another file): 1.',
    );
    expect(en.t('review.refused.no-report', { report: 'camille.json' })).toContain('it was made for “camille.json”');
    expect(fr.t('review.refused.no-report', { report: 'camille.json' })).toContain('elle a été faite pour « camille.json »');
    expect(builderFr.field.candidateHint).toBe('Le candidat les saisit avant de commencer ; elles figurent dans son rapport.');
    expect(JSON.stringify(builderFr)).not.toMatch(/tiers-temps/);
  });
});

describe('the examiner’s strings', () => {
  type Tree = { [k: string]: string | Tree };
  const flatten = (tree: Tree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : flatten(v, `${prefix}${k}.`)));
  const base = (key: string) => key.replace(/_(one|other)$/, '');
  const en = new Set(flatten(teacherEn as unknown as Tree).map(base));
  const fr = new Set(flatten(teacherFr as unknown as Tree).map(base));

  it('cover every key the verifier asks for, in French and English', () => {
    const files = [
      'verify.ts',
      'review-panel.ts',
      'examiner.ts',
      'signals-view.ts',
      'dashboard.ts',
      'dashboard/exam-views.ts',
      'dashboard/views.ts',
      'dashboard/export.ts',
    ].map((f) => readFileSync(join(__dirname, '../../../src/pages', f), 'utf8'));
    const literal = files.flatMap((s) => [...s.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)].map((m) => m[1]!));
    const built = [
      ...JUDGEMENTS.map((j) => `review.judgement.${j}`),
      ...[...TONES, 'unknown'].map((tone) => `review.tone.${tone}`),
      ...['reply', 'dm', 'escalate'].map((a) => `review.action.${a}`),
      ...['edited', 'other-report', 'unreadable', 'no-report', 'unverified'].map((c) => `review.refused.${c}`),
      ...['exam-in-reports', 'report-in-exams', 'not-exam', 'bad-exam', 'unreadable'].map((c) => `examiner.notice.${c}`),
      ...Object.keys(ExamSchema.entries).map((k) => `examiner.setting.${k}`),
      ...['name', 'email', 'id', 'organisation'].map((f) => `examiner.value.field.${f}`),
      ...['matched', 'differs', 'differences', 'difference', 'otherExam', 'otherFingerprint', 'unchecked', 'uncheckedWhy'].map(
        (k) => `examiner.settings.${k}`,
      ),
      ...['extraTime', 'extraTimeWhy', 'fromYoursExtra'].map((k) => `examiner.settings.${k}`),
      ...['unchecked', 'extraTime', 'settingsDiffer', 'andOthers', 'settingsDifferWhy'].map((k) => `examiner.standing.${k}`),
      'examiner.yourFingerprint',
      ...['fast-decisions', 'even-pace', 'away', 'pasted', 'quick-run', 'similar-replies'].map((f) => `dashboard.exams.flagNames.${f}`),
      ...['matched', 'extra-time', 'differs', 'other-exam', 'unchecked'].map((k) => `dashboard.exams.settingsState.${k}`),
      ...['matched', 'extra-time', 'differs', 'other-exam', 'unchecked'].map((k) => `csv.settingsValue.${k}`),
    ];
    const missing = [...literal, ...built].filter((k) => !k.startsWith('score.') && (!en.has(k) || !fr.has(k)));
    expect(missing).toEqual([]);
  });
});
