/**
 * `npm run bench:model`: time to read a 2,000-character reply, median of repeated runs after a warm-up:
 * the model alone (the whole reply and each of its sentences) and the whole analyser (rules and model
 * together, as the game reads). Budget: 10 ms for the whole analyser (issue #15).
 */
import { readFileSync } from 'node:fs';
import type { AnalysisContext } from '../../src/core/types';
import { loadModel, readWithModel } from '../../src/analysis/model';
import { analyzeReply } from '../../src/analysis';
import { MODEL_FILE } from './paths';

const model = loadModel(readFileSync(MODEL_FILE));
const fr =
  "Bonjour Élodie, je comprends tout à fait votre exaspération et je vous présente nos excuses. Les cabinets d'expertise de votre région sont débordés, mais ce n'est pas à vous d'en faire les frais. ";
const en =
  "Hi Sam, thanks for flagging this!! The swap isn't mandatory, and the date on the letter is just the end of the booking window. ";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<string, number> = {};
for (const [name, sentence, context] of [
  ['fr', fr, { locale: 'fr', competitors: ['Mutuelle Alizé', 'Garantia'], register: 'vous' }],
  ['en', en, { locale: 'en', competitors: ['Brightmoor', 'Enerva'] }],
] as [string, string, AnalysisContext][]) {
  const text = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 2000);
  for (let i = 0; i < 20; i++) analyzeReply(text + i, context, model); // warm-up
  const alone: number[] = [];
  const analyser: number[] = [];
  for (let i = 0; i < 100; i++) {
    let t0 = performance.now();
    readWithModel(model, text + i, context);
    alone.push(performance.now() - t0);
    t0 = performance.now();
    analyzeReply(text + i, context, model);
    analyser.push(performance.now() - t0);
  }
  results[`${name}_model_medianMs_2000chars`] = Number(median(alone).toFixed(3));
  results[`${name}_analyser_medianMs_2000chars`] = Number(median(analyser).toFixed(3));
}
console.log(JSON.stringify(results, null, 2));
const worst = Math.max(results.fr_analyser_medianMs_2000chars!, results.en_analyser_medianMs_2000chars!);
console.log(`median for a 2,000-character reply: ${worst.toFixed(2)} ms (budget 10 ms)${worst > 10 ? ' — OVER BUDGET' : ''}`);
if (worst > 10) process.exitCode = 1;
