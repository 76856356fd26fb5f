/**
 * What a variant puts into a scenario (docs/authoring.md, "Variants"): each dimension's value at a
 * chosen position, as ink variables and persona identities, and manifest texts with `{variable}`
 * filled in. Positions are chosen by the caller: the engine draws them from the variant seed
 * (src/engine/variant.ts), the menu takes the first ones (the scenario as written).
 */
import type { Locale } from '../core/types';
import type { Charter, Manifest } from './schema';

export interface VariantValues {
  /** Each dimension's position: `value:<variable>`, `persona:<id>` and `brand`. */
  picks: Record<string, number>;
  /** The charter of the brand the run is played for, when the scenario offers several. */
  brand?: string;
  /** Ink variables: the values, and `<persona>_name`, `_first`, `_handle` for each varied persona. */
  variables: Record<string, string>;
  personas: Record<string, { name: string; handle: string }>;
}

const sorted = <T>(record: Record<string, T> | undefined) => Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));

/** The values at the positions `pick` chooses (given each dimension's name and size), in one language. */
export function variantValues(manifest: Manifest, locale: Locale, pick: (dimension: string, count: number) => number): VariantValues {
  const out: VariantValues = { picks: {}, variables: {}, personas: {} };
  for (const [name, values] of sorted(manifest.variants?.values)) {
    const i = pick(`value:${name}`, values[locale].length);
    out.picks[`value:${name}`] = i;
    out.variables[name] = values[locale][i]!;
  }
  const brands = manifest.variants?.brands;
  if (brands) {
    const i = pick('brand', brands.length);
    const brand = brands[i]!;
    out.picks.brand = i;
    out.brand = brand.charter;
    for (const [name, value] of sorted(brand.values)) out.variables[name] = value[locale];
  }
  for (const [id, identities] of sorted(manifest.variants?.personas)) {
    const i = pick(`persona:${id}`, identities.length);
    const who = identities[i]!;
    out.picks[`persona:${id}`] = i;
    out.personas[id] = who;
    out.variables[`${id}_name`] = who.name;
    out.variables[`${id}_first`] = who.name.split(/\s+/)[0]!;
    out.variables[`${id}_handle`] = who.handle;
  }
  return out;
}

/** A manifest text with each `{variable}` put in (unknown names are left as written). */
export const fillText = (text: string, variables: Readonly<Record<string, string>>): string =>
  text.replace(/\{([a-z][a-z0-9_]*)\}/g, (whole, name: string) => variables[name] ?? whole);

/**
 * Why a charter cannot stand in for the scenario's own (docs/authoring.md, "Variants": brands): the story
 * names rules, departments and a register, and scores answers against response times, so these must
 * be the same; names, voice, competitors and colours may differ.
 */
export function incompatibilities(own: Charter, other: Charter): string[] {
  const rules = (c: Charter) => c.rules.map((r) => `${r.id}:${r.kind}:${r.severity}`).sort();
  const departments = (c: Charter) => c.escalation.map((e) => e.department).sort();
  const differs: string[] = [];
  if (rules(own).join() !== rules(other).join()) differs.push('its rules (ids, kinds and severities)');
  if (departments(own).join() !== departments(other).join()) differs.push('its escalation departments');
  if (JSON.stringify(own.register) !== JSON.stringify(other.register)) differs.push('its register');
  if (JSON.stringify(own.responseMinutes) !== JSON.stringify(other.responseMinutes)) differs.push('its response times');
  return differs;
}
