/**
 * The examiner's space on hub.html, when the page is served by a hub: sign in and out, publish an exam
 * file, make invitation links for a list of candidates (shown once, to copy), follow each candidate's
 * attempts (refreshed while the page is visible), grant a new attempt, download a signed result, and
 * export or erase a candidate's data. Everything goes through the hub's API (server/exams/examiner-routes.ts);
 * whatever a candidate or an exam file wrote is shown as text.
 */
import { downloadText } from '../platform/download';
import { fill, h } from '../ui/dom';
import { type HubAnswer, type HubAttemptRow, type HubExamRow, type HubInvitationRow, type HubUser, hubCall } from './hub-api';
import type { PageShell } from './shell';

/** How often the attempts table is read again while the page is visible ("live-ish"). */
const REFRESH_MS = 10_000;

/** `onUser` hears who is signed in (null: no one), for the live classes beside (src/pages/hub-classes.ts). */
export function mountExaminer(page: PageShell, onUser: (user: HubUser | null) => void = () => {}): void {
  const { t } = page;
  const section = h('section', { class: 'panel hub-examiner', 'aria-labelledby': 'hub-examiner-title', 'data-hub-examiner': '' });
  page.main.append(section);
  let user: HubUser | null = null;
  let exams: HubExamRow[] = [];
  let current: HubExamRow | null = null;
  let attempts: { scenarios: number; invitations: HubInvitationRow[] } | null = null;
  /** Links just made: shown until the examiner leaves the exam (the hub keeps only their hash). */
  let made: { label: string; url: string }[] = [];
  let publishProblems: string[] = [];
  let timer: ReturnType<typeof setInterval> | null = null;
  /** Where focus goes after a redraw (an element's `data-focus` value), so keyboard users keep their place. */
  let focusAfter: string | null = null;

  const say = (text: string) => {
    page.status.textContent = text;
  };
  const problem = (answer: HubAnswer<unknown>) =>
    answer.status === 0
      ? t('hubConsole.offline')
      : answer.status === 429
        ? t('hubConsole.tooMany')
        : t('hubConsole.failed', { message: answer.data.message ?? String(answer.status) });
  /** A signed-out answer (the session expired) brings the sign-in form back. */
  const signedOut = (answer: HubAnswer<unknown>) => {
    if (answer.status !== 401) return false;
    user = null;
    render();
    return true;
  };

  async function loadExams(): Promise<void> {
    const res = await hubCall<{ exams: HubExamRow[] }>('GET', 'api/exams');
    if (signedOut(res)) return;
    if (!res.ok) return say(problem(res));
    exams = res.data.exams;
    render();
  }

  async function loadAttempts(quiet = false): Promise<void> {
    if (!current) return;
    const res = await hubCall<{ scenarios: number; invitations: HubInvitationRow[] }>('GET', `api/exams/${current.id}/attempts`);
    if (signedOut(res)) return;
    if (!res.ok) return say(problem(res));
    attempts = res.data;
    render();
    if (!quiet) say(t('hubConsole.refreshed', { time: new Date().toLocaleTimeString(page.locale()) }));
  }

  function follow(on: boolean): void {
    if (timer) clearInterval(timer);
    timer = on ? setInterval(() => void (document.hidden ? null : loadAttempts(true)), REFRESH_MS) : null;
  }

  async function signIn(): Promise<void> {
    const res = await hubCall<{ user: HubUser }>('POST', 'api/auth/login', { email: email.value, password: password.value });
    if (!res.ok) {
      say(res.status === 401 ? t('hubConsole.wrongCredentials') : problem(res));
      focusAfter = 'email';
      return render();
    }
    user = res.data.user;
    password.value = '';
    say(t('hubConsole.signedInAs', { name: user.name, email: user.email }));
    focusAfter = 'publish';
    await loadExams();
  }

  async function signOutNow(): Promise<void> {
    await hubCall('POST', 'api/auth/logout');
    user = null;
    current = null;
    attempts = null;
    made = [];
    follow(false);
    say(t('hubConsole.signedOut'));
    focusAfter = 'email';
    render();
  }

  async function publish(file: File): Promise<void> {
    let exam: unknown = null;
    try {
      exam = JSON.parse(await file.text());
    } catch {
      // Not JSON: the hub's refusal names it like any other bad file.
    }
    const res = await hubCall<{ id: string }>('POST', 'api/exams', { exam });
    if (signedOut(res)) return;
    if (!res.ok) {
      publishProblems = res.data.details ?? [res.data.message ?? String(res.status)];
      say(res.status === 400 ? t('hubConsole.notExam') : problem(res));
      return render();
    }
    publishProblems = [];
    const title = (exam as { title?: unknown }).title;
    say(t('hubConsole.published', { title: typeof title === 'string' ? title : '' }));
    await loadExams();
    const row = exams.find((e) => e.id === res.data.id);
    if (row) await openExam(row);
  }

  async function openExam(row: HubExamRow): Promise<void> {
    current = row;
    made = [];
    attempts = null;
    focusAfter = 'invite-labels';
    await loadAttempts(true);
    follow(true);
  }

  async function invite(text: string): Promise<void> {
    if (!current) return;
    const names = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (names.length === 0) return say(t('hubConsole.noLabels'));
    const res = await hubCall<{ invitations: { label: string; link: string }[] }>('POST', `api/exams/${current.id}/invitations`, {
      labels: names,
    });
    if (signedOut(res)) return;
    if (!res.ok) return say(problem(res));
    // The link opens the game on this hub: its token is in the fragment, never sent to a server.
    made = res.data.invitations.map((i) => ({ label: i.label, url: new URL(i.link, location.href).toString() }));
    say(t('hubConsole.made', { count: made.length }));
    labels.value = '';
    // The exam list counts the links.
    await loadExams();
    focusAfter = 'copy-all';
    await loadAttempts(true);
  }

  async function copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      say(t('hubConsole.copied'));
    } catch {
      say(t('hubConsole.copyFailed'));
    }
  }

  async function act(
    kind: 'grant' | 'download' | 'export' | 'erase',
    invitation: HubInvitationRow,
    attempt?: HubAttemptRow,
  ): Promise<void> {
    if (kind === 'erase' && !window.confirm(t('hubConsole.eraseConfirm', { label: invitation.label }))) return;
    const res =
      kind === 'grant'
        ? await hubCall('POST', `api/invitations/${invitation.id}/grant`)
        : kind === 'download'
          ? await hubCall('GET', `api/attempts/${attempt!.id}/result`)
          : kind === 'export'
            ? await hubCall('GET', `api/invitations/${invitation.id}/export`)
            : await hubCall('DELETE', `api/invitations/${invitation.id}`);
    if (signedOut(res)) return;
    if (!res.ok) return say(problem(res));
    if (kind === 'download' || kind === 'export') {
      downloadText(res.fileName ?? `frontline-hub-${kind}.json`, res.text);
      return;
    }
    say(t(kind === 'grant' ? 'hubConsole.granted' : 'hubConsole.erased', { label: invitation.label }));
    focusAfter = 'refresh';
    await loadAttempts(true);
  }

  // --- Drawing ---------------------------------------------------------------------------------

  // Made once, so that a redraw (a refusal, a refresh, a language switch) keeps what was typed.
  const labels = h('textarea', { id: 'hub-labels', rows: 4, 'data-hub-labels': '', 'data-focus': 'invite-labels' });
  const email = h('input', { id: 'hub-email', type: 'email', autocomplete: 'username', required: true, 'data-focus': 'email' });
  const password = h('input', { id: 'hub-password', type: 'password', autocomplete: 'current-password', required: true });

  function signInForm(): HTMLElement {
    return h(
      'form',
      {
        class: 'hub-sign-in',
        'data-hub-sign-in': '',
        onsubmit: (e: Event) => {
          e.preventDefault();
          void signIn();
        },
      },
      h('div', { class: 'field' }, h('label', { for: 'hub-email' }, t('hubConsole.email')), email),
      h('div', { class: 'field' }, h('label', { for: 'hub-password' }, t('hubConsole.password')), password),
      h('button', { type: 'submit', class: 'primary' }, t('hubConsole.signIn')),
    );
  }

  function publishForm(): HTMLElement {
    const input = h('input', {
      id: 'hub-publish',
      type: 'file',
      accept: '.json,application/json',
      'aria-describedby': 'hub-publish-hint',
      'data-hub-publish': '',
      'data-focus': 'publish',
      onchange: (e: Event) => {
        const file = (e.target as HTMLInputElement).files?.[0];
        if (file) void publish(file);
      },
    });
    return h(
      'section',
      { 'aria-labelledby': 'hub-publish-title' },
      h('h3', { id: 'hub-publish-title' }, t('hubConsole.publishTitle')),
      h('p', { id: 'hub-publish-hint', class: 'note' }, t('hubConsole.publishHint')),
      h('div', { class: 'field' }, h('label', { for: 'hub-publish' }, t('hubConsole.publishLabel')), input),
      publishProblems.length
        ? h(
            'div',
            { role: 'alert', 'data-publish-problems': '' },
            h('p', {}, t('hubConsole.notExam')),
            h(
              'ul',
              {},
              publishProblems.map((p) => h('li', {}, p)),
            ),
          )
        : null,
    );
  }

  function examList(): HTMLElement {
    return h(
      'section',
      { 'aria-labelledby': 'hub-exams-title' },
      h('h3', { id: 'hub-exams-title' }, t('hubConsole.examsTitle')),
      exams.length === 0
        ? h('p', { class: 'empty' }, t('hubConsole.noExams'))
        : h(
            'ul',
            { class: 'hub-exams', 'data-hub-exams': '' },
            exams.map((e) =>
              h(
                'li',
                { 'data-exam-key': e.exam_key },
                h('span', {}, `${e.title} (${e.exam_key}) · ${t('hubConsole.links', { count: e.invitations })} `),
                h(
                  'button',
                  {
                    type: 'button',
                    'aria-pressed': String(current?.id === e.id),
                    'aria-label': `${t('hubConsole.open')} — ${e.title}`,
                    onclick: () => void openExam(e),
                  },
                  t('hubConsole.open'),
                ),
              ),
            ),
          ),
    );
  }

  function inviteForm(): HTMLElement {
    return h(
      'section',
      { 'aria-labelledby': 'hub-invite-title' },
      h('h3', { id: 'hub-invite-title' }, `${t('hubConsole.inviteTitle')} — ${current!.title}`),
      h(
        'form',
        {
          onsubmit: (e: Event) => {
            e.preventDefault();
            void invite(labels.value);
          },
        },
        h('div', { class: 'field' }, h('label', { for: 'hub-labels' }, t('hubConsole.inviteLabel')), labels),
        h('button', { type: 'submit', 'data-hub-invite': '' }, t('hubConsole.invite')),
      ),
      made.length
        ? h(
            'div',
            { 'data-hub-links': '' },
            h('p', {}, t('hubConsole.made', { count: made.length })),
            h(
              'ul',
              { class: 'hub-links' },
              made.map((m, i) =>
                h(
                  'li',
                  {},
                  h('label', { for: `hub-link-${i}` }, t('hubConsole.linkFor', { label: m.label })),
                  h('input', { id: `hub-link-${i}`, type: 'text', readonly: true, value: m.url, 'data-hub-link': m.label }),
                  h(
                    'button',
                    { type: 'button', 'aria-label': `${t('hubConsole.copy')} — ${m.label}`, onclick: () => void copy(m.url) },
                    t('hubConsole.copy'),
                  ),
                ),
              ),
            ),
            h(
              'button',
              {
                type: 'button',
                'data-focus': 'copy-all',
                onclick: () => void copy(made.map((m) => `${m.label}\t${m.url}`).join('\n')),
              },
              t('hubConsole.copyAll'),
            ),
          )
        : null,
    );
  }

  function stateOf(a: HubAttemptRow | undefined, scenarios: number): string {
    if (!a) return t('hubConsole.state.unused');
    const state = a.finished_at
      ? t('hubConsole.state.finished')
      : t('hubConsole.state.playing', { n: a.scenario_index + 1, total: scenarios });
    return a.number > 1 ? `${t('hubConsole.state.attempt', { n: a.number })} · ${state}` : state;
  }

  function attemptsTable(): HTMLElement {
    const list = attempts?.invitations ?? [];
    const head = ['candidate', 'state', 'events', 'late', 'gap', 'result', 'actions'].map((k) =>
      h('th', { scope: 'col' }, t(`hubConsole.col.${k}`)),
    );
    const rows = list.map((inv) => {
      const last = inv.attempts[inv.attempts.length - 1];
      const used = inv.attempts.length >= inv.attempts_allowed && last?.finished_at;
      const result =
        last && last.overall !== null
          ? t(last.passed ? 'hubConsole.passed' : 'hubConsole.failedScore', { score: last.overall })
          : t('hubConsole.noResult');
      const button = (key: string, kind: 'grant' | 'download' | 'export' | 'erase', attr: string) =>
        h(
          'button',
          { type: 'button', class: 'small', id: `${kind}-${inv.id}`, [attr]: '', onclick: () => void act(kind, inv, last) },
          t(`hubConsole.${key}`),
        );
      return h(
        'tr',
        { 'data-candidate': inv.label },
        h('th', { scope: 'row' }, inv.label),
        h('td', { 'data-state': '' }, stateOf(last, attempts?.scenarios ?? 1)),
        h('td', { 'data-events': '' }, String(last?.events ?? 0)),
        h('td', { 'data-late': '' }, String(last?.lateEvents ?? 0)),
        h('td', {}, t('hubConsole.gapSeconds', { seconds: Math.round((last?.maxGapMs ?? 0) / 1000) })),
        h('td', { 'data-result': '' }, result),
        h(
          'td',
          {},
          h(
            'div',
            { class: 'hub-actions', role: 'group', 'aria-label': t('hubConsole.actionsFor', { label: inv.label }) },
            used ? button('grant', 'grant', 'data-grant') : null,
            last?.overall !== null && last ? button('download', 'download', 'data-download-result') : null,
            button('exportData', 'export', 'data-export'),
            button('erase', 'erase', 'data-erase'),
          ),
        ),
      );
    });
    return h(
      'section',
      { 'aria-labelledby': 'hub-attempts-title' },
      h(
        'div',
        { class: 'section-head' },
        h('h3', { id: 'hub-attempts-title' }, t('hubConsole.attemptsTitle')),
        h(
          'button',
          { type: 'button', id: 'hub-refresh', 'data-refresh': '', 'data-focus': 'refresh', onclick: () => void loadAttempts() },
          t('hubConsole.refresh'),
        ),
      ),
      list.length === 0
        ? h('p', { class: 'empty' }, t('hubConsole.noInvitations'))
        : h(
            'div',
            { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'hub-attempts-title' },
            h('table', { class: 'data', 'data-hub-attempts': '' }, h('thead', {}, h('tr', {}, head)), h('tbody', {}, rows)),
          ),
    );
  }

  function render(): void {
    onUser(user);
    // The section is rebuilt (a refresh every few seconds): the control the keyboard was on keeps the focus.
    const was = section.contains(document.activeElement) ? document.activeElement?.id : undefined;
    const title = h('h2', { id: 'hub-examiner-title' }, t('hubConsole.signInTitle'));
    if (!user) {
      section.replaceChildren(title, signInForm());
    } else {
      fill(
        section,
        title,
        h(
          'p',
          { class: 'hub-user', 'data-hub-user': user.email },
          `${t('hubConsole.signedInAs', { name: user.name, email: user.email })} `,
          h('button', { type: 'button', 'data-sign-out': '', onclick: () => void signOutNow() }, t('hubConsole.signOut')),
        ),
        publishForm(),
        examList(),
        current ? inviteForm() : null,
        current ? attemptsTable() : null,
      );
    }
    if (focusAfter) {
      section.querySelector<HTMLElement>(`[data-focus="${focusAfter}"]`)?.focus();
      focusAfter = null;
    } else if (was) document.getElementById(was)?.focus();
  }

  page.onLanguage(render);
  render();
  void hubCall<{ user: HubUser | null }>('GET', 'api/auth/session').then(async (res) => {
    if (!res.ok || !res.data.user) return;
    user = res.data.user;
    await loadExams();
  });
}
