/**
 * The examiner's review of one verified report on verify.html: each written reply under the post it
 * answers (author and text, from the replay), with the game's reading (judgement, tone, each finding
 * with who found it), a verdict per finding, the judgement kept or replaced — "keep" names the
 * judgement that stands once the overruled findings are set aside — and a note; the result computed
 * again as the examiner goes (src/pages/review.ts), beside the automated one, with what changed and
 * why; the review saved as a sealed file, and a review file read back and applied (or refused). The
 * panel keeps its state across language changes and exam re-checks.
 */
import { JUDGEMENTS, type Judgement, type Locale, SCORE_KEYS, type Scores } from '../core/types';
import { canonicalJson } from '../engine/fingerprint';
import { MAX_NOTE } from '../records/review';
import { downloadText } from '../platform/download';
import { catalog as scenarios } from './catalog';
import type { ScenarioLookup } from './check';
import { type Translate, bidi, fill, h, scrollBox } from './common';
import {
  type ReplyDraft,
  type ReviewDraft,
  draftFromReview,
  findingsReviewed,
  replyKey,
  reviewFileName,
  reviewedDecisions,
} from './examiner';
import type { ReviewChange } from '../engine/review';
import {
  type ReviewCheck,
  type ReviewResult,
  type ReviewTarget,
  type ReviewableReply,
  checkReview,
  makeReview,
  reviewResult,
  reviewableReplies,
} from './review';
import { technical } from './verdict';

/** The result before review, to show beside the reviewed one. */
export interface Automated {
  /** Each session's overall score, in the report's order. */
  sessions: number[];
  overall: number;
  /** The exam's verdict; null for a session report. */
  passed: boolean | null;
  /** A session report's five scores. */
  scores?: Scores;
}

export interface ReviewDeps {
  t: Translate;
  locale: () => Locale;
  lookup: ScenarioLookup;
  /** Says something in the page's polite status line. */
  announce: (message: string) => void;
  /** The examiner's name, remembered from one review to the next on the page. */
  examiner: { get: () => string; set: (name: string) => void };
}

interface Applied {
  file: string;
  text: string;
  check: Extract<ReviewCheck, { status: 'applied' }>;
}

type RefusalCode = Extract<ReviewCheck, { status: 'refused' }>['code'];

let panels = 0;

export class ReviewPanel {
  /** The review's state in words, where the card shows its result (`data-review-status`). */
  readonly statusEl: HTMLElement;
  /** The review section (`data-review`). */
  readonly panelEl: HTMLElement;
  readonly replies: ReviewableReply[];
  private draft: ReviewDraft = new Map();
  private live: ReviewResult | null = null;
  private computing = false;
  private version = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private applied: Applied | null = null;
  private refusal: { file: string; code: RefusalCode } | null = null;
  private open = false;
  private disposed = false;
  private readonly id = `rv${++panels}`;
  /** Elements `refresh` updates in place, so typing and choosing keep their focus. */
  private parts: {
    progress?: HTMLElement;
    changes: Map<string, HTMLElement>;
    /** Each reply's "keep" option, named after the judgement that stands with the overrules. */
    keeps: Map<string, HTMLOptionElement>;
    reviewed: Map<string, HTMLElement>;
    /** Each result row's difference, and the list of what changed and why. */
    deltas: Map<string, HTMLElement>;
    why?: HTMLElement;
    live?: HTMLElement;
    save?: HTMLButtonElement;
    name?: HTMLInputElement;
    nameError?: HTMLElement;
  } = { changes: new Map(), keeps: new Map(), reviewed: new Map(), deltas: new Map() };

  constructor(
    private target: ReviewTarget,
    private automated: Automated,
    private requiresReview: boolean,
    private readonly deps: ReviewDeps,
  ) {
    this.replies = reviewableReplies(target);
    this.statusEl = h('div', { class: 'review-status', 'data-review-status': 'none' });
    this.panelEl = h('section', { class: 'review', 'data-review': target.kind, 'aria-labelledby': `${this.id}-title` });
    this.render();
  }

  /** The report's hash, to pair review files with it. */
  get hash(): string {
    return this.target.hash;
  }

