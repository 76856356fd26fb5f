/**
 * Compiles an Ink story with inkjs's compiler (build time, Node). Used by the Vite plugin,
 * the scenario check and the tests, so a story compiles the same way everywhere.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Compiler, CompilerOptions } from 'inkjs/compiler/Compiler';
import { type InkProblem, parseInkMessage } from '../../src/narrative/lint';

export { formatProblem, type InkProblem } from '../../src/narrative/lint';

export interface CompiledInk {
  /** Compiled story JSON, when there were no errors. */
  json: string | null;
  problems: InkProblem[];
  /** Every file read, the main one first (for watching and hot reload). */
  files: string[];
}

export function compileInk(mainFile: string, read: (path: string) => string = (p) => readFileSync(p, 'utf8')): CompiledInk {
  const root = dirname(mainFile);
  const files = [mainFile];
  const fileHandler = {
    ResolveInkFilename: (name: string) => resolve(root, name),
    LoadInkFileContents: (path: string) => {
      files.push(path);
      return read(path);
    },
  };
  const problems: InkProblem[] = [];
  const onMessage = (message: string) => {
    const problem = parseInkMessage(message, mainFile);
    // Name files relative to the project so messages read "scenarios/x/x.fr.ink:12".
    problems.push({ ...problem, file: relative(process.cwd(), resolve(root, problem.file)) });
  };
  let source: string;
  try {
    source = read(mainFile);
  } catch (e) {
    return {
      json: null,
      problems: [{ file: mainFile, line: 0, message: `cannot read: ${(e as Error).message}`, severity: 'error' }],
      files,
    };
  }
  const compiler = new Compiler(source, new CompilerOptions(mainFile, [], true, onMessage, fileHandler));
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (!problems.some((p) => p.severity === 'error')) json = story.ToJson() ?? null;
  } catch (e) {
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push({ file: mainFile, line: 0, message: (e as Error).message, severity: 'error' });
    }
  }
  return { json, problems, files };
}
