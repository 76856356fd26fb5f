/** `npm run bench:analysis`: time to analyse replies of growing length, median of repeated runs (JSON). */
import { analyzeReply } from '../../src/analysis';

const sentence = "Bonjour, je comprends votre frustration, l'équipe technique regarde ça. ";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const results: Record<string, number> = {};
analyzeReply(sentence, { locale: 'fr' }); // compiles the patterns once
for (const length of [200, 2_000, 10_000]) {
  const text = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    analyzeReply(text + i, { locale: 'fr' });
    times.push(performance.now() - t0);
  }
  results[`medianMs_${length}chars`] = Number(median(times).toFixed(3));
}
console.log(JSON.stringify(results, null, 2));
