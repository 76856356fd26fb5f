/**
 * A small strict XML reader for tests (no XML parser is installed): the prolog, comments,
 * elements, attributes and text, with the five predefined entities and character references.
 * Anything not well-formed throws with its offset: an unclosed or mismatched tag, a bare `&` or
 * `<`, an unquoted or repeated attribute, text after the root.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][A-Za-z0-9_:.-]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`XML not well-formed at ${i}: ${what} (…${source.slice(i, i + 30)}…)`);
  };
  const skipSpace = () => {
    while (/\s/.test(source[i] ?? '')) i++;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(source);
    if (!m) return fail('a name');
    i += m[0].length;
    return m[0];
  };
  const decode = (raw: string): string => {
    if (/<|&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw)) fail('a bare < or & in text or an attribute');
    return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, e: string) =>
      e.startsWith('#x')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : ENTITIES[e]!,
    );
  };
  const misc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i);
        if (end < 0) fail('an unclosed comment');
        i = end + 3;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (source[i] !== '<') fail('<');
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipSpace();
      if (source.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('a space before an attribute');
      const attr = name();
      skipSpace();
      if (source[i] !== '=') fail('=');
      i++;
      skipSpace();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail('a quoted attribute value');
      const end = source.indexOf(quote!, i + 1);
      if (end < 0) fail('the end of an attribute value');
      if (attr in el.attrs) fail(`attribute ${attr} twice`);
      el.attrs[attr] = decode(source.slice(i + 1, end));
      i = end + 1;
    }
    for (;;) {
      const next = source.indexOf('<', i);
      if (next < 0) fail(`the end tag of <${el.name}>`);
      el.text += decode(source.slice(i, next));
      i = next;
      if (source.startsWith('<!--', i)) {
        misc();
        continue;
      }
      if (source.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${el.name}>, not </${closing}>`);
        skipSpace();
        if (source[i] !== '>') fail('>');
        i++;
        el.text = el.text.trim();
        return el;
      }
      el.children.push(element());
    }
  };

  if (source.charCodeAt(0) === 0xfeff) i = 1;
  if (source.startsWith('<?xml', i)) {
    const end = source.indexOf('?>', i);
    if (end < 0) fail('the end of the XML declaration');
    i = end + 2;
  }
  misc();
  const root = element();
  misc();
  if (i !== source.length) fail('nothing after the root element');
  return root;
}

/** Direct children named `name`. */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);
export const child = (el: XmlElement, name: string): XmlElement => {
  const found = childrenNamed(el, name);
  if (found.length !== 1) throw new Error(`<${el.name}> has ${found.length} <${name}>, expected 1`);
  return found[0]!;
};
