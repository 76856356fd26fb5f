import { join } from 'node:path';

/** The shipped reply model, trained by `npm run train:analysis`. */
export const MODEL_FILE = join(import.meta.dirname, '..', '..', 'models', 'reply-model.bin');
