/**
 * The folders of src/ form layers (docs/architecture.md): this test reads every import and checks
 * that no folder reaches back to one that depends on it, directly or through others.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const folderOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]!.replace(/\.ts$/, '');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
    });
  for (const file of walk(SRC)) {
    const from = folderOf(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\()\s*['"](\.[^'"]+)['"]/g)) {
      const to = folderOf(normalize(join(dirname(file), m[1]!)));
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** A cycle of folders, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('the layers of src/', () => {
  it('have no import loop between folders', () => {
    const graph = folderGraph();
    expect(graph.get('engine')?.has('state')).toBeFalsy();
    expect(findCycle(graph)).toBeNull();
  });

  it('would see a loop if there were one', () => {
    const graph = new Map([
      ['state', new Set(['platform'])],
      ['platform', new Set(['state'])],
    ]);
    expect(findCycle(graph)).toEqual(['state', 'platform', 'state']);
  });

  it('never reach into the hub (server/), which they talk to over HTTP only', () => {
    const SERVER = join(SRC, '..', 'server');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
      });
    const into = walk(SRC).filter((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\()\s*['"](\.[^'"]+)['"]/g)].some(
        (m) => !relative(SERVER, normalize(join(dirname(file), m[1]!))).startsWith('..'),
      ),
    );
    expect(into).toEqual([]);
  });
});
