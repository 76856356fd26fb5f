/**
 * How each audience segment looks in the desk's spread view: a colour and a shape, so that colour is
 * never the only clue. Shapes are lists of triangles in a unit box (−1…1), drawn as SVG paths.
 */
import type { Segment } from '../core/types';

type Triangle = readonly [number, number, number, number, number, number];

const rect = (x0: number, y0: number, x1: number, y1: number): Triangle[] => [
  [x0, y0, x1, y0, x1, y1],
  [x0, y0, x1, y1, x0, y1],
];

export const SHAPES = {
  square: rect(-0.85, -0.85, 0.85, 0.85),
  up: [[0, -1.1, 1.1, 0.9, -1.1, 0.9]],
  down: [[-1.1, -0.9, 1.1, -0.9, 0, 1.1]],
  diamond: [
    [0, -1.25, 1.25, 0, 0, 1.25],
    [0, -1.25, 0, 1.25, -1.25, 0],
  ],
  plus: [...rect(-1.1, -0.35, 1.1, 0.35), ...rect(-0.35, -1.1, 0.35, 1.1)],
  bar: rect(-1.25, -0.5, 1.25, 0.5),
} satisfies Record<string, Triangle[]>;

export const SEGMENT_STYLE: Record<Segment, { colour: number; shape: keyof typeof SHAPES }> = {
  fan: { colour: 0x22c55e, shape: 'up' },
  neutral: { colour: 0x94a3b8, shape: 'square' },
  critic: { colour: 0xf97316, shape: 'down' },
  troll: { colour: 0xef4444, shape: 'plus' },
  influencer: { colour: 0xa855f7, shape: 'diamond' },
  journalist: { colour: 0x38bdf8, shape: 'bar' },
};

const SVG = 'http://www.w3.org/2000/svg';

/** A segment's swatch: its shape in its colour. */
export function segmentSwatch(segment: Segment): SVGSVGElement {
  const { colour, shape } = SEGMENT_STYLE[segment];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '-1.3 -1.3 2.6 2.6');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHAPES[shape].map(([a, b, c, d, e, f]) => `M${a} ${b}L${c} ${d}L${e} ${f}Z`).join(''));
  path.setAttribute('fill', `#${colour.toString(16).padStart(6, '0')}`);
  svg.append(path);
  return svg;
}
