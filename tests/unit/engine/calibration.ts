/**
 * Calibration as a test (#14 item 6), one file per crisis scenario so that they run side by side.
 * Through the engine, in both languages, over 20 seeds each: best play > random play > worst play
 * on overall and on outcome; one insult from the brand account among otherwise best play costs at
 * least 15 overall points and 10 points of final sentiment, and never ends on the story's good
 * ending; ignoring everything ends with sentiment below best play and below where it started; every
 * post answered in the player's own words ranks good replies above flat ones above rude ones.
 * The community is shrunk to 1,500 members (`audienceSize`) to keep each file under ~15 s.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/types';
import { bestPathEnding } from '../../../src/engine/ending';
import { shippedScenario } from '../../support/long-run';
import { PLAYS, type CalibrationRun, type Play, average, calibrationRun } from '../../support/calibration';

const LOCALES: Locale[] = ['fr', 'en'];
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const AUDIENCE = 1500;

export function calibrate(id: string): void {
  describe(`calibration through the engine: ${id}`, () => {
    const scenario = shippedScenario(id);
    const runs = new Map<string, CalibrationRun[]>();
    const of = (locale: Locale, play: Play) => runs.get(`${locale}:${play}`)!;
    const mean = (locale: Locale, play: Play, key: 'overall' | 'outcome' | 'sentiment' | 'reputation') =>
      average(of(locale, play).map((r) => r[key]));

    it.each(LOCALES)('%s: plays 20 seeds with each policy', (locale) => {
      for (const play of PLAYS)
        runs.set(
          `${locale}:${play}`,
          SEEDS.map((seed) => calibrationRun(scenario, locale, seed, play, AUDIENCE)),
        );
      const line = (play: Play) =>
        `${play} overall ${mean(locale, play, 'overall').toFixed(1)} outcome ${mean(locale, play, 'outcome').toFixed(1)} ` +
        `sentiment ${mean(locale, play, 'sentiment').toFixed(1)} reputation ${mean(locale, play, 'reputation').toFixed(1)}`;
      console.log(
        `[calibration] ${id} ${locale} (start sentiment ${of(locale, 'best')[0]!.startSentiment.toFixed(1)}): ${PLAYS.map(line).join('; ')}`,
      );
    });

    it.each(LOCALES)('%s: best play > random play > worst play, on overall and on outcome', (locale) => {
      for (const key of ['overall', 'outcome'] as const) {
        expect(mean(locale, 'best', key)).toBeGreaterThan(mean(locale, 'random', key));
        expect(mean(locale, 'random', key)).toBeGreaterThan(mean(locale, 'worst', key));
      }
    });

    it.each(LOCALES)('%s: one insult among best play costs ≥ 15 overall points and ≥ 10 points of sentiment', (locale) => {
      const insults = of(locale, 'insult');
      // The written insult was read as the critical breach it is.
      for (const r of insults) expect(r.insultSeverities).toContain('critical');
      const overall = mean(locale, 'best', 'overall') - mean(locale, 'insult', 'overall');
      const sentiment = mean(locale, 'best', 'sentiment') - mean(locale, 'insult', 'sentiment');
      console.log(`[calibration] ${id} ${locale}: one insult costs ${overall.toFixed(1)} overall, ${sentiment.toFixed(1)} sentiment`);
      expect(overall).toBeGreaterThanOrEqual(15);
      expect(sentiment).toBeGreaterThanOrEqual(10);
      // No good ending's text after a critical breach.
      const good = bestPathEnding(scenario.stories[locale]);
      expect(good).not.toBeNull();
      for (const r of insults) expect(r.ending).not.toBe(good);
      for (const r of of(locale, 'best')) expect(r.ending).toBe(good);
    });

    it.each(LOCALES)('%s: good written replies > flat ones > rude ones, on overall and on diplomacy-driven outcome', (locale) => {
      expect(mean(locale, 'write-good', 'overall')).toBeGreaterThan(mean(locale, 'write-neutral', 'overall'));
      expect(mean(locale, 'write-neutral', 'overall')).toBeGreaterThan(mean(locale, 'write-rude', 'overall'));
      expect(mean(locale, 'write-good', 'sentiment')).toBeGreaterThan(mean(locale, 'write-rude', 'sentiment'));
      // rude replies are a crisis of their own: at least as far below good ones as one insult among best play
      expect(mean(locale, 'write-good', 'overall') - mean(locale, 'write-rude', 'overall')).toBeGreaterThanOrEqual(15);
    });

    it.each(LOCALES)('%s: ignoring everything ends with sentiment below best play and below its start', (locale) => {
      expect(mean(locale, 'ignore', 'sentiment')).toBeLessThan(mean(locale, 'best', 'sentiment'));
      for (const r of of(locale, 'ignore')) expect(r.sentiment).toBeLessThan(r.startSentiment);
      const good = bestPathEnding(scenario.stories[locale]);
      for (const r of of(locale, 'ignore')) expect(r.ending).not.toBe(good);
    });
  });
}
