/** Opens a hub: configuration, database (migrated), signing key, scenario library, HTTP app. One function for the command and the tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { HubConfig } from './config';
import type { HubContext } from './context';
import { type HubDb, openDatabase } from './db/database';
import { loadOrCreateKey } from './keys';
import { scenarioLibrary } from './scenarios';
import { buildApp } from './app';
import { purge } from './retention';
import { sql } from 'kysely';
import { localFanout, postgresFanout } from './live/fanout';
import { classLive } from './classes/live-view';

export interface Hub {
  app: FastifyInstance;
  ctx: HubContext;
  close(): Promise<void>;
}

export interface HubOptions {
  /** Tests: an in-memory PGlite (dataDir ignored) or a Postgres schema of their own. */
  memory?: boolean;
  schema?: string;
  now?: () => number;
  logger?: boolean;
}

const appVersion = (): string => {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return `${pkg.version} hub`;
};

export async function openHub(config: HubConfig, opts: HubOptions = {}): Promise<Hub> {
  const database: HubDb = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: opts.memory ? null : config.dataDir,
    ...(opts.schema ? { schema: opts.schema } : {}),
  });
  try {
    const library = scenarioLibrary(config.scenariosDir);
    const base = {
      db: database.db,
      dbKind: database.kind,
      config,
      now: opts.now ?? Date.now,
      key: await loadOrCreateKey(database.db),
      scenarios: library.lookup,
      app: appVersion(),
    };
    // Postgres: LISTEN/NOTIFY on the schema's own channel, so hub processes on one database share live views.
    const fanout = config.databaseUrl
      ? await postgresFanout(config.databaseUrl, async (channel, payload) => {
          await sql`select pg_notify(${channel}, ${payload})`.execute(database.db);
        })
      : localFanout();
    const load = { inFlight: 0 };
    const ctx: HubContext = { ...base, classes: classLive(base, fanout, () => load.inFlight) };
    const app = await buildApp(ctx, { knownScenarios: library.ids, logger: opts.logger ?? false, load });
    await purge(ctx.db, ctx.now(), config.retentionDays);
    const timer = setInterval(() => void purge(ctx.db, ctx.now(), config.retentionDays).catch((e) => app.log.error(e)), 6 * 3600_000);
    timer.unref();
    return {
      app,
      ctx,
      async close() {
        clearInterval(timer);
        await app.close();
        await ctx.classes.settled();
        await fanout.close();
        await database.close();
      },
    };
  } catch (e) {
    await database.close();
    throw e;
  }
}
