/**
 * A person's avatar: their generated face (src/ui/faces.ts, a lazy chunk), or their initials on a
 * colour derived from their id until the face is drawn. The seed is the person's stable id, so the
 * same persona or commenter keeps the same face through a run. Only this hook is in the first
 * bundle; what draws and keeps the faces loads with the first avatar asked for (the desk's).
 */
import type { AgeBand } from '../core/types';
import type * as Faces from './faces';

// Dark enough for white initials at 4.5:1 or more (WCAG AA for small text).
const PALETTE = ['#2563eb', '#7c3aed', '#be185d', '#dc2626', '#c2410c', '#a16207', '#15803d', '#0f766e', '#0e7490', '#4f46e5'];
const SVG = 'http://www.w3.org/2000/svg';

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}

export function avatarColour(id: string): string {
  return PALETTE[hash(id) % PALETTE.length] as string;
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0]?.toUpperCase() ?? '')
    .join('');
}

function initialsAvatar(id: string, name: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 40 40');
  svg.setAttribute('class', 'avatar');
  svg.setAttribute('aria-hidden', 'true');
  const circle = document.createElementNS(SVG, 'circle');
  circle.setAttribute('cx', '20');
  circle.setAttribute('cy', '20');
  circle.setAttribute('r', '20');
  circle.setAttribute('fill', avatarColour(id));
  const text = document.createElementNS(SVG, 'text');
  text.setAttribute('x', '20');
  text.setAttribute('y', '25');
  text.setAttribute('text-anchor', 'middle');
  text.setAttribute('font-size', '15');
  text.setAttribute('fill', '#fff');
  text.setAttribute('font-weight', '700');
  text.textContent = initials(name);
  svg.append(circle, text);
  return svg;
}

/** The faces chunk: undefined until it has loaded, null if it would not. */
let faces: typeof Faces | null | undefined;
/** Initials shown before the chunk arrived: they get their faces once it has. */
let early: [string, Element, string, AgeBand | undefined][] = [];

/** The avatar of the person `id` (their stable id, the face's seed) called `name`, of age band `age` when known. aria-hidden. */
export function avatar(id: string, name: string, age?: AgeBand): SVGSVGElement | HTMLSpanElement {
  const face = faces?.faceOf(id);
  if (face) return face;
  const stand = initialsAvatar(id, name);
  if (faces) faces.awaitFace(id, stand, name, age);
  else if (faces === undefined && early.push([id, stand, name, age]) === 1) {
    // The first avatar asked for loads the chunk.
    import('./faces').then(
      (m) => {
        faces = m;
        for (const [id, el, who, age] of early) m.awaitFace(id, el, who, age);
        early = [];
      },
      () => {
        faces = null;
        early = [];
      },
    );
  }
  return stand;
}
