/**
 * The hub's database: PGlite (Postgres compiled to WebAssembly) in the data folder by default, a
 * Postgres server when DATABASE_URL is set. Both go through Kysely's Postgres dialect, so the schema,
 * the migrations and every query are the same; only the connection differs.
 */
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lock';
import { migrations } from './migrations';
import { pglitePool } from './pglite-pool';
import type { Database } from './schema';

export type DbKind = 'pglite' | 'postgres';

export interface HubDb {
  db: Kysely<Database>;
  kind: DbKind;
  close(): Promise<void>;
}

export interface DbOptions {
  /** A Postgres server; null: PGlite. */
  databaseUrl: string | null;
  /** PGlite's folder; null: in memory (tests). */
  dataDir: string | null;
  /** A Postgres schema to work in (tests give each file its own); default: the server's search_path. */
  schema?: string;
}

/** Opens the database and brings it to the latest migration; the hub answers only after this. */
export async function openDatabase(opts: DbOptions): Promise<HubDb> {
  const hub = opts.databaseUrl ? await openPostgres(opts.databaseUrl, opts.schema) : await openPglite(opts.dataDir);
  try {
    await migrate(hub.db);
  } catch (e) {
    await hub.close();
    throw e;
  }
  return hub;
}

async function openPglite(dataDir: string | null): Promise<HubDb> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let lite: PGlite;
  try {
    lite = dataDir ? await PGlite.create(join(dataDir, 'pgdata')) : await PGlite.create();
  } catch (e) {
    release();
    throw e;
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: pglitePool(lite) }) });
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await lite.close();
      release();
    },
  };
}

async function openPostgres(url: string, schema: string | undefined): Promise<HubDb> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a schema name: ${schema}`);
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create schema if not exists ${schema}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/**
 * Brings the schema up to date. The migration tables are looked for in the current schema only:
 * Kysely would otherwise take another schema's (another app's, another test's) for the hub's.
 */
async function migrate(db: Kysely<Database>): Promise<void> {
  const schema = (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name;
  const migrator = new Migrator({ db, provider: migrations, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`The database could not be brought up to date (migration ${failed}): ${(error as Error).message ?? String(error)}`);
  }
}
