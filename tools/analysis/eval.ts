/**
 * `npm run eval:analysis`: the reply reader on the untouched test batches (corpus/test): the rules alone,
 * the model alone and both together as the game reads, per kind and language, tone and its confusion,
 * and the replies with typos or non-native writing apart.
 */
import { RULE_KINDS } from '../../src/core/types';
import { readWithModel } from '../../src/analysis/model';
import { contextOf } from './corpus';
import { kindTable, toneLines, type Prediction } from './evaluate';
import { shippedReplyModel } from './paths';
import { isRough, predict, testItems } from './test-set';

const model = shippedReplyModel();
if (!model) {
  console.error('No shipped model: run npm run train:analysis first.');
  process.exit(1);
}
const items = testItems();
const batches = new Set(items.map((i) => i.batch));
console.log(`test batches: ${batches.size} (${[...batches].join(', ')}), ${items.length} replies; model ${model.header.id}`);
const alone: Prediction[] = items.map((item) => {
  const r = readWithModel(model, item.text, contextOf(item));
  return { item, kinds: new Set(RULE_KINDS.filter((k) => r.kinds[k].found)), tone: r.tone };
});
const sections: [string, Prediction[]][] = [
  ['Rules alone', predict(items)],
  ['Model alone', alone],
  ['Rules and model together, as the game reads', predict(items, model)],
];
for (const [title, p] of sections) {
  console.log(`\n${title}:`);
  console.log(kindTable(p).join('\n'));
  console.log(toneLines(p).join('\n'));
}
const rough = predict(items.filter(isRough), model);
console.log(`\nReplies with typos or non-native writing (${rough.length}), rules and model together:`);
console.log(kindTable(rough).join('\n'));
console.log(toneLines(rough).slice(0, 1).join('\n'));
console.log('\n(figures in %; positives = labelled breaches, a kind in a reply\'s "allow" list left out)');
