/**
 * What the verifier page and the classroom dashboard share: the page shell (./shell.ts), the drop
 * zone (also a keyboard-usable file input), reading files and checking them one by one with the
 * game's engine. Files are read with the File API and never leave the machine.
 */
import { catalog as scenarios } from './catalog';
import { fill, h } from '../ui/dom';
import { type CheckResult, type ReplayableScenario, type ScenarioLookup, checkFile } from './check';
import { MAX_RECORD_CHARS as MAX_REPORT_BYTES } from '../records/read';
import { createTeacherI18n } from './i18n';
import { loadModel, type ReplyModel } from '../analysis';
import { fetchBytes } from '../platform/assets';
import replyModelUrl from '../../models/reply-model.bin?url';
import { parseFingerprint } from './examiner';
import { BUILDER_LINK, type PageShell, TEACHER_LINKS, type Translate, createPageShell } from './shell';

export type { Translate };
export type Page = PageShell;

/** Builds the shell: header with the page title, links to the other pages (the exam builder too) and the language switch. */
export function createPage(kind: 'verify' | 'dashboard'): Promise<Page> {
  return createPageShell({
    createI18n: createTeacherI18n,
    page: kind,
    className: 'screen teacher',
    titleKey: `${kind}.title`,
    introKey: `${kind}.intro`,
    links: [...TEACHER_LINKS, BUILDER_LINK],
    current: kind,
  });
}

export interface DropZone {
  el: HTMLElement;
  update: () => void;
}

/** A page with two drop zones names the second one apart: its input's id, its texts' keys, its hooks. */
export interface DropZoneOptions {
  /** Id of the input (its hint is `<id>-hint`). */
  id: string;
  /** Keys of the label and the hint. */
  labelKey: string;
  hintKey: string;
  /** Data attribute of the zone and of its input. */
  zoneAttr: string;
  inputAttr: string;
}

const REPORT_ZONE: DropZoneOptions = {
  id: 'report-files',
  labelKey: 'drop.label',
  hintKey: 'drop.hint',
  zoneAttr: 'data-dropzone',
  inputAttr: 'data-files',
};

/**
 * A drop zone that is a labelled `<input type=file multiple>`: drag files onto it, or Tab to the
 * input and press Enter or Space to open the file picker.
 */
export function dropZone(t: Translate, onFiles: (files: File[]) => void, o: DropZoneOptions = REPORT_ZONE): DropZone {
  const input = h('input', {
    id: o.id,
    type: 'file',
    multiple: true,
    accept: '.json,application/json',
    'aria-describedby': `${o.id}-hint`,
    [o.inputAttr]: '',
  });
  const label = h('label', { for: o.id, class: 'dropzone-label' });
  const hint = h('p', { id: `${o.id}-hint`, class: 'dropzone-hint' });
  const el = h('div', { class: 'dropzone', [o.zoneAttr]: '' }, label, input, hint);
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = ''; // the same files can be picked again
    if (files.length > 0) onFiles(files);
  });
  let depth = 0;
  el.addEventListener('dragenter', (e) => {
    e.preventDefault();
    depth++;
    el.classList.add('over');
    hint.textContent = t('drop.over');
  });
  el.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  el.addEventListener('dragleave', () => {
    if (--depth <= 0) {
      depth = 0;
      el.classList.remove('over');
      hint.textContent = t(o.hintKey);
    }
  });
  el.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    el.classList.remove('over');
    hint.textContent = t(o.hintKey);
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) onFiles(files);
  });
  // A file dropped beside the zone must not make the browser navigate away to it.
  for (const type of ['dragover', 'drop'] as const) window.addEventListener(type, (e) => e.preventDefault());
  const update = () => {
    label.textContent = t(o.labelKey);
    hint.textContent = t(o.hintKey);
  };
  update();
  return { el, update };
}

/** The game's scenarios, each story loaded once, on demand. */
export function browserLookup(): ScenarioLookup {
  const cache = new Map<string, Promise<ReplayableScenario | null>>();
  // Written replies are read again by the game's own reader; without it (not downloaded), by the rules
  // alone, and a report read by the model then says where the readings differ.
  let replyModel: Promise<ReplyModel | null> | undefined;
  const model = () =>
    (replyModel ??= fetchBytes(replyModelUrl)
      .then(loadModel)
      .catch(() => null));
  return (id, locale) => {
    const key = `${id}/${locale}`;
    let found = cache.get(key);
    if (!found) {
      const entry = scenarios.find((s) => s.manifest.id === id);
      const load = entry?.loadStory[locale];
      found =
        entry && load
          ? Promise.all([load(), model()]).then(([story, replyModel]) => ({
              manifest: entry.manifest,
              charter: entry.charter,
              ...(entry.brands ? { brands: entry.brands } : {}),
              story,
              replyModel,
            }))
          : Promise.resolve(null);
      cache.set(key, found);
    }
    return found;
  };
}

