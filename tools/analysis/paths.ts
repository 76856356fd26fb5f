import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, type ReplyModel } from '../../src/analysis/model';

/** The shipped reply model, trained by `npm run train:analysis`. */
export const MODEL_FILE = join(import.meta.dirname, '..', '..', 'models', 'reply-model.bin');

let shipped: ReplyModel | null | undefined;

/** The shipped reply model, read once (null when the file is missing: the rules read alone). */
export function shippedReplyModel(): ReplyModel | null {
  return (shipped ??= existsSync(MODEL_FILE) ? loadModel(readFileSync(MODEL_FILE)) : null);
}
