import { describe, expect, it } from 'vitest';
import { careerStatus, isOpen } from '../../../src/engine/career';
import type { Manifest } from '../../../src/content/schema';

const m = (id: string, level: Manifest['level']) => ({ id, level }) as Manifest;
const library = [
  m('tuto', 'intern'),
  m('forum', 'intern'),
  m('launch', 'intern'),
  m('queue', 'manager'),
  m('drop', 'manager'),
  m('leak', 'senior'),
  m('night', 'lead'),
];

describe('career path', () => {
  it('opens only the first level to a new player', () => {
    expect(careerStatus(library, {}).map((s) => [s.level, s.open, s.missing])).toEqual([
      ['intern', true, 0],
      ['manager', false, 2],
      ['senior', false, 2],
      ['lead', false, 2],
    ]);
  });

  it('opens the next level after two passes (60+) in the previous one', () => {
    const progress = { tuto: { best: 80, plays: 1 }, forum: { best: 59, plays: 3 } };
    expect(careerStatus(library, progress)[1]).toMatchObject({ level: 'manager', open: false, missing: 1 });
    const more = { ...progress, launch: { best: 60, plays: 1 } };
    expect(careerStatus(library, more)[1]).toMatchObject({ level: 'manager', open: true });
    expect(isOpen(m('leak', 'senior'), library, more)).toBe(false);
  });

  it('needs only as many passes as a small level has', () => {
    const progress = {
      tuto: { best: 90, plays: 1 },
      forum: { best: 90, plays: 1 },
      queue: { best: 70, plays: 1 },
      drop: { best: 61, plays: 1 },
      leak: { best: 75, plays: 1 },
    };
    expect(careerStatus(library, progress).every((s) => s.open)).toBe(true);
  });

  it('can open everything (teachers)', () => {
    expect(careerStatus(library, {}, true).every((s) => s.open)).toBe(true);
  });
});
