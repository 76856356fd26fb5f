/**
 * hub.html, served by a Frontline Hub (server/): the hub's public key, which examiners give to whoever
 * verifies its signed results (verify.html, `npm run verify-report -- --hub-key`), and the examiner's
 * space (src/pages/hub-examiner.ts). Read from the hub it is served by (same origin); opened anywhere
 * else, the page says it needs a hub.
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/space-grotesk/latin-700.css';
import '../ui/styles.css';
import './pages.css';
import * as v from 'valibot';
import { keyIdOf } from '../engine/hub-signature';
import { createTeacherI18n } from './i18n';
import { BUILDER_LINK, TEACHER_LINKS, createPageShell } from './shell';
import { h } from './common';
import { mountExaminer } from './hub-examiner';
import { mountClasses } from './hub-classes';
import { servedByHub } from './hub-api';

const KeySchema = v.object({ keyId: v.string(), publicKey: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)) });

/** The hub's key, or null when this page is not served by a hub (or the answer is not a key). */
async function hubKey(): Promise<v.InferOutput<typeof KeySchema> | null> {
  // A secure page tells whether a hub serves it without a request (a probe would be a 404 on a static site);
  // elsewhere the browser hides that mark, so the API is asked.
  if (window.isSecureContext && !servedByHub()) return null;
  try {
    const res = await fetch('./api/hub/key', { headers: { accept: 'application/json' } });
    if (!res.ok) return null;
    const parsed = v.safeParse(KeySchema, await res.json());
    // The id is the key's own digest: a key id that does not match it is not trusted on the page.
    return parsed.success && keyIdOf(parsed.output.publicKey) === parsed.output.keyId ? parsed.output : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const page = await createPageShell({
    createI18n: createTeacherI18n,
    page: 'hub',
    className: 'screen teacher',
    titleKey: 'hubPage.title',
    introKey: 'hubPage.intro',
    links: [...TEACHER_LINKS, BUILDER_LINK],
    current: 'hub',
    privacyKey: 'hubPage.privacy',
  });
  const { t } = page;
  const key = await hubKey();
  const title = h('h2', { id: 'hub-key-title' });
  const idLabel = h('dt', {});
  const keyLabel = h('dt', {});
  const how = h('p', {});
  const none = h('p', { 'data-hub-none': '' });
  const facts = h(
    'dl',
    { class: 'facts' },
    idLabel,
    h('dd', { 'data-hub-key-id': '', class: 'hub-key' }, key?.keyId ?? ''),
    keyLabel,
    h('dd', {}, h('code', { 'data-hub-public-key': '', class: 'hub-key' }, key?.publicKey ?? '')),
  );
  page.main.append(
    h('section', { class: 'panel', 'aria-labelledby': 'hub-key-title', 'data-hub-key-section': '' }, title, key ? facts : none, how),
  );
  const render = () => {
    title.textContent = t('hubPage.keyTitle');
    idLabel.textContent = t('hubPage.keyId');
    keyLabel.textContent = t('hubPage.publicKey');
    how.textContent = t('hubPage.how');
    none.textContent = t('hubPage.none');
  };
  page.onLanguage(render);
  render();
  page.status.textContent = key ? t('hubPage.ready') : t('hubPage.none');
  // Served by a hub: the examiner's space (sign-in, exams, links, attempts) under the key.
  if (key) mountExaminer(page, mountClasses(page));
}

main().catch((e: unknown) => {
  document.body.append(
    Object.assign(document.createElement('pre'), { className: 'boot-error', textContent: String((e as Error)?.stack ?? e) }),
  );
});