  /** After an exam re-check (the examiner's exam added or removed): the result is computed with the exam now used. */
  setTarget(target: ReviewTarget, automated: Automated, requiresReview: boolean): void {
    this.target = target;
    this.automated = automated;
    this.requiresReview = requiresReview;
    this.live = null;
    if (this.applied) void this.apply(this.applied.text, this.applied.file, false);
    else if (this.draft.size > 0) this.schedule(0);
    this.refresh();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
  }

  /** Reads a review file against this report: applied (its verdicts shown) or refused, with the reason. */
  async apply(text: string, file: string, show = true): Promise<ReviewCheck> {
    let check: ReviewCheck;
    try {
      check = await checkReview(text, this.target, this.deps.lookup, file);
    } catch (e) {
      check = { status: 'refused', code: 'unreadable', details: [`${file}: ${(e as Error).message}`] };
    }
    if (this.disposed) return check;
    if (check.status === 'refused') {
      this.refusal = { file, code: check.code };
      this.refresh();
      return check;
    }
    this.applied = { file, text, check };
    this.refusal = null;
    this.live = check.outcome;
    this.draft = draftFromReview(check.review);
    if (check.review.examiner) this.deps.examiner.set(check.review.examiner);
    if (show) this.render();
    else this.refresh();
    return check;
  }

  /** Builds the whole panel again (a language change, a review loaded). */
  render(): void {
    const { t } = this.deps;
    this.parts = { changes: new Map(), keeps: new Map(), reviewed: new Map(), deltas: new Map() };
    const title = h('h4', { id: `${this.id}-title` }, t('review.title'));
    const summary = h(
      'summary',
      { 'data-review-open': '' },
      this.replies.length > 0 ? t('review.open', { count: this.replies.length }) : t('review.openNone'),
    );
    const details = h('details', { class: 'review-form', ...(this.open ? { open: '' } : {}) }, summary);
    details.addEventListener('toggle', () => {
      this.open = details.open;
    });
    this.parts.progress = h('p', { class: 'note', 'data-review-progress': '' });
    details.append(
      h('p', {}, t('review.intro')),
      this.replies.length > 0 ? this.parts.progress : h('p', { 'data-review-none': '' }, t('review.none')),
      h(
        'ol',
        { class: 'review-replies', role: 'list' },
        this.replies.map((r, i) => this.replyItem(r, i)),
      ),
      this.resultTable(),
      this.saveBlock(),
      h('p', { class: 'note', 'data-review-seal': '' }, t('review.seal')),
    );
    fill(this.panelEl, title, details);
    this.refresh();
  }

  private title(id: string): string {
    return scenarios.find((s) => s.manifest.id === id)?.manifest.title[this.deps.locale()] ?? id;
  }

  private ruleText(scenario: string, ruleId: string): string | null {
    const rule = scenarios.find((s) => s.manifest.id === scenario)?.charter.rules.find((r) => r.id === ruleId);
    return rule ? rule.text[this.deps.locale()] : null;
  }

  /** "Reply 2 of 3 — Defect crisis, to Noah Petit" (the post's author; its id when the replay did not show it). */
  private replyLabel(r: ReviewableReply, i: number): string {
    const { t } = this.deps;
    const base = { n: i + 1, total: this.replies.length, scenario: this.title(r.scenario) };
    return r.post ? t('review.replyTo', { ...base, author: r.post.author }) : t('review.reply', { ...base, post: r.postId });
  }

  /** The reply's judgement once the findings overruled are set aside (the game's when none is): what "keep" keeps. */
  private standing(r: ReviewableReply): Judgement {
    return this.changeOf(r)?.rejudged ?? r.judgement;
  }

  private changeOf(r: ReviewableReply) {
    return this.live?.sessions[r.session]?.changes.find((c) => c.decision === r.decision);
  }

  private keepOption(r: ReviewableReply): HTMLOptionElement {
    const option = h('option', { value: '', 'data-keep': '' });
    this.parts.keeps.set(replyKey(r), option);
    this.nameKeep(r, option);
    return option;
  }

  /** "Keep the game's: Questionable call", or once overrules change it, "Keep the judgement with your overrules: Excellent call". */
  private nameKeep(r: ReviewableReply, option: HTMLOptionElement): void {
    const { t } = this.deps;
    const standing = this.standing(r);
    const word = (j: Judgement) => t(`review.judgement.${j}`);
    option.textContent =
      standing === r.judgement
        ? t('review.keep', { judgement: word(r.judgement) })
        : t('review.keepRejudged', { judgement: word(standing), game: word(r.judgement) });
    option.setAttribute('data-keep', standing);
  }

