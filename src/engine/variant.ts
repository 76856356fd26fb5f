/**
 * Scenario variants: what a scenario declares may change (its manifest's `variants`: ink variables
 * and persona identities) drawn by the run's variant seed, a stream of its own beside the
 * community's seed, so that replays and verification stay exact and equivalence can be measured on
 * the same community. Each dimension draws from its own stream, so adding one leaves the others'
 * draws as they were. Pure.
 */
import type { Manifest } from '../content/schema';
import type { Locale } from '../core/types';
import { createRng } from '../core/rng';
import { callNameOf } from '../sim/names';
import { type VariantValues, fillText, variantValues } from '../content/variants';

export interface Variant extends VariantValues {
  seed: number;
}

const drawIndex = (seed: number, dimension: string, count: number) => createRng(`${seed}:${dimension}`).int(0, count - 1);

/** The variant a seed gives in a language: the same seed gives the same picks in French and English. */
export function drawVariant(manifest: Manifest, locale: Locale, seed: number): Variant {
  return { seed, ...variantValues(manifest, locale, (dimension, count) => drawIndex(seed, dimension, count)) };
}

type Identity = { name: string; handle: string };

/** The manifest's texts with each language's variables put in, and its personas with their identities. */
function filled(manifest: Manifest, variables: Record<Locale, Record<string, string>>, personas: Record<string, Identity>): Manifest {
  const both = <T extends { fr: string; en: string }>(t: T) => ({
    ...t,
    fr: fillText(t.fr, variables.fr),
    en: fillText(t.en, variables.en),
  });
  const lists = (l: { fr: string[]; en: string[] }) => ({
    fr: l.fr.map((x) => fillText(x, variables.fr)),
    en: l.en.map((x) => fillText(x, variables.en)),
  });
  return {
    ...manifest,
    title: both(manifest.title),
    summary: both(manifest.summary),
    objectives: lists(manifest.objectives),
    learningPoints: lists(manifest.learningPoints),
    audience: { ...manifest.audience, ...(manifest.audience.description ? { description: both(manifest.audience.description) } : {}) },
    // a person renamed is still called by their first name (Sarah, not Sarah Benali), whatever their id says
    personas: manifest.personas.map((p) => ({
      ...p,
      ...personas[p.id],
      ...(personas[p.id] && callNameOf(p) !== p.name ? { person: true as const } : {}),
      ...(p.bio ? { bio: both(p.bio) } : {}),
    })),
  };
}

/**
 * The manifest as a variant seed plays it: its personas with their drawn names and handles, and each
 * language's texts the briefing shows (summary, objectives, bios…) with that language's values put in.
 */
export function withVariant(manifest: Manifest, seed: number): Manifest {
  if (!manifest.variants) return manifest;
  const variables = { fr: drawVariant(manifest, 'fr', seed).variables, en: drawVariant(manifest, 'en', seed).variables };
  return filled(manifest, variables, drawVariant(manifest, 'en', seed).personas);
}

/** How many different variants a scenario has (the product of its dimensions' sizes). */
export function variantCount(manifest: Manifest): number {
  const sizes = [
    ...Object.values(manifest.variants?.values ?? {}).map((v) => v.en.length),
    ...Object.values(manifest.variants?.personas ?? {}).map((p) => p.length),
    manifest.variants?.brands?.length ?? 1,
  ];
  return sizes.reduce((a, b) => a * b, 1);
}

/** "0a4f1c09": a variant seed as people read it (debrief, exam report, deep link). */
export const variantCode = (seed: number): string => (seed >>> 0).toString(16).padStart(8, '0');
