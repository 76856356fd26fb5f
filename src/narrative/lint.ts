/**
 * Static checks of Ink source that the compiler cannot make: unescaped hashtags that Ink would
 * silently turn into tags, and tags that break the grammar or name unknown personas or rules.
 * Every problem names its file and line. Pure: used at build time and by the in-game loader of
 * teachers' own scenarios.
 */
import { TAG_GRAMMAR, checkTagValue, isTagKey, splitList } from './tags';

export interface InkProblem {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s*)?line (\d+):\s*(.*)$/s;

export function parseInkMessage(raw: string, fallbackFile: string): InkProblem {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return { file: fallbackFile, line: 0, message: raw.trim(), severity: 'error' };
  return {
    file: m[2] ?? fallbackFile,
    line: Number(m[3]),
    message: (m[4] ?? '').trim(),
    severity: m[1]?.includes('ERROR') ? 'error' : 'warning',
  };
}

export const formatProblem = (p: InkProblem): string => `${p.file}:${p.line}: ${p.severity}: ${p.message}`;

export interface LintContext {
  personas: ReadonlySet<string>;
  rules: ReadonlySet<string>;
}

/** Splits a line into its text and the raw tags Ink would read, ignoring escaped `\#`. */
export function splitTags(line: string): { text: string; tags: { raw: string; column: number }[] } {
  const tags: { raw: string; column: number }[] = [];
  let text = '';
  let current: { raw: string; column: number } | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '\\' && i + 1 < line.length) {
      if (current) current.raw += ch + line[i + 1];
      else text += ch + line[i + 1];
      i++;
    } else if (ch === '#') {
      current = { raw: '', column: i + 1 };
      tags.push(current);
    } else if (current && (ch === ']' || ch === '}')) {
      // A tag inside choice brackets stops at the bracket.
      current = null;
      text += ch;
    } else if (current) {
      current.raw += ch;
    } else {
      text += ch;
    }
  }
  return { text, tags: tags.map((t) => ({ ...t, raw: t.raw.trim() })) };
}

const stripComments = (source: string): string[] => {
  // Blank out block comments but keep line numbers.
  const noBlocks = source.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '));
  return noBlocks.split('\n').map((l) => l.replace(/(^|[^:\\])\/\/.*$/, '$1'));
};

export function lintInk(file: string, source: string, ctx: LintContext): InkProblem[] {
  const problems: InkProblem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message, severity: 'error' });
  stripComments(source).forEach((line, i) => {
    const lineNo = i + 1;
    if (/^\s*(INCLUDE|VAR|CONST|LIST|EXTERNAL|~)/.test(line)) return;
    for (const { raw } of splitTags(line).tags) {
      const m = /^([a-z][a-z-]*)\s*:\s*(.*)$/s.exec(raw);
      if (!m) {
        const word = raw.split(/\s/)[0] ?? '';
        report(lineNo, `unescaped "#${word}": Ink reads it as a tag and drops it from the text; write "\\#${word}"`);
        continue;
      }
      const key = m[1] ?? '';
      const value = (m[2] ?? '').trim();
      if (!isTagKey(key)) {
        report(lineNo, `unknown tag "${key}" (known: ${Object.keys(TAG_GRAMMAR).join(', ')})`);
        continue;
      }
      // A value built from a variable (`# after: {wait}`) is only known at run time, where the runner checks it.
      if (value.includes('{')) continue;
      const bad = checkTagValue(key, value);
      if (bad) report(lineNo, `tag "${key}": ${bad}`);
      else if (key === 'from' && !ctx.personas.has(value))
        report(lineNo, `tag "from": unknown persona "${value}" (manifest has: ${[...ctx.personas].join(', ')})`);
      else if (key === 'breaks') {
        for (const rule of splitList(value)) {
          if (!ctx.rules.has(rule))
            report(lineNo, `tag "breaks": unknown charter rule "${rule}" (charter has: ${[...ctx.rules].join(', ')})`);
        }
      }
    }
  });
  return problems;
}
