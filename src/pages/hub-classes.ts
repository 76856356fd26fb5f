/**
 * Live classes on hub.html, for a signed-in teacher: open a session (scenario, language, variants, time
 * scale, written replies), show its code big, follow the students live (server-sent events from the
 * hub), see how the class answered each post and the rules broken most, pause and resume everyone,
 * send a prepared event, end the session and open the class debrief (the dashboard, fed by the hub).
 * Whatever a student typed (their name) is shown as text.
 */
import * as v from 'valibot';
import { classSummary } from '../engine/class-summary';
import { type ClassSettings, type LiveClass, LiveClassSchema, LiveStudentSchema } from '../records/class-live';
import { fill, h } from '../ui/dom';
import { type HubAnswer, type HubUser, hubCall } from './hub-api';
import type { PageShell } from './shell';

interface ScenarioChoice {
  id: string;
  title: Record<string, string>;
  locales: string[];
  variants: boolean;
}
interface ClassRow {
  id: string;
  code: string;
  title: string;
  ended: boolean;
  students: number;
}

/** The live view is drawn again at most this often, however fast acts arrive. */
const DRAW_MS = 400;

export function mountClasses(page: PageShell): (user: HubUser | null) => void {
  const { t } = page;
  // Placed under the examiner's space once a teacher signs in there.
  const section = h('section', {
    class: 'panel hub-classes',
    'aria-labelledby': 'hub-classes-title',
    'data-hub-classes': '',
    hidden: true,
  });
  let user: HubUser | null = null;
  let scenarios: ScenarioChoice[] = [];
  let classes: ClassRow[] = [];
  let live: LiveClass | null = null;
  let stream: EventSource | null = null;
  let drawTimer: ReturnType<typeof setTimeout> | null = null;
  let focusAfter: string | null = null;
  /** Built once per language: the live view redraws often, and the teacher's choices in the form must stay. */
  let form: HTMLElement | null = null;

  const say = (text: string) => {
    page.status.textContent = text;
  };
  const failed = (answer: HubAnswer<unknown>) =>
    say(answer.status === 0 ? t('hubConsole.offline') : t('hubConsole.failed', { message: answer.data.message ?? String(answer.status) }));

  async function load(): Promise<void> {
    const [s, c] = await Promise.all([
      hubCall<{ scenarios: ScenarioChoice[] }>('GET', 'api/hub/scenarios'),
      hubCall<{ classes: ClassRow[] }>('GET', 'api/classes'),
    ]);
    if (!s.ok || !c.ok) return failed(s.ok ? c : s);
    if (scenarios.length !== s.data.scenarios.length) form = null;
    scenarios = s.data.scenarios;
    classes = c.data.classes;
    render();
  }

  function follow(id: string): void {
    stream?.close();
    stream = new EventSource(`./api/classes/${id}/live`);
    stream.addEventListener('open', () => say(t('hubClasses.connection')));
    stream.addEventListener('error', () => say(t('hubClasses.reconnecting')));
    stream.addEventListener('state', (e) => {
      const parsed = v.safeParse(LiveClassSchema, JSON.parse((e as MessageEvent<string>).data));
      if (!parsed.success) return;
      live = parsed.output;
      soon();
    });
    stream.addEventListener('student', (e) => {
      const parsed = v.safeParse(LiveStudentSchema, JSON.parse((e as MessageEvent<string>).data));
      if (!parsed.success || !live) return;
      const student = parsed.output;
      const at = live.students.findIndex((s) => s.id === student.id);
      live = { ...live, students: at >= 0 ? live.students.map((s, i) => (i === at ? student : s)) : [...live.students, student] };
      soon();
    });
  }
  const soon = () => {
    drawTimer ??= setTimeout(() => {
      drawTimer = null;
      render();
    }, DRAW_MS);
  };

  async function act(path: string, body: unknown, done: string): Promise<void> {
    if (!live) return;
    const res = await hubCall('POST', `api/classes/${live.id}/${path}`, body);
    if (!res.ok) return failed(res);
    say(done);
  }

  function openForm(): HTMLElement {
    const scenario = h('select', { id: 'class-scenario', name: 'scenario', 'data-class-scenario': '' });
    for (const s of scenarios) scenario.append(h('option', { value: s.id }, s.title[page.locale()] ?? s.id));
    const locale = h('select', { id: 'class-locale', name: 'locale', 'data-class-locale': '' });
    for (const l of ['fr', 'en'])
      locale.append(h('option', { value: l, ...(l === page.locale() ? { selected: true } : {}) }, t(`lang.${l}`)));
    const variants = h('select', { id: 'class-variants', name: 'variants' });
    for (const [value, key] of [
      ['shared', 'variantShared'],
      ['per-student', 'variantPerStudent'],
      ['none', 'variantNone'],
    ] as const)
      variants.append(h('option', { value }, t(`hubClasses.${key}`)));
    const timescale = h('select', { id: 'class-timescale', name: 'timescale' });
    for (const n of [1, 2, 4]) timescale.append(h('option', { value: String(n) }, t('hubClasses.timescaleValue', { n })));
    const freeText = h('input', { type: 'checkbox', id: 'class-free', name: 'freeText', checked: true });
    const form = h(
      'form',
      { class: 'hub-form', 'data-class-open': '' },
      h('h3', { id: 'hub-class-open-title' }, t('hubClasses.openTitle')),
      h('label', { for: 'class-scenario' }, t('hubClasses.scenario')),
      scenario,
      h('label', { for: 'class-locale' }, t('hubClasses.language')),
      locale,
      h('label', { for: 'class-variants' }, t('hubClasses.variants')),
      variants,
      h('label', { for: 'class-timescale' }, t('hubClasses.timescale')),
      timescale,
      h('p', { class: 'check' }, freeText, ' ', h('label', { for: 'class-free' }, t('hubClasses.freeText'))),
      h('button', { type: 'submit', 'data-action': 'open-class' }, t('hubClasses.open')),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const settings: ClassSettings = {
        scenario: scenario.value,
        locale: locale.value === 'fr' ? 'fr' : 'en',
        variants: variants.value as ClassSettings['variants'],
        timescale: Number(timescale.value) as ClassSettings['timescale'],
        freeText: freeText.checked,
      };
      const res = await hubCall<{ id: string; code: string }>('POST', 'api/classes', { settings });
      if (!res.ok) return failed(res);
      say(t('hubClasses.opened'));
      focusAfter = 'code';
      follow(res.data.id);
      await load();
    });
    return form;
  }

  function classList(): HTMLElement {
    return h(
      'section',
      { 'aria-labelledby': 'hub-class-list-title' },
      h('h3', { id: 'hub-class-list-title' }, t('hubClasses.listTitle')),
      classes.length === 0
        ? h('p', { class: 'empty' }, t('hubClasses.none'))
        : h(
            'ul',
            { class: 'hub-class-list', 'data-class-list': '' },
            classes.map((c) =>
              h(
                'li',
                {},
                h('strong', { class: 'hub-key' }, c.code),
                ` ${c.title} — ${t('hubClasses.share', { count: c.students })} — ${t(c.ended ? 'hubClasses.stateEnded' : 'hubClasses.stateLive')} `,
                h(
                  'button',
                  { type: 'button', 'data-follow': c.code, onclick: () => follow(c.id) },
                  t('hubClasses.follow', { code: c.code }),
                ),
              ),
            ),
          ),
    );
  }

  function liveView(cls: LiveClass): HTMLElement {
    const summary = classSummary(cls.students);
    const judgement = (j: string | null) => (j ? t(`hubClasses.judgement.${j}`) : '');
    const injectSelect = h('select', { id: 'class-inject', 'data-class-inject': '' });
    for (const i of cls.injects.filter((x) => !cls.fired.some((f) => f.knot === x.knot)))
      injectSelect.append(h('option', { value: i.knot }, i.label));
    const controls = cls.ended
      ? h('p', { 'data-class-ended': '' }, t('hubClasses.ended'))
      : h(
          'div',
          { class: 'hub-class-controls' },
          h(
            'button',
            {
              type: 'button',
              'data-action': 'pause-class',
              'data-focus': 'pause',
              'aria-pressed': String(cls.paused),
              onclick: () => {
                focusAfter = 'pause';
                void act('pause', { paused: !cls.paused }, t(cls.paused ? 'hubClasses.resumed' : 'hubClasses.paused'));
              },
            },
            t(cls.paused ? 'hubClasses.resume' : 'hubClasses.pause'),
          ),
          injectSelect.options.length > 0
            ? h(
                'span',
                { class: 'hub-class-inject' },
                h('label', { for: 'class-inject' }, t('hubClasses.injectLabel')),
                ' ',
                injectSelect,
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    'data-action': 'inject-class',
                    onclick: () => {
                      const label = injectSelect.selectedOptions[0]?.textContent ?? '';
                      void act('inject', { knot: injectSelect.value }, t('hubClasses.injected', { label }));
                    },
                  },
                  t('hubClasses.inject'),
                ),
              )
            : h('span', { class: 'muted' }, t('hubClasses.noInjects')),
          h(
            'button',
            {
              type: 'button',
              class: 'danger',
              'data-action': 'end-class',
              onclick: () => {
                if (window.confirm(t('hubClasses.endConfirm'))) void act('end', {}, t('hubClasses.ended'));
              },
            },
            t('hubClasses.end'),
          ),
        );
    const rows = cls.students.map((s) => {
      const snap = s.snapshot;
      const last = snap?.decisions.at(-1);
      return h(
        'tr',
        { 'data-class-student': s.name },
        h('th', { scope: 'row' }, s.name),
        h(
          'td',
          {},
          snap ? t('hubClasses.progressValue', { count: snap.decisions.length, open: snap.open }) : '',
          snap?.finished ? ` (${t('hubClasses.finished')})` : '',
        ),
        h('td', { class: 'excerpt' }, snap?.current?.text ?? ''),
        h(
          'td',
          { class: 'excerpt' },
          last
            ? `${last.text || t(last.source === 'free' ? 'hubClasses.written' : 'hubClasses.deadline')} (${judgement(last.judgement)})`
            : '',
        ),
        h('td', { 'data-class-score': '' }, snap ? String(snap.scores.overall) : ''),
      );
    });
    return h(
      'section',
      { class: 'hub-class-live', 'aria-labelledby': 'hub-class-live-title', 'data-class-live': cls.id },
      h('h3', { id: 'hub-class-live-title' }, t('hubClasses.liveTitle', { code: cls.code, title: cls.title })),
      h(
        'p',
        { class: 'hub-class-code-box' },
        h('span', { class: 'label' }, t('hubClasses.codeLabel')),
        h('strong', { class: 'hub-class-code', 'data-class-code': '', tabindex: -1, 'data-focus': 'code' }, cls.code),
        h('span', {}, t('hubClasses.codeHint')),
      ),
      cls.paused ? h('p', { role: 'status', 'data-class-paused': '' }, t('hubClasses.paused')) : null,
      controls,
      h(
        'p',
        {},
        h('a', { href: `dashboard.html?hub-class=${encodeURIComponent(cls.id)}`, 'data-class-debrief': '' }, t('hubClasses.debrief')),
      ),
      h('h4', { id: 'hub-class-students-title' }, t('hubClasses.studentsTitle')),
      cls.students.length === 0
        ? h('p', { class: 'empty' }, t('hubClasses.noStudents'))
        : h(
            'div',
            { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'hub-class-students-title' },
            h(
              'table',
              { class: 'data', 'data-class-students': '' },
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['name', 'progress', 'current', 'last', 'score'].map((k) => h('th', { scope: 'col' }, t(`hubClasses.${k}`))),
                ),
              ),
              h('tbody', {}, rows),
            ),
          ),
      h('h4', {}, t('hubClasses.choicesTitle')),
      summary.posts.length === 0
        ? h('p', { class: 'empty' }, t('hubClasses.noChoices'))
        : h(
            'ol',
            { class: 'hub-class-choices', 'data-class-choices': '' },
            summary.posts.map((p) =>
              h(
                'li',
                {},
                h('p', { class: 'excerpt' }, p.text, ' — ', t('hubClasses.answers', { count: p.total })),
                h(
                  'ul',
                  {},
                  p.answers.map((a) =>
                    h(
                      'li',
                      { 'data-answer-share': a.key },
                      h('meter', { min: 0, max: p.total, value: a.count, 'aria-hidden': 'true' }),
                      ` ${a.text || t(a.key === 'free' ? 'hubClasses.written' : 'hubClasses.deadline')}`,
                      a.judgement ? ` (${judgement(a.judgement)})` : '',
                      ` — ${t('hubClasses.share', { count: a.count })}`,
                    ),
                  ),
                ),
              ),
            ),
          ),
      h('h4', {}, t('hubClasses.rulesTitle')),
      summary.rules.length === 0
        ? h('p', { class: 'empty' }, t('hubClasses.noRules'))
        : h(
            'ol',
            { 'data-class-rules': '' },
            summary.rules
              .slice(0, 5)
              .map((r) => h('li', {}, `${cls.rules[r.ruleId] ?? r.ruleId} — ${t('hubClasses.ruleCount', { count: r.count })}`)),
          ),
    );
  }

  function render(): void {
    section.hidden = !user;
    if (!user) return;
    const was = section.contains(document.activeElement) ? document.activeElement?.id : undefined;
    form ??= openForm();
    fill(section, h('h2', { id: 'hub-classes-title' }, t('hubClasses.title')), form, classList(), live ? liveView(live) : null);
    if (focusAfter) {
      section.querySelector<HTMLElement>(`[data-focus="${focusAfter}"]`)?.focus();
      focusAfter = null;
    } else if (was) document.getElementById(was)?.focus();
  }

  page.onLanguage(() => {
    form = null;
    render();
  });
  return (signedIn) => {
    if (signedIn?.id === user?.id) return;
    if (!section.isConnected) page.main.append(section);
    user = signedIn;
    if (!user) {
      stream?.close();
      stream = null;
      live = null;
      render();
      return;
    }
    void load();
  };
}
