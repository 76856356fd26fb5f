/**
 * PGlite behind Kysely's own Postgres dialect, so both databases run the same driver, SQL and
 * migrations. kysely-pglite-dialect does not accept PGlite 0.5 (the clarification of issue #20), and
 * what it would add is this adapter: PGlite is one connection, so the "pool" hands it to one user at
 * a time — a transaction's statements never interleave with another request's.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

type Command = PostgresQueryResult<unknown>['command'];

/** The statement's kind, which Kysely reads to report affected rows. */
function commandOf(sql: string): Command {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase();
  return (['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'COMMIT', 'ROLLBACK'] as const).find((c) => c === word) ?? 'SELECT';
}

export function pglitePool(db: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();
  return {
    async connect(): Promise<PostgresPoolClient> {
      let release!: () => void;
      const previous = tail;
      tail = new Promise<void>((r) => {
        release = r;
      });
      await previous;
      let released = false;
      const client = {
        async query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
          const result = await db.query<R>(sql, [...parameters]);
          return { command: commandOf(sql), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
        },
        release() {
          if (released) return;
          released = true;
          release();
        },
      };
      return client as PostgresPoolClient;
    },
    async end() {
      await tail;
    },
  };
}