  private draftOf(r: ReviewableReply): ReplyDraft {
    const key = replyKey(r);
    let d = this.draft.get(key);
    if (!d) this.draft.set(key, (d = { findings: {}, note: '' }));
    return d;
  }

  private replyItem(r: ReviewableReply, i: number): HTMLElement {
    const { t } = this.deps;
    const key = replyKey(r);
    const base = `${this.id}-${i}`;
    const d = this.draft.get(key);
    // What the player wrote is in the language they played in, whatever the page's.
    const lang = this.target.sessions[r.session]?.locale;
    const judgementWord = (j: Judgement) => t(`review.judgement.${j}`);
    const action = ['reply', 'dm', 'escalate'].includes(r.action)
      ? t(`review.action.${r.action}`)
      : t('review.action.other', { action: r.action });
    const row = (label: string, value: Node | string, attr?: string) => [h('dt', {}, label), h('dd', attr ? { [attr]: '' } : {}, value)];
    const findings = r.findings.map((f, j) => {
      const rule = this.ruleText(r.scenario, f.ruleId);
      const by =
        f.by === 'rule'
          ? t('review.byRule')
          : f.by === 'model'
            ? f.confidence !== undefined
              ? t('review.byModel', { version: r.reader ?? t('review.unknownVersion'), confidence: f.confidence })
              : t('review.byModelNoConfidence', { version: r.reader ?? t('review.unknownVersion') })
            : t('review.byUnknown');
      const name = `${base}-f${j}`;
      const verdict = d?.findings[f.ruleId];
      const radio = (value: 'confirmed' | 'overruled', attr: string, label: string) =>
        h(
          'label',
          { class: 'choice' },
          h('input', {
            type: 'radio',
            name,
            value,
            [attr]: '',
            ...(verdict === value ? { checked: '' } : {}),
            onchange: () => {
              this.draftOf(r).findings[f.ruleId] = value;
              this.changed();
            },
          }),
          ` ${label}`,
        );
      return h(
        'li',
        { class: 'finding', 'data-finding': f.ruleId, 'data-by': f.by ?? 'unknown' },
        h('p', { class: 'finding-rule' }, h('strong', {}, t('review.rule', { id: f.ruleId })), rule ? [' — ', bidi(rule, 400)] : ''),
        rule ? null : h('p', { class: 'note' }, t('review.unknownRule')),
        f.excerpt ? h('p', {}, `${t('review.excerpt')} `, h('q', { lang, 'data-excerpt': '' }, bidi(f.excerpt, 600))) : null,
        h('p', { class: 'finding-by', 'data-found-by': '' }, by),
        h(
          'fieldset',
          { class: 'finding-verdict', 'data-finding-verdict': '' },
          h('legend', {}, t('review.verdictLegend', { id: f.ruleId })),
          radio('confirmed', 'data-confirm', t('review.confirm')),
          radio('overruled', 'data-overrule', t('review.overrule')),
        ),
      );
    });
    const select = h(
      'select',
      {
        id: `${base}-judgement`,
        'data-judgement': '',
        onchange: (e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          const draft = this.draftOf(r);
          if ((JUDGEMENTS as readonly string[]).includes(value)) draft.judgement = value as Judgement;
          else delete draft.judgement;
          this.changed();
        },
      },
      this.keepOption(r),
      JUDGEMENTS.map((j) => h('option', { value: j, ...(d?.judgement === j ? { selected: '' } : {}) }, judgementWord(j))),
    );
    const note = h('textarea', {
      id: `${base}-note`,
      rows: 2,
      maxlength: MAX_NOTE,
      'data-note': '',
      oninput: (e: Event) => {
        this.draftOf(r).note = (e.target as HTMLTextAreaElement).value;
        this.changed(false);
      },
    });
    note.value = d?.note ?? '';
    const change = h('p', { class: 'review-change', 'data-reply-change': '', hidden: true });
    this.parts.changes.set(key, change);
    return h(
      'li',
      { class: 'review-reply', 'data-reply': key, 'data-post': r.postId },
      h('h5', {}, this.replyLabel(r, i)),
      // The post the reply answers, as the replay showed it: text, never markup.
      r.post
        ? h(
            'figure',
            { class: 'review-post', 'data-post-shown': '' },
            h('figcaption', {}, t('review.postBy', { author: r.post.author })),
            h('blockquote', { class: 'post-text', dir: 'auto', lang, 'data-post-text': '' }, r.post.text),
          )
        : null,
      h(
        'dl',
        { class: 'facts' },
        row(t('review.text'), h('blockquote', { class: 'reply-text', dir: 'auto', lang, 'data-reply-text': '' }, r.text)),
        row(t('review.sentAs'), action, 'data-sent-as'),
        row(t('review.gameJudgement'), judgementWord(r.judgement), 'data-game-judgement'),
        row(t('review.toneLabel'), t(`review.tone.${r.tone ?? 'unknown'}`), 'data-tone'),
      ),
      h('p', {}, r.findings.length > 0 ? t('review.findings', { count: r.findings.length }) : t('review.noFinding')),
      findings.length > 0 ? h('ul', { class: 'findings', role: 'list' }, findings) : null,
      h('div', { class: 'field' }, h('label', { for: `${base}-judgement` }, t('review.judgementLabel')), select),
      h('div', { class: 'field' }, h('label', { for: `${base}-note` }, t('review.note')), note),
      change,
    );
  }

