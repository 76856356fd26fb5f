/** Shared test helpers: compile fixture stories and build sessions in Node. */
import { join } from 'node:path';
import { compileInk, formatProblem } from '../../tools/ink/compile';
import { loadLibrary } from '../../tools/scenarios/load';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'scenarios');

export function compileFixture(path: string): string {
  const result = compileInk(join(FIXTURES, path));
  if (!result.json) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.json;
}

export function fixtureLibrary() {
  const lib = loadLibrary(FIXTURES);
  if (lib.problems.length > 0) throw new Error(lib.problems.join('\n'));
  return lib;
}

export function shippedLibrary() {
  return loadLibrary(join(__dirname, '..', '..', 'scenarios'));
}
