/** Every charter rule, in RULE_KINDS order. */
import type { Violation } from '../../core/types';
import type { Doc } from '../doc';
import { aggression } from './aggression';

export { insultsTheReader, mocksOthers } from './aggression';
import { blame } from './blame';
import { competitor } from './competitor';
import { politics } from './politics';
import { personalData } from './personalData';
import { promise } from './promise';
import { register } from './register';
import { confidential } from './confidential';
import { shouting } from './shouting';

export function violations(doc: Doc): Violation[] {
  return [
    ...aggression(doc),
    ...blame(doc),
    ...competitor(doc),
    ...politics(doc),
    ...personalData(doc),
    ...promise(doc),
    ...register(doc),
    ...confidential(doc),
    ...shouting(doc.f.original),
  ];
}
