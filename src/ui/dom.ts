/**
 * Tiny DOM builder. Text always goes in through textContent, never innerHTML: whatever a player
 * or a scenario writes is shown as text.
 */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, '').toLowerCase(), value);
    else if (key === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren(...children.flat().filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/** Sets an element's text only when it changed: rewriting the same text still costs the page a layout. */
export function setText(el: Node, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Game seconds since start -> "HH:MM" on the scenario's wall clock. */
export function clockText(startsAt: string, seconds: number): string {
  const [hh, mm] = startsAt.split(':').map(Number);
  const total = ((hh ?? 0) * 60 + (mm ?? 0) + Math.floor(seconds / 60)) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** 12345 -> "12,3 k" / "12.3k" style compact numbers in the player's language. */
const compactFormats = new Map<string, Intl.NumberFormat>();
export function compact(n: number, locale: string): string {
  // Building a formatter is costly and the feed formats hundreds of figures a second: one per locale.
  let format = compactFormats.get(locale);
  if (!format) compactFormats.set(locale, (format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })));
  return format.format(n);
}
