/**
 * A brand's mark (logo and name) and its colours as CSS custom properties, from the brand's read model
 * (`scenarioBrand`, or a menu card's `brand`). The logo is an <img> of the brand's SVG file, never its
 * text put into the page; a brand without a logo shows its initial on its own colour.
 */
import type { Brand } from '../state';
import { h } from './dom';

/** The logo alone: decorative (alt=""), since the name is always written beside it. */
export function brandLogo(brand: Brand): HTMLElement {
  if (brand.logo) return h('img', { class: 'brand-logo', src: brand.logo, alt: '', width: 40, height: 40, decoding: 'async' });
  const initial = h('span', { class: 'brand-logo brand-initial', 'aria-hidden': 'true' }, [...brand.name.trim()][0]?.toUpperCase() ?? '?');
  wearBrand(initial, brand);
  return initial;
}

/** Logo and name, as the briefing and the desk head show them; `tag` lets a heading carry it. */
export function brandMark(brand: Brand, className = ''): HTMLElement {
  return h('span', { class: `brand-mark ${className}`.trim() }, brandLogo(brand), h('span', { class: 'brand-name' }, brand.name));
}

/**
 * Puts the brand's colours on `el` as --brand-primary, --brand-on-primary and --brand-accent (through the
 * CSSOM, which the page's CSP allows), for everything inside to use; null takes them off.
 */
export function wearBrand(el: HTMLElement, brand: Brand | null): void {
  const props: [string, string | undefined][] = [
    ['--brand-primary', brand?.colours.primary],
    ['--brand-on-primary', brand?.colours.onPrimary],
    ['--brand-accent', brand?.colours.accent],
  ];
  for (const [name, value] of props) {
    if (value) el.style.setProperty(name, value);
    else el.style.removeProperty(name);
  }
}
