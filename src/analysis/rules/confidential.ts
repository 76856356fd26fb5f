/**
 * Confidential matters: unreleased products, internal figures and documents, and
 * colleagues' names or private details ("mon collègue Marc", "on sick leave").
 */
import type { Violation } from '../../core/types';
import { findAll, type Hit } from '../match';
import { hits, toViolations, type Doc } from '../doc';

/** A capitalised word right after a role word is a colleague's name ("notre technicien Marc")... */
const NAME_AFTER = /^[ ,:]*([A-ZÀ-Ý][\p{Ll}'-]{1,30})/u;
/** ...and so is one set before it ("Claire, notre responsable logistique"). */
const NAME_BEFORE = /(?<![\p{L}])[A-ZÀ-Ý][\p{Ll}'-]{1,30}, ?$/u;

export function namedColleagues(doc: Doc): Hit[] {
  const { f } = doc;
  const out: Hit[] = [];
  for (const h of findAll(doc.lex.colleagueRole, f.text)) {
    const origStart = f.map[h.start] ?? 0;
    if (NAME_BEFORE.test(f.original.slice(Math.max(0, origStart - 34), origStart))) {
      out.push({ start: h.start, end: h.end });
      continue;
    }
    const origEnd = f.map[h.end] ?? f.original.length;
    const m = NAME_AFTER.exec(f.original.slice(origEnd, origEnd + 40));
    if (!m) continue;
    // extend the hit over the name, in folded coordinates
    let end = h.end;
    while (end < f.map.length - 1 && (f.map[end] as number) < origEnd + m[0].length) end++;
    out.push({ start: h.start, end });
  }
  return out;
}

export function confidential(doc: Doc): Violation[] {
  const found = [...hits(doc, doc.lex.confidential), ...namedColleagues(doc), ...hits(doc, doc.lex.staffDetails)];
  return toViolations(doc, 'confidential', found);
}