export interface CheckedFile {
  result: CheckResult;
  /** The earlier file with exactly the same content, when this one is a copy. */
  duplicateOf?: string;
}

/**
 * Reads and checks files one after the other, yielding to the page between them so it stays
 * responsive and the progress message is read out. A file that cannot be read is refused.
 */
export interface CheckBatch {
  lookup: ScenarioLookup;
  /** Contents already checked (text -> results), to spot the same file twice. */
  seen: Map<string, CheckResult[]>;
  progress: (done: number, total: number) => void;
  each: (c: CheckedFile) => void;
  /** False once the list was cleared: the rest of the batch is dropped. */
  alive: () => boolean;
  /** Called once per file checked (not for copies), with its text and results: exam reports get their own check. */
  checked?: (file: string, text: string, results: CheckResult[]) => Promise<void>;
  /**
   * Called with each file's text before it is checked as a report: true when the page takes the file
   * itself (the dashboard takes the examiner's exam files and review files), which is then not checked.
   */
  take?: (file: string, text: string) => boolean;
}

export async function checkFiles(files: File[], { lookup, seen, progress, each, alive, checked, take }: CheckBatch): Promise<void> {
  for (const [i, file] of files.entries()) {
    if (!alive()) return;
    progress(i, files.length);
    await new Promise((r) => setTimeout(r, 0));
    if (!alive()) return;
    if (file.size > MAX_REPORT_BYTES) {
      each({
        result: {
          file: file.name,
          status: 'refused',
          code: 'too-large',
          errors: [`${file.name}: ${file.size} bytes, more than the ${MAX_REPORT_BYTES} a report may have`],
        },
      });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      each({ result: { file: file.name, status: 'refused', code: 'unreadable', errors: [`${file.name}: ${(e as Error).message}`] } });
      continue;
    }
    if (take?.(file.name, text)) continue;
    // The same content twice (a file picked again, a copy under another name) is checked once.
    const earlier = seen.get(text);
    if (earlier) {
      for (const result of earlier)
        each({ result: { ...result, file: result.file.replace(earlier[0]!.file.split(' › ')[0]!, file.name) }, duplicateOf: result.file });
      continue;
    }
    const results = await checkFile(file.name, text, lookup);
    if (!alive()) return;
    seen.set(text, results);
    for (const result of results) each({ result });
    await checked?.(file.name, text, results);
  }
  progress(files.length, files.length);
}

/**
 * The attributes of a box a wide table scrolls in (at 200 % text, on a narrow window) when the table
 * holds nothing to focus: the box itself takes the focus, so the keyboard can scroll it, and it is a
 * region named after the table.
 */
export const scrollBox = (label: string): Record<string, string | number> => ({
  class: 'table-wrap',
  role: 'region',
  tabindex: 0,
  'aria-label': label,
});

/** Long hostile strings stay readable: the first `max` characters, the rest in the title. */
export function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Text that may be written right to left stays isolated from its surroundings. */
export function bidi(text: string, max = 120): HTMLElement {
  const el = h('bdi', {}, clip(text, max));
  if (text.length > max) el.title = text;
  return el;
}

export { fill, h };

export interface FingerprintForm {
  form: HTMLElement;
  input: HTMLInputElement;
  /** Puts its texts in the page's language. */
  update: () => void;
}

/**
 * The examiner's exam fingerprint typed instead of their exam file (verify.html, the dashboard): a
 * labelled field that refuses what is not a fingerprint in plain words; `add` takes a valid one.
 */
export function fingerprintForm(t: Translate, labelKey: string, add: (fingerprint: string) => void): FingerprintForm {
  const label = h('label', { for: 'exam-fingerprint' });
  const hint = h('p', { id: 'exam-fingerprint-hint', class: 'dropzone-hint' });
  const error = h('p', { id: 'exam-fingerprint-error', class: 'field-error', hidden: true });
  const input = h('input', {
    id: 'exam-fingerprint',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 40,
    'aria-describedby': 'exam-fingerprint-hint exam-fingerprint-error',
    'data-fingerprint-input': '',
  });
  const button = h('button', { type: 'submit', 'data-fingerprint-add': '' });
  const form = h(
    'form',
    { class: 'fingerprint-form', 'data-fingerprint-form': '' },
    label,
    h('div', { class: 'fingerprint-row' }, input, button),
    hint,
    error,
  );
  const valid = (ok: boolean) => {
    error.hidden = ok;
    if (ok) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const fingerprint = parseFingerprint(input.value);
    valid(fingerprint !== null);
    if (!fingerprint) {
      input.focus();
      return;
    }
    input.value = '';
    add(fingerprint);
  });
  input.addEventListener('input', () => valid(true));
  const update = () => {
    label.textContent = t(labelKey);
    hint.textContent = t('examiner.fingerprintHint');
    error.textContent = t('examiner.fingerprintInvalid');
    button.textContent = t('examiner.fingerprintAdd');
  };
  update();
  return { form, input, update };
}
