/**
 * The trained reply reader (issue #15): hashed character n-grams and words, one sparse logistic
 * regression per breach kind and one for the tone, int8 weights. Pure: imports only src/core; the
 * caller supplies the model's bytes (models/reply-model.bin, trained by `npm run train:analysis`).
 */
export { loadModel, encodeModel, ModelFormatError, MODEL_FORMAT, MODEL_FORMAT_VERSION } from './format';
export type { ModelHeader, ReplyModel, ModelErrorCode } from './format';
export { readWithModel, integerLogits } from './reader';
export type { KindReading, ModelReading } from './reader';
export { featurize, textFactor, FIXED_ONE, CHAR_MIN, CHAR_MAX } from './features';
export type { FeatureContext, Features } from './features';
export { splitSentences } from './sentences';
export type { SentenceSpan } from './sentences';
export { normalizeForModel, MODEL_MAX_CHARS, RIVAL, RIVAL_PART } from './normalize';
export { fnvString, bucketOf } from './hash';
