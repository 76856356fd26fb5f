/**
 * Results stay the school's, and not forever: attempts started more than the retention period ago are
 * erased with their events, reports and results, then links left without attempts that old too, and
 * expired sign-ins. Run at start and every six hours.
 */
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';

export async function purge(db: Kysely<Database>, now: number, retentionDays: number): Promise<{ attempts: number; invitations: number }> {
  const before = new Date(now - retentionDays * 24 * 3600_000);
  const attempts = await db.deleteFrom('attempts').where('started_at', '<', before).executeTakeFirst();
  const invitations = await db
    .deleteFrom('invitations')
    .where('created_at', '<', before)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('attempts').select('id').whereRef('attempts.invitation_id', '=', 'invitations.id'))),
    )
    .executeTakeFirst();
  await db.deleteFrom('auth_sessions').where('expires_at', '<', new Date(now)).execute();
  return { attempts: Number(attempts.numDeletedRows), invitations: Number(invitations.numDeletedRows) };
}
