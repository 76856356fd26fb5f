/**
 * exam.html: the examiner builds an exam (scenarios in order, language, seed, time limits, weights,
 * pass mark, conditions, candidate details), checked live with the game's own exam schema, and gets
 * the exam file and the link to send to the candidate, and the same with extra time for candidates
 * granted it. An existing exam file can be opened to edit it. Nothing leaves the machine.
 */
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/space-grotesk/latin-700.css';
import '../ui/styles.css';
import './pages.css';
import './exam-builder/builder.css';
import { readExam } from '../records/read';
import { fill, h } from '../ui/dom';
import { catalog } from './catalog';
import { type BuilderForm, builderForm } from './exam-builder/form';
import { draftFromExam, newDraft, randomSeed } from './exam-builder/model';
import { builderOutput } from './exam-builder/output';
import { createBuilderPage } from './exam-builder/shell';

/** An exam file bigger than this is refused before parsing (an exam is a few hundred bytes). */
const MAX_EXAM_BYTES = 1024 * 1024;

async function main(): Promise<void> {
  const page = await createBuilderPage();
  const { t } = page;
  let form: BuilderForm | null = null;
  const output = builderOutput(page, () => form!);
  form = builderForm(page, catalog, newDraft(randomSeed(), page.locale()), (c) => output.show(c));

  // Opening an existing exam file: the form fills in, or the problems are listed, naming the fields.
  const openTitle = h('h2', { id: 's-open' });
  const openLabel = h('label', { for: 'exam-file', class: 'dropzone-label' });
  const openHint = h('p', { class: 'dropzone-hint', id: 'exam-file-hint' });
  const openResult = h('div', { 'data-load-result': '', role: 'alert' });
  const fileInput = h('input', {
    type: 'file',
    id: 'exam-file',
    accept: '.json,application/json',
    'aria-describedby': 'exam-file-hint',
    'data-exam-file': '',
  });
  let lastLoad: (() => void) | null = null;
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = ''; // the same file can be picked again
    if (file) void openFile(file);
  });
  async function openFile(file: File): Promise<void> {
    let text: string;
    try {
      if (file.size > MAX_EXAM_BYTES) throw new Error(`${file.size} bytes: far too large for an exam`);
      text = await file.text();
    } catch (e) {
      showRefusal(file.name, 'too-large', [`${file.name}: ${(e as Error).message}`]);
      return;
    }
    const read = readExam(
      text,
      catalog.map((e) => e.manifest.id),
      file.name,
    );
    if (!read.ok) {
      const { code, found, details } = read.error;
      const why = code !== 'wrong-kind' ? code : found === 'exam-report' ? 'is-exam-report' : found === 'report' ? 'is-report' : code;
      showRefusal(file.name, why, details);
      return;
    }
    const exam = read.value;
    lastLoad = () =>
      fill(
        openResult,
        h('p', { class: 'loaded', 'data-loaded': exam.id }, `✓ ${t('open.loaded', { title: exam.title, file: file.name })}`),
        // An extra-time version: the form holds the exam itself, its extra time is one of the output's links.
        exam.accommodation !== 1
          ? h(
              'p',
              { 'data-loaded-extra-time': String(exam.accommodation) },
              t('open.loadedExtraTime', { factor: exam.accommodation.toLocaleString(page.locale()) }),
            )
          : null,
      );
    lastLoad();
    form!.load(draftFromExam(exam));
  }
  function showRefusal(name: string, why: string, errors: string[]): void {
    lastLoad = () =>
      fill(
        openResult,
        h('p', { class: 'verdict verdict-refused' }, `✗ ${t('open.refused', { file: name })}`),
        h('p', { 'data-load-why': why }, t(`open.why.${why}`)),
        h(
          'details',
          { class: 'technical' },
          h('summary', { class: 'label' }, t('open.technical')),
          h(
            'ul',
            { lang: 'en', 'data-load-errors': '' },
            errors.map((e) => h('li', {}, e)),
          ),
        ),
      );
    lastLoad();
  }

  const openSection = h(
    'section',
    { class: 'dropzone', 'aria-labelledby': 's-open', 'data-open-exam': '' },
    openTitle,
    openLabel,
    fileInput,
    openHint,
    openResult,
  );
  page.main.append(openSection, form.el, output.el);

  function texts(): void {
    openTitle.textContent = t('open.title');
    openLabel.textContent = t('open.label');
    openHint.textContent = t('open.hint');
    lastLoad?.();
  }
  page.onLanguage(() => {
    texts();
    form!.render();
  });
  texts();
  form.render();
}

main().catch((e: unknown) => {
  document.body.append(
    Object.assign(document.createElement('pre'), { className: 'boot-error', textContent: String((e as Error)?.stack ?? e) }),
  );
});
