/**
 * The desk's small pictures, drawn as SVG paths made for the project (no emoji font needed): one icon per
 * channel, and the trend marks. Each is decorative (aria-hidden): a word always says the same thing.
 */
import type { Channel } from '../../../core/types';

const SVG = 'http://www.w3.org/2000/svg';

const CHANNEL_PATHS: Record<Channel, string> = {
  // A hash: short public posts with tags and handles.
  microblog: 'M9.5 3 7.5 21M16.5 3l-2 18M4 8.5h17M3 15.5h17',
  // One speech bubble: comments under the brand's page.
  comments: 'M4 4.5h16v11H9l-5 4z',
  // Two bubbles: a discussion between members.
  forum: 'M3 4h12v8H7.5L3 15.5zM9 15v1.5h7.5l4.5 3.5V8h-3',
  // A star: ratings.
  reviews: 'M12 3.2l2.7 5.5 6 .9-4.3 4.2 1 6L12 17l-5.4 2.8 1-6L3.3 9.6l6-.9z',
  // An envelope: private messages.
  dm: 'M3 6h18v12H3zM3.5 6.5 12 13l8.5-6.5',
};

function svg(viewBox: string, className: string): SVGSVGElement {
  const el = document.createElementNS(SVG, 'svg');
  el.setAttribute('viewBox', viewBox);
  el.setAttribute('class', className);
  el.setAttribute('aria-hidden', 'true');
  el.setAttribute('focusable', 'false');
  return el;
}

function path(d: string, attrs: Record<string, string>): SVGPathElement {
  const el = document.createElementNS(SVG, 'path');
  el.setAttribute('d', d);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** The channel's icon, in the current text colour. */
export function channelIcon(channel: Channel): SVGSVGElement {
  const el = svg('0 0 24 24', `channel-icon icon-${channel}`);
  el.append(
    path(CHANNEL_PATHS[channel], {
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    }),
  );
  return el;
}

/** A trend's mark: a triangle up, a triangle down, or a level bar, so the direction never rests on colour. */
export function trendMark(trend: 'up' | 'down' | 'steady'): SVGSVGElement {
  const el = svg('0 0 12 12', `trend-mark trend-${trend}`);
  const d = trend === 'up' ? 'M6 1.5 11 10H1z' : trend === 'down' ? 'M1 2h10L6 10.5z' : 'M1 4.75h10v2.5H1z';
  el.append(path(d, { fill: 'currentColor' }));
  return el;
}

/** A pin, for the coach's advice kept at the top of the team's memos. */
export function pinMark(): SVGSVGElement {
  const el = svg('0 0 24 24', 'pin-mark');
  el.append(
    path('M9 3h6l-1 6 4 4H6l4-4zM12 13v8', { fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linejoin': 'round' }),
  );
  return el;
}

/** A folded note with an arrow, for a hand-over to another team (an internal note, not a message). */
export function handoverMark(): SVGSVGElement {
  const el = svg('0 0 24 24', 'handover-mark');
  el.append(
    path('M5 3h9l5 5v13H5zM14 3v5h5M8 14h7m-3-3 3 3-3 3', {
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': '2',
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    }),
  );
  return el;
}