  private resultTable(): HTMLElement {
    const { t } = this.deps;
    const rows: { key: string; label: string; automated: string }[] = [];
    const outOf = (n: number) => `${n}/100`;
    if (this.target.kind === 'report' && this.automated.scores) {
      const scores = this.automated.scores;
      for (const k of ['overall', ...SCORE_KEYS] as const) rows.push({ key: k, label: t(`score.${k}`), automated: outOf(scores[k]) });
    } else {
      this.target.sessions.forEach((s, i) =>
        rows.push({
          key: `session-${i}`,
          label: t('review.scenarioOverall', { scenario: this.title(s.scenario.id) }),
          automated: outOf(this.automated.sessions[i] ?? 0),
        }),
      );
      rows.push({ key: 'exam', label: t('review.examOverall'), automated: outOf(this.automated.overall) });
      if (this.automated.passed !== null)
        rows.push({ key: 'passed', label: t('review.examVerdict'), automated: this.verdictWord(this.automated.passed) });
    }
    this.parts.live = h('p', { class: 'review-live', 'aria-live': 'polite', 'data-review-live': '' });
    return h(
      'div',
      { class: 'review-result' },
      h('h5', {}, t('review.result')),
      h(
        'div',
        scrollBox(t('review.result')),
        h(
          'table',
          { class: 'data inner', 'data-review-result': '' },
          h('caption', {}, t('review.resultCaption')),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('review.colItem')),
              h('th', { scope: 'col' }, t('review.colAutomated')),
              h('th', { scope: 'col' }, t('review.colReviewed')),
              h('th', { scope: 'col' }, t('review.colChange')),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((row) => {
              const cell = h('td', { class: 'score-cell', 'data-reviewed': row.key });
              const delta = h('td', { 'data-delta': row.key });
              this.parts.reviewed.set(row.key, cell);
              this.parts.deltas.set(row.key, delta);
              return h(
                'tr',
                { 'data-row': row.key },
                h('th', { scope: 'row' }, row.label),
                h('td', { 'data-automated': row.key }, row.automated),
                cell,
                delta,
              );
            }),
          ),
        ),
      ),
      this.parts.live,
      (this.parts.why = h('div', { class: 'review-why', 'data-review-why': '' })),
    );
  }

  private saveBlock(): HTMLElement {
    const { t } = this.deps;
    const nameId = `${this.id}-examiner`;
    const name = h('input', {
      id: nameId,
      type: 'text',
      autocomplete: 'name',
      maxlength: 200,
      'aria-describedby': `${nameId}-error`,
      'data-review-examiner': '',
      oninput: (e: Event) => {
        this.deps.examiner.set((e.target as HTMLInputElement).value);
        this.parts.nameError!.hidden = true;
        name.removeAttribute('aria-invalid');
      },
    });
    name.value = this.deps.examiner.get();
    const error = h('p', { id: `${nameId}-error`, class: 'field-error', hidden: true }, t('review.examinerMissing'));
    const save = h('button', { type: 'button', 'data-review-save': '', onclick: () => void this.save() }, t('review.save'));
    Object.assign(this.parts, { name, nameError: error, save });
    return h(
      'div',
      { class: 'review-save' },
      h('div', { class: 'field' }, h('label', { for: nameId }, t('review.examiner')), name, error),
      save,
    );
  }

  /** What a review changed in one reply, and why (the findings overruled, the judgement replaced), in words. */
  private changeWords(change: ReviewChange): { what: string; why: string } | null {
    const { t, locale } = this.deps;
    const judgement = (j: Judgement) => t(`review.judgement.${j}`);
    const what: string[] = [];
    if (change.before.judgement !== change.after.judgement)
      what.push(t('review.changeJudgement', { before: judgement(change.before.judgement), after: judgement(change.after.judgement) }));
    if (change.before.diplomacy !== null && change.after.diplomacy !== null && change.before.diplomacy !== change.after.diplomacy)
      what.push(t('review.changeDiplomacy', { before: change.before.diplomacy, after: change.after.diplomacy }));
    if (canonicalJson(change.before.breaches) !== canonicalJson(change.after.breaches))
      what.push(
        t('review.changeRules', { rules: change.after.breaches.length > 0 ? change.after.breaches.join(', ') : t('review.noRules') }),
      );
    if (what.length === 0) return null;
    const sep = locale() === 'fr' ? ' ; ' : '; ';
    const why: string[] = [];
    if (change.overruled.length > 0)
      why.push(
        t('review.whyOverruled', {
          count: change.overruled.length,
          rules: change.overruled.map((id) => (locale() === 'fr' ? `« ${id} »` : `“${id}”`)).join(', '),
        }),
      );
    if (change.replaced) why.push(t('review.whyReplaced', { judgement: judgement(change.after.judgement) }));
    return { what: what.join(sep), why: why.length > 0 ? why.join(sep) : t('review.whyKept') };
  }

  private verdictWord(passed: boolean): string {
    return this.deps.t(passed ? 'review.passed' : 'review.notPassed');
  }

  /** The draft changed: the result is computed again shortly (a note changes no score). */
  private changed(rescore = true): void {
    if (rescore) this.schedule(250);
    this.refresh();
  }

  private schedule(delay: number): void {
    const mine = ++this.version;
    this.computing = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void (async () => {
        const items = reviewedDecisions(this.replies, this.draft);
        try {
          const result = await reviewResult(this.target, items, this.deps.lookup);
          if (this.disposed || mine !== this.version) return;
          this.live = result;
        } catch {
          if (mine !== this.version) return;
          this.live = null;
        }
        this.computing = false;
        this.refresh();
      })();
    }, delay);
  }

  private async save(): Promise<void> {
    const { t } = this.deps;
    const name = this.parts.name!;
    const examiner = name.value.trim();
    if (!examiner) {
      this.parts.nameError!.hidden = false;
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return;
    }
    const button = this.parts.save!;
    button.disabled = true;
    try {
      const at = new Date().toISOString();
      const review = await makeReview(this.target, reviewedDecisions(this.replies, this.draft), this.deps.lookup, { examiner, at });
      const text = `${JSON.stringify(review, null, 2)}\n`;
      const file = reviewFileName(this.target.file, at);
      downloadText(file, text);
      await this.apply(text, file, false);
      this.deps.announce(t('review.saved', { file }));
    } catch (e) {
      this.deps.announce(t('review.saveFailed', { error: (e as Error).message }));
    } finally {
      button.disabled = false;
    }
  }

  /** The draft as the review file would say it differs from the review applied. */
  private dirty(): boolean {
    return (
      this.applied !== null &&
      canonicalJson(reviewedDecisions(this.replies, this.draft)) !== canonicalJson(this.applied.check.review.decisions)
    );
  }

  /** Updates what changes as the examiner works: status, progress, each reply's change, the result. */
  refresh(): void {
    const { t } = this.deps;
    this.renderStatus();
    if (this.parts.progress) {
      const { done, total } = findingsReviewed(this.replies, this.draft);
      this.parts.progress.textContent = t('review.progress', { done, total });
    }
    const live = this.live;
    const whyItems: HTMLElement[] = [];
    this.replies.forEach((r, i) => {
      const key = replyKey(r);
      const keep = this.parts.keeps.get(key);
      if (keep) this.nameKeep(r, keep);
      const el = this.parts.changes.get(key);
      if (!el) return;
      const change = this.changeOf(r);
      const words = change ? this.changeWords(change) : null;
      el.hidden = words === null;
      el.textContent = words === null ? '' : `${t('review.changed', { changes: words.what })} ${t('review.because', { why: words.why })}`;
      if (words)
        whyItems.push(
          h(
            'li',
            { 'data-why-reply': key },
            h('strong', {}, `${this.replyLabel(r, i)} — `),
            `${words.what}. ${t('review.because', { why: words.why })}`,
          ),
        );
    });
    if (this.parts.why)
      fill(
        this.parts.why,
        whyItems.length > 0 ? [h('p', {}, t('review.whyTitle')), h('ul', {}, whyItems)] : h('p', { class: 'note' }, t('review.whyNone')),
      );
    // The reviewed column: the live result, or the automated one until the examiner changes something.
    const set = (key: string, text: string, delta: string) => {
      const cell = this.parts.reviewed.get(key);
      if (cell) cell.textContent = text;
      const d = this.parts.deltas.get(key);
      if (d) d.textContent = delta;
    };
    const outOf = (n: number) => `${n}/100`;
    const score = (key: string, before: number, after: number) =>
      set(key, outOf(after), after === before ? t('review.noChange') : `${after > before ? '+' : '−'}${Math.abs(after - before)}`);
    if (this.target.kind === 'report' && this.automated.scores) {
      const before = this.automated.scores;
      const scores = live?.sessions[0]?.scores ?? before;
      for (const k of ['overall', ...SCORE_KEYS] as const) score(k, before[k], scores[k]);
    } else {
      this.target.sessions.forEach((_, i) => {
        const before = this.automated.sessions[i] ?? 0;
        score(`session-${i}`, before, live?.result.sessions[i] ?? before);
      });
      score('exam', this.automated.overall, live?.result.overall ?? this.automated.overall);
      const passed = live ? live.result.passed : this.automated.passed;
      if (passed !== null)
        set(
          'passed',
          this.verdictWord(passed),
          passed === this.automated.passed ? t('review.noChange') : t(passed ? 'review.nowPassed' : 'review.nowNotPassed'),
        );
    }
    const overall = live?.result.overall ?? this.automated.overall;
    const passed = live ? live.result.passed : this.automated.passed;
    this.panelEl.setAttribute('data-review-overall', String(overall));
    this.panelEl.setAttribute('data-review-passed', String(passed));
    this.panelEl.setAttribute('data-computing', String(this.computing));
    if (this.parts.live)
      this.parts.live.textContent = this.computing
        ? t('review.computing')
        : passed === null
          ? t('review.live', { overall })
          : t('review.liveExam', { overall, verdict: this.verdictWord(passed) });
    if (this.parts.save) this.parts.save.setAttribute('aria-busy', String(this.computing));
  }

  private renderStatus(): void {
    const { t, locale } = this.deps;
    const el = this.statusEl;
    const lines: (Node | string)[] = [];
    let state: string;
    if (this.applied) {
      const { review, outcome, mismatches } = this.applied.check;
      const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(review.reviewedAt));
      const examiner = review.examiner.trim() ? review.examiner : t('review.status.unnamed');
      const params = { examiner, date, overall: outcome.result.overall };
      state = 'reviewed';
      lines.push(
        h(
          'p',
          { class: 'review-applied', 'data-reviewed-by': '' },
          h(
            'strong',
            {},
            outcome.result.passed === null
              ? t('review.status.applied', params)
              : t('review.status.appliedExam', { ...params, verdict: this.verdictWord(outcome.result.passed) }),
          ),
        ),
      );
      if (mismatches.length > 0) {
        lines.push(h('p', { class: 'warn' }, t('review.status.mismatch')), technical(mismatches, t, 'data-review-mismatches', true));
      }
      if (this.dirty()) lines.push(h('p', { class: 'note', 'data-review-dirty': '' }, t('review.status.dirty')));
    } else if (this.requiresReview) {
      state = 'provisional';
      lines.push(h('p', { class: 'review-provisional' }, h('strong', {}, t('review.status.provisional'))));
    } else {
      state = 'none';
    }
    if (this.refusal) {
      lines.push(
        h(
          'p',
          { class: 'review-refused', 'data-review-refused': this.refusal.code },
          '✗ ',
          bidi(this.refusal.file),
          ' — ',
          t(`review.refused.${this.refusal.code}`),
        ),
      );
    }
    el.setAttribute('data-review-status', state);
    el.hidden = lines.length === 0;
    fill(el, lines);
  }
}
