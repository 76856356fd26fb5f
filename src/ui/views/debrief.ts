/**
 * The debrief: every score with its reasons, and a timeline of every decision with the time taken,
 * the charter rule quoted when broken, the offending words highlighted and a better answer.
 */
import type { Channel, Decision, Department, VerdictLine } from '../../core/types';
import {
  BREACH_CAP,
  type Debrief,
  type Reason,
  type SessionEnding,
  diplomacyBreakdown,
  doubtsFor,
  reasonsFor,
  responseMinutes,
  ruleText,
  scenarioManifest,
} from '../../state';
import type { View, ViewContext } from '../context';
import { clockText, compact, fill, h } from '../dom';
import { actionLabel, departmentLabel } from '../department';
import { downloadText, reportFileName } from '../../platform/download';
import { scenarioLink } from '../../platform/deeplink';

const SCORES = ['overall', 'diplomacy', 'speed', 'charter', 'judgement', 'outcome'] as const;

/** The player's text with each offending excerpt wrapped in <mark>, built as text nodes only. */
export function highlight(text: string, excerpts: readonly string[]): (Node | string)[] {
  const marks = excerpts.filter((e) => e.length > 0);
  if (marks.length === 0) return [text];
  const lower = text.toLocaleLowerCase();
  const ranges: [number, number][] = [];
  for (const e of marks) {
    const at = lower.indexOf(e.toLocaleLowerCase());
    if (at >= 0) ranges.push([at, at + e.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out: (Node | string)[] = [];
  let pos = 0;
  for (const [from, to] of ranges) {
    if (from < pos) continue;
    out.push(text.slice(pos, from), h('mark', {}, text.slice(from, to)));
    pos = to;
  }
  out.push(text.slice(pos));
  return out;
}

/** A legend sample of a curve: its colour, and solid or dotted like on the chart (colour is not the only clue). */
function lineSwatch(colour: string, dotted: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 28 8');
  svg.setAttribute('class', 'line-swatch');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'line');
  for (const [k, v] of Object.entries({
    x1: '2',
    y1: '4',
    x2: '26',
    y2: '4',
    stroke: colour,
    'stroke-width': '3',
    'stroke-linecap': 'round',
  }))
    line.setAttribute(k, v);
  if (dotted) line.setAttribute('stroke-dasharray', '0.1 5');
  svg.append(line);
  return svg;
}
const SVG = 'http://www.w3.org/2000/svg';

/** The chart's margins in CSS pixels: the scene draws the curves inside them, the view writes the axes in them. */
export const CHART_MARGIN = { left: 46, right: 56, top: 22, bottom: 24 };

/**
 * The chart's axes, over the canvas: sentiment's scale on the left, reach's on the right, the game clock
 * underneath, and each decision's number (as in the list below) over the line the scene draws at its time.
 */
function chartAxes(series: Debrief['series'], decisions: Decision[], startsAt: string, locale: string): HTMLElement {
  const { left, right, top, bottom } = CHART_MARGIN;
  const end = series.time.at(-1) || 1;
  const x = (f: number) => `calc(${left}px + ${f} * (100% - ${left + right}px))`;
  const y = (f: number) => `calc(${top}px + ${f} * (100% - ${top + bottom}px))`;
  const label = (cls: string, text: string, pos: Record<string, string>) => {
    const el = h('span', { class: `axis-label ${cls}` }, text);
    Object.assign(el.style, pos);
    return el;
  };
  const reachTop = Math.max(...series.reach, 1);
  const hours: number[] = [];
  // The clock at the start, at the end, and on each full hour between them when there is room.
  const startMinutes = Number(startsAt.slice(0, 2)) * 60 + Number(startsAt.slice(3, 5));
  for (let m = 60 - (startMinutes % 60); m * 60 < end; m += 60) if (m * 60 > end * 0.08 && m * 60 < end * 0.92) hours.push(m * 60);
  // Decisions too close to be told apart share one mark: "2–3".
  const groups: { f: number; first: number; last: number }[] = [];
  decisions.forEach((d, i) => {
    const f = Math.min(1, d.decidedAt / end);
    const previous = groups.at(-1);
    if (previous && f - previous.f < 0.025) previous.last = i + 1;
    else groups.push({ f, first: i + 1, last: i + 1 });
  });
  const marks = groups.map((g) =>
    label('axis-decision', g.first === g.last ? String(g.first) : `${g.first}–${g.last}`, { left: x(g.f), top: '2px' }),
  );
  return h(
    'div',
    { class: 'chart-axes' },
    label('axis-sentiment', '+100', { top: y(0), left: '0' }),
    label('axis-sentiment', '0', { top: y(0.5), left: '0' }),
    label('axis-sentiment', '−100', { top: y(1), left: '0' }),
    label('axis-reach', compact(reachTop, locale), { top: y(0), right: '0' }),
    label('axis-reach', '0', { top: y(1), right: '0' }),
    ...[0, ...hours, end].map((s) => label('axis-time', clockText(startsAt, s), { left: x(s / end), bottom: '0' })),
    ...marks,
  );
}

/** A change as people write it: +2, −13, 0. */
const signed = (x: number) => (x > 0 ? `+${x}` : x < 0 ? `−${-x}` : '0');

export function debriefView(ctx: ViewContext): View & { canvasSlot: HTMLElement } {
  const { store, t } = ctx;

  /** The ending's text: the story's own, or the engine's, worded here from what it found (src/engine/ending.ts). */
  const endingText = (ending: SessionEnding, locale: string): string => {
    const o = ending.overruled;
    if (!o) return ending.text;
    const meters = t('debrief.overruled.meters', {
      from: signed(o.start.sentiment),
      to: signed(o.end.sentiment),
      repFrom: o.start.reputation,
      repTo: o.end.reputation,
    });
    if (o.kinds.length === 0) return t('debrief.overruled.soured', { meters });
    const what = new Intl.ListFormat(locale, { type: 'conjunction' }).format(o.kinds.map((k) => t(`debrief.overruled.what.${k}`)));
    const wave =
      o.shares > 0 || o.reach > 0
        ? t('debrief.overruled.wave', {
            shares: t('debrief.overruled.shares', { count: o.shares, n: o.shares.toLocaleString(locale) }),
            seen: t('debrief.overruled.seen', { count: o.reach, n: o.reach.toLocaleString(locale) }),
            press: t('debrief.overruled.press', { count: o.press, n: o.press.toLocaleString(locale) }),
          })
        : '';
    return [t('debrief.overruled.breach', { what }), wave, meters, t('debrief.overruled.aftermath')].filter(Boolean).join(' ');
  };
  const canvasSlot = h('div', { class: 'canvas-slot curves', 'data-canvas-slot': 'curves', 'aria-hidden': 'true' });
  const el = h('main', { class: 'screen debrief', 'data-screen': 'debrief' });

  const reasonText = (r: Reason) =>
    t(`reason.${r.code}`, {
      ...r.params,
      rule: r.params.rule ? ruleText(store.getState(), String(r.params.rule), store.getState().settings.locale) : '',
      ...(r.params.tone ? { tone: t(`tone.${String(r.params.tone)}`) } : {}),
      ...(r.code === 'outcome.change'
        ? { reputation: signed(Number(r.params.reputation)), sentiment: signed(Number(r.params.sentiment)) }
        : {}),
    });

  /** An action as the player would name it, on the decision's channel: "Hand over: Press office", "Public reply". */
  const routeText = (action: string | undefined, department: string | undefined, channel: Channel): string =>
    actionLabel(t, store.getState(), action ?? 'reply', department, channel);
  const intentsText = (list: string | undefined) =>
    (list ?? '')
      .split(',')
      .filter(Boolean)
      .map((i) => t(`intent.${i}`))
      .join(', ');

  /** One line of a written reply's verdict, the offending words marked. */
  function verdictLine(line: VerdictLine, channel: Channel): (Node | string)[] {
    const state = store.getState();
    const p = line.params;
    switch (line.code) {
      case 'breach': {
        const severity = (p.severity ?? 'major') as keyof typeof BREACH_CAP;
        const text = t(`verdict.breach.${severity}`, {
          rule: ruleText(state, p.rule ?? '', state.settings.locale),
          cap: t(`judgement.${BREACH_CAP[severity]}`),
        });
        return p.excerpt ? [text, ' ', t('debrief.excerpt'), ' « ', h('mark', {}, p.excerpt), ' »'] : [text];
      }
      case 'does-what-best-does':
      case 'leaves-out':
        return [t(`verdict.${line.code}`, { intents: intentsText(p.intents), count: (p.intents ?? '').split(',').filter(Boolean).length })];
      default:
        // the best answer is public, though it may say it goes on in private: "the best was: Public reply" under a
        // private message reads as a contradiction
        if ((line.code === 'route-other' || line.code === 'route-unoffered') && p.action === 'dm' && p.best === 'reply')
          return [t('verdict.dm-alone')];
        return [
          t(`verdict.${line.code}`, {
            action: routeText(p.action, p.department, channel),
            best: routeText(p.best, p.bestDepartment, channel),
            department: p.department ? departmentLabel(t, state, p.department as Department) : '',
            expected: p.expected ? departmentLabel(t, state, p.expected as Department) : '',
            story: routeText(p.story, undefined, channel),
          }),
        ];
    }
  }

  /** A written reply's diplomacy: its tone once, then what earned and cost points, offending words marked. */
  function writtenDiplomacy(d: Decision, r: Reason): HTMLElement {
    const state = store.getState();
    return h(
      'li',
      { 'data-reason': r.code },
      t('debrief.written', { tone: t(`tone.${d.analysis?.tone ?? d.tone ?? 'neutral'}`), value: r.params.value }),
      h(
        'ul',
        { class: 'diplomacy-parts' },
        diplomacyBreakdown(state, d).map((part) =>
          h(
            'li',
            { 'data-part': part.code },
            t(`debrief.part.${part.code}`, { acts: intentsText(part.params.acts) }),
            part.code === 'breach' && part.params.excerpt ? h('span', {}, ' « ', h('mark', {}, part.params.excerpt), ' »') : null,
            ' ',
            h('span', { class: 'part-points' }, t('debrief.points', { count: Math.abs(part.points), signed: signed(part.points) })),
          ),
        ),
      ),
    );
  }

  function decisionRow(d: Decision, i: number): HTMLElement {
    const state = store.getState();
    const debrief = state.debrief;
    const post = debrief?.posts.find((p) => p.id === d.postId);
    const startsAt = state.selected?.manifest.startsAt ?? '09:00';
    const target = responseMinutes(state, d.channel);
    const minutes = Math.round((d.decidedAt - d.arrivedAt) / 60);
    const reasons = reasonsFor(state, d.postId).filter((r) => r.key !== 'charter' && r.key !== 'judgement');
    const excerpts = d.breaches.map((b) => b.excerpt ?? '').filter(Boolean);
    const written = reasons.find((r) => r.code === 'diplomacy.written');
    const [firstLine, ...moreLines] = d.verdict ?? [];
    const doubts = doubtsFor(state, d);
    return h(
      'li',
      { class: `decision judgement-${d.judgement}`, 'data-decision': i, 'data-decision-post': d.postId, 'data-decision-action': d.action },
      h(
        'p',
        { class: 'decision-head' },
        h('time', {}, clockText(startsAt, d.decidedAt)),
        ' · ',
        post ? h('strong', {}, post.persona.name) : null,
        ' · ',
        t(`channel.${d.channel}`),
      ),
      post ? h('blockquote', { class: 'quoted' }, post.text) : null,
      h(
        'p',
        {},
        h('span', { class: 'label' }, t('debrief.youDid')),
        ' ',
        d.source === 'deadline' ? t('debrief.nothing') : actionLabel(t, state, d.action, null, d.channel),
        d.department ? ` (${departmentLabel(t, state, d.department)})` : '',
      ),
      d.action === 'reply' || d.action === 'dm' || d.source === 'free'
        ? h('p', { class: 'your-text' }, ...highlight(d.text, excerpts))
        : null,
      h(
        'p',
        {},
        h('span', { class: 'label' }, t('debrief.time')),
        ' ',
        d.source === 'deadline' ? t('debrief.noAnswer') : t('debrief.minutes', { n: minutes }),
        target ? ` (${t('debrief.target', { n: target })})` : '',
      ),
      h(
        'p',
        { class: 'verdict', 'data-judgement': d.judgement },
        h('span', { class: `judgement-badge ${d.judgement}` }, t(`judgement.${d.judgement}`)),
        ' ',
        ...(firstLine ? verdictLine(firstLine, d.channel) : [d.why]),
      ),
      moreLines.length > 0
        ? h(
            'ul',
            { class: 'verdict-lines' },
            moreLines.map((line) => h('li', { 'data-verdict': line.code }, ...verdictLine(line, d.channel))),
          )
        : null,
      (d.adjustments ?? []).map((a) => h('p', { class: 'adjustment' }, t(`debrief.adjust.${a}`))),
      // A written reply's diplomacy reason says its tone; the analysis line is for the others.
      d.analysis && !written
        ? h('p', { class: 'analysis' }, t('debrief.analysis', { tone: t(`tone.${d.analysis.tone}`), diplomacy: d.analysis.diplomacy }))
        : null,
      d.breaches.length > 0
        ? h(
            'ul',
            { class: 'breaches' },
            d.breaches.map((b) =>
              h(
                'li',
                {},
                h('strong', {}, t('debrief.breach')),
                ' ',
                ruleText(state, b.ruleId, state.settings.locale),
                b.excerpt ? h('span', {}, ' — ', t('debrief.excerpt'), ' « ', h('mark', {}, b.excerpt), ' »') : null,
                b.by
                  ? h(
                      'span',
                      { class: 'found-by', 'data-found-by': b.by },
                      ` (${t(`debrief.foundBy.${b.by}`, { confidence: b.confidence, version: d.analysis?.reader ?? '?' })})`,
                    )
                  : null,
              ),
            ),
          )
        : null,
      doubts.length > 0
        ? h(
            'div',
            { class: 'doubts' },
            h('p', {}, h('strong', {}, t('debrief.doubts'))),
            h(
              'ul',
              {},
              doubts.map((x) =>
                h(
                  'li',
                  { 'data-doubt': x.kind },
                  t(`debrief.doubt.${x.kind}`),
                  ' ',
                  t('debrief.doubtSure'),
                  ' « ',
                  h('em', {}, x.excerpt),
                  ' »',
                ),
              ),
            ),
          )
        : null,
      d.source === 'free' && d.analysis
        ? h(
            'p',
            { class: 'reader', 'data-reader': d.analysis.reader ?? 'rules', ...(d.analysis.reader ? { title: d.analysis.reader } : {}) },
            d.analysis.reader ? t('debrief.reader.model') : t('debrief.reader.rules'),
          )
        : null,
      reasons.length > 0
        ? h(
            'ul',
            { class: 'reasons' },
            reasons.map((r) => (r === written ? writtenDiplomacy(d, r) : h('li', {}, reasonText(r)))),
          )
        : null,
      d.better ? h('p', { class: 'better' }, h('span', { class: 'label' }, t('debrief.better')), ' ', d.better) : null,
    );
  }

  /**
   * Which variant the run played: its code and what it changed, in plain words ("Variant 0a4f1c09 — Léa is
   * Inès Moreau; Zadig becomes Nomad"), and a link that replays it, to copy (a shipped scenario only).
   */
  function variantPanel(): HTMLElement | null {
    const state = store.getState();
    const variant = state.debrief?.variant;
    if (!variant) return null;
    const locale = state.settings.locale;
    const drawn = [
      ...(variant.brand ? [t('debrief.variant.brand', variant.brand)] : []),
      ...variant.personas.map((p) => t('debrief.variant.persona', { written: p.written, name: p.name })),
      ...variant.values.map((v) => t('debrief.variant.value', { written: v.written[locale], value: v.value[locale] })),
    ].join(t('debrief.variant.separator'));
    const summary = t(drawn ? 'debrief.variant.summary' : 'debrief.variant.asWritten', { code: variant.code, drawn });
    const status = h('p', { class: 'variant-status', role: 'status' });
    let linkRow: HTMLElement | null = null;
    if (variant.linkable) {
      const input = h('input', {
        type: 'text',
        id: 'variant-link',
        class: 'variant-link',
        readonly: true,
        spellcheck: 'false',
        'aria-describedby': 'variant-help-link',
        'data-variant-link': '',
      });
      input.value = scenarioLink(location.href, {
        scenario: state.debrief!.scenarioId,
        lang: state.debrief!.locale,
        variant: variant.code,
      });
      input.addEventListener('focus', () => input.select());
      const copy = async () => {
        try {
          await navigator.clipboard.writeText(input.value);
          status.textContent = t('debrief.variant.copied');
        } catch {
          input.focus();
          input.select();
          status.textContent = t('debrief.variant.copyFailed');
        }
      };
      linkRow = h(
        'div',
        { class: 'field no-print' },
        h('p', { id: 'variant-help-link' }, t('debrief.variant.helpLink')),
        h('label', { for: 'variant-link' }, t('debrief.variant.link')),
        h(
          'div',
          { class: 'variant-row' },
          input,
          h('button', { type: 'button', 'data-action': 'copy-variant-link', onclick: () => void copy() }, t('debrief.variant.copy')),
        ),
      );
    }
    return h(
      'section',
      { class: 'variant-panel', 'aria-labelledby': 'd-variant', 'data-variant': variant.code },
      h('h2', { id: 'd-variant' }, t('debrief.variant.title')),
      h('p', { 'data-variant-summary': '' }, summary),
      // Pinned by the link the player opened, the variant stays; otherwise each play draws a new one.
      h('p', {}, state.forcedVariant !== null ? t('debrief.variant.helpPinned') : t('debrief.variant.help')),
      linkRow,
      status,
    );
  }

  /** The report: a name for the teacher (optional), then JSON download or the printable page. */
  function reportPanel(): HTMLElement {
    const name = h('input', { type: 'text', id: 'learner-name', maxlength: 120, autocomplete: 'name' });
    const download = () => {
      const report = store.getState().debrief?.report;
      if (!report) return;
      const learner = name.value.trim();
      const withName = learner ? { ...report, candidate: { ...report.candidate, name: learner } } : report;
      downloadText(reportFileName(report.scenario.id, report.finishedAt), JSON.stringify(withName, null, 2));
    };
    return h(
      'section',
      { class: 'report no-print', 'aria-labelledby': 'd-report' },
      h('h2', { id: 'd-report' }, t('debrief.report')),
      h('p', {}, t('debrief.reportHelp')),
      h('div', { class: 'field' }, h('label', { for: 'learner-name' }, t('debrief.learnerName')), name),
      h(
        'div',
        { class: 'actions start' },
        h('button', { type: 'button', 'data-action': 'download-report', onclick: download }, t('debrief.download')),
        h('button', { type: 'button', 'data-action': 'print', onclick: () => window.print() }, t('debrief.print')),
      ),
    );
  }

  function update(): void {
    const state = store.getState();
    const debrief = state.debrief;
    const entry = state.selected;
    // The scenario's texts as the run's variant drew them.
    const manifest = scenarioManifest(state);
    if (!debrief || !entry || !manifest) return;
    const locale = state.settings.locale;
    const { scores, reasons } = debrief.card;
    const general = reasons.filter((r) => !r.postId);
    canvasSlot.querySelector('.chart-axes')?.remove();
    canvasSlot.prepend(chartAxes(debrief.series, debrief.decisions, entry.manifest.startsAt ?? '09:00', locale));
    fill(
      el,
      h(
        'header',
        {},
        h('p', { class: 'kicker' }, manifest.title[locale]),
        h('h1', {}, t('debrief.title')),
        h('p', { class: 'ending', 'data-ending': debrief.ending.id }, endingText(debrief.ending, locale)),
      ),
      h(
        'section',
        { class: 'scores', 'aria-labelledby': 'd-scores' },
        h('h2', { id: 'd-scores' }, t('debrief.scores')),
        h(
          'dl',
          {},
          SCORES.map((key) =>
            h(
              'div',
              { class: `score score-${key}` },
              h('dt', {}, t(`score.${key}`)),
              h(
                'dd',
                {},
                h('span', { 'data-score': key, class: 'score-value' }, String(scores[key])),
                h('span', { class: 'out-of' }, ' / 100'),
              ),
              h('dd', { class: 'explain' }, t(`scoreHelp.${key}`)),
            ),
          ),
        ),
        general.length > 0
          ? h(
              'ul',
              { class: 'reasons' },
              general.map((r) => h('li', {}, reasonText(r))),
            )
          : null,
      ),
      h(
        'section',
        { class: 'curves-panel', 'aria-labelledby': 'd-curves' },
        h('h2', { id: 'd-curves' }, t('debrief.curves')),
        h(
          'p',
          { class: 'sr-only' },
          t('debrief.curvesText', {
            sentiment: Math.round(debrief.series.sentiment.at(-1) ?? 0),
            reach: Math.round(debrief.series.reach.at(-1) ?? 0),
            count: Math.round(debrief.series.reach.at(-1) ?? 0),
          }),
        ),
        canvasSlot,
        h(
          'ul',
          { class: 'curves-legend', role: 'list' },
          h('li', {}, lineSwatch('#22c55e', false), t('debrief.legendSentiment')),
          h('li', {}, lineSwatch('#38bdf8', true), t('debrief.legendReach')),
          debrief.decisions.length
            ? h('li', {}, h('span', { class: 'axis-decision legend-mark' }, '1'), t('debrief.legendDecisions'))
            : null,
        ),
      ),
      h(
        'section',
        { class: 'timeline', 'aria-labelledby': 'd-timeline' },
        h('h2', { id: 'd-timeline' }, t('debrief.timeline')),
        debrief.decisions.length === 0 ? h('p', {}, t('debrief.noDecisions')) : h('ol', {}, debrief.decisions.map(decisionRow)),
      ),
      h(
        'section',
        { 'aria-labelledby': 'd-learn' },
        h('h2', { id: 'd-learn' }, t('debrief.learningPoints')),
        h(
          'ul',
          {},
          manifest.learningPoints[locale].map((p) => h('li', {}, p)),
        ),
      ),
      variantPanel(),
      reportPanel(),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'ghost', 'data-action': 'menu', onclick: () => store.getState().backToMenu() },
          t('debrief.menu'),
        ),
        h(
          'button',
          { type: 'button', class: 'primary', 'data-action': 'replay', onclick: () => store.getState().openBriefing(entry.manifest.id) },
          t('debrief.replay'),
        ),
      ),
    );
    el.querySelector<HTMLElement>('h1')?.setAttribute('tabindex', '-1');
  }

  update();
  return { el, update, canvasSlot, destroy: () => el.remove(), focus: () => el.querySelector<HTMLElement>('h1')?.focus() };
}
