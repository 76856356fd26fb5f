/**
 * Input checks for what scenario authors write: the audience spec and the personas.
 * Messages name the scenario and the field so an author can fix the manifest directly.
 */
import { AGE_BANDS, SEGMENTS, err, ok } from '../core/types';
import type { AudienceSpec, Persona, Result } from '../core/types';

export const MIN_AUDIENCE = 1;
export const MAX_AUDIENCE = 200_000;
const SHARE_TOLERANCE = 0.01;

function checkShares(shares: Record<string, unknown>, known: readonly string[], field: string, where: string, errors: string[]): void {
  let sum = 0;
  for (const [key, value] of Object.entries(shares)) {
    if (!known.includes(key)) {
      errors.push(
        `${where}: ${field}.${key} is not a known ${field === 'audience.segments' ? 'segment' : 'age band'} (expected one of ${known.join(', ')})`,
      );
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      errors.push(`${where}: ${field}.${key} must be a share between 0 and 1 (got ${String(value)})`);
      continue;
    }
    sum += value;
  }
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    errors.push(`${where}: ${field} must sum to 1 (±${SHARE_TOLERANCE}), got ${sum.toFixed(3)}`);
  }
}

/** Checks an audience spec; the error lists every problem found, one message each. */
export function validateAudience(spec: AudienceSpec, scenarioId: string): Result<AudienceSpec, string[]> {
  const where = `scenario "${scenarioId}"`;
  const errors: string[] = [];
  if (spec === null || typeof spec !== 'object') return err([`${where}: audience must be an object`]);
  const size: unknown = spec.size;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < MIN_AUDIENCE || size > MAX_AUDIENCE) {
    errors.push(`${where}: audience.size must be a whole number between ${MIN_AUDIENCE} and ${MAX_AUDIENCE} (got ${String(size)})`);
  }
  if (spec.segments === null || typeof spec.segments !== 'object') {
    errors.push(`${where}: audience.segments must map segments to shares`);
  } else {
    checkShares(spec.segments, SEGMENTS, 'audience.segments', where, errors);
  }
  if (spec.ages !== undefined) {
    if (spec.ages === null || typeof spec.ages !== 'object') errors.push(`${where}: audience.ages must map age bands to shares`);
    else checkShares(spec.ages, AGE_BANDS, 'audience.ages', where, errors);
  }
  const base: unknown = spec.baseSentiment;
  if (base !== undefined && (typeof base !== 'number' || !Number.isFinite(base) || base < -100 || base > 100)) {
    errors.push(`${where}: audience.baseSentiment must be between -100 and 100 (got ${String(base)})`);
  }
  return errors.length > 0 ? err(errors) : ok(spec);
}

/** Checks the personas the simulation must place in the community. */
export function validatePersonas(personas: Persona[], scenarioId: string): Result<Persona[], string[]> {
  const where = `scenario "${scenarioId}"`;
  const errors: string[] = [];
  if (!Array.isArray(personas)) return err([`${where}: personas must be an array`]);
  const seen = new Set<string>();
  personas.forEach((p, i) => {
    const id = typeof p?.id === 'string' && p.id !== '' ? p.id : `#${i}`;
    if (id.startsWith('#')) errors.push(`${where}: personas[${i}].id must be a non-empty string`);
    else if (seen.has(id)) errors.push(`${where}: personas[${i}].id "${id}" is used twice`);
    seen.add(id);
    if (!SEGMENTS.includes(p?.segment)) errors.push(`${where}: persona "${id}".segment "${String(p?.segment)}" is not a known segment`);
    if (p?.age !== undefined && !AGE_BANDS.includes(p.age))
      errors.push(`${where}: persona "${id}".age "${String(p.age)}" is not a known age band`);
    const f: unknown = p?.followers;
    if (typeof f !== 'number' || !Number.isFinite(f) || f < 0)
      errors.push(`${where}: persona "${id}".followers must be a number ≥ 0 (got ${String(f)})`);
  });
  return errors.length > 0 ? err(errors) : ok(personas);
}
