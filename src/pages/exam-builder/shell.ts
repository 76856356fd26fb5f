/**
 * The exam builder's page shell: the teacher pages' shell (src/pages/shell.ts) — header with links
 * to the other pages, the page-language switch, title, intro and privacy note, and a polite status
 * line — with its own strings (src/i18n/builder.*.ts) in its own i18next instance.
 */
import type { TFunction } from 'i18next';
import { type NavLink, type PageShell, TEACHER_LINKS, createPageShell } from '../shell';
import { createBuilderI18n } from './i18n';

export interface BuilderPage extends PageShell {
  t: TFunction;
}

const LINKS: readonly NavLink[] = [...TEACHER_LINKS, { key: 'builder', href: './exam.html', nav: 'exam' }];

export function createBuilderPage(): Promise<BuilderPage> {
  return createPageShell({
    createI18n: createBuilderI18n,
    page: 'exam',
    className: 'screen teacher exam-builder',
    titleKey: 'title',
    introKey: 'intro',
    links: LINKS,
    current: 'builder',
  });
}
