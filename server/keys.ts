/**
 * The hub's Ed25519 signing key: made on the first start and kept in the database (not a file), so
 * that several hub processes on one Postgres sign with the same key and a backup of the database is
 * a backup of the key. Two processes starting at once on an empty database keep the first one written.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type HubKeyPair, hubKeyFrom } from '../src/engine/hub-signature';
import type { Database } from './db/schema';

export async function loadOrCreateKey(db: Kysely<Database>): Promise<HubKeyPair> {
  const existing = await firstKey(db);
  if (existing) return existing;
  const key = hubKeyFrom(randomBytes(32));
  await db
    .insertInto('hub_keys')
    .values({ id: key.id, public_key: key.publicKey, private_key: key.privateKey })
    .onConflict((c) => c.doNothing())
    .execute();
  const stored = await firstKey(db);
  if (!stored) throw new Error('The hub could not store its signing key.');
  return stored;
}

async function firstKey(db: Kysely<Database>): Promise<HubKeyPair | null> {
  const row = await db.selectFrom('hub_keys').selectAll().orderBy('created_at').orderBy('id').limit(1).executeTakeFirst();
  return row ? { id: row.id, publicKey: row.public_key, privateKey: row.private_key } : null;
}
