/**
 * The hub's configuration, from the environment only (twelve-factor): each variable checked, and a
 * bad value refused in plain words that name the variable, before anything opens.
 */
import { resolve } from 'node:path';
import * as v from 'valibot';

export interface HubConfig {
  port: number;
  host: string;
  /** The embedded database's folder (PGlite), and nothing else: the signing key lives in the database. */
  dataDir: string;
  /** A Postgres server; absent: the embedded database in `dataDir`. */
  databaseUrl: string | null;
  /** Candidates' attempts (and their events and results) older than this are purged. */
  retentionDays: number;
  /** The built game and teacher pages served from the same origin. */
  distDir: string;
  /** The scenario library the server replays from (the repository's). */
  scenariosDir: string;
  /** Session cookies are sent over HTTPS only; turn off only behind nothing, on a machine's own loopback. */
  secureCookies: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const DEFAULT_PORT = 8787;

const intIn = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^\d+$/, 'is not a whole number'),
    v.transform(Number),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

const EnvSchema = v.object({
  PORT: v.optional(intIn(1, 65535)),
  HUB_HOST: v.optional(v.pipe(v.string(), v.minLength(1))),
  HUB_DATA_DIR: v.optional(v.pipe(v.string(), v.minLength(1, 'is empty'))),
  DATABASE_URL: v.optional(
    v.pipe(v.string(), v.regex(/^postgres(ql)?:\/\/\S+$/, 'must be a Postgres URL, postgres://user:password@host:5432/database')),
  ),
  HUB_RETENTION_DAYS: v.optional(intIn(1, 3650)),
  HUB_DIST_DIR: v.optional(v.pipe(v.string(), v.minLength(1))),
  HUB_SCENARIOS_DIR: v.optional(v.pipe(v.string(), v.minLength(1))),
  HUB_SECURE_COOKIES: v.optional(v.picklist(['0', '1'], 'must be 0 or 1')),
});

/** Reads the configuration from `env` (process.env by default); throws a ConfigError that says which variable is wrong and why. */
export function readConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): HubConfig {
  // Empty variables count as unset, as shells and .env files often leave them.
  const given = Object.fromEntries(Object.entries(env).filter(([k, value]) => k in EnvSchema.entries && value !== ''));
  const parsed = v.safeParse(EnvSchema, given);
  if (!parsed.success) {
    const lines = parsed.issues.map((i) => {
      const name = v.getDotPath(i) ?? 'environment';
      return `${name}=${JSON.stringify(String(given[name] ?? ''))} ${i.message}`;
    });
    throw new ConfigError(`The hub's configuration is wrong:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.output;
  return {
    port: e.PORT ?? DEFAULT_PORT,
    host: e.HUB_HOST ?? '127.0.0.1',
    dataDir: resolve(cwd, e.HUB_DATA_DIR ?? '.hub-data'),
    databaseUrl: e.DATABASE_URL ?? null,
    retentionDays: e.HUB_RETENTION_DAYS ?? 365,
    distDir: resolve(cwd, e.HUB_DIST_DIR ?? 'dist'),
    scenariosDir: resolve(cwd, e.HUB_SCENARIOS_DIR ?? 'scenarios'),
    secureCookies: e.HUB_SECURE_COOKIES !== '0',
  };
}
