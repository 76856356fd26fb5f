/** Accounts: examiners and teachers. The first is made from the command line (`npm run hub -- add-user`). */
import * as v from 'valibot';
import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema';
import { MAX_PASSWORD, MIN_PASSWORD, hashPassword } from './passwords';

export const NewUserSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email('is not an e-mail address'), v.maxLength(254)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'), v.maxLength(200)),
  password: v.pipe(
    v.string(),
    v.minLength(MIN_PASSWORD, `must have at least ${MIN_PASSWORD} characters`),
    v.maxLength(MAX_PASSWORD, `must have at most ${MAX_PASSWORD} characters`),
  ),
  role: v.optional(v.picklist(['examiner', 'teacher']), 'examiner'),
});

export type NewUserInput = v.InferInput<typeof NewUserSchema>;

export async function addUser(db: Kysely<Database>, input: NewUserInput): Promise<User> {
  const u = v.parse(NewUserSchema, input);
  const taken = await db.selectFrom('users').select('id').where('email', '=', u.email).executeTakeFirst();
  if (taken) throw new Error(`An account with the e-mail ${u.email} already exists.`);
  return db
    .insertInto('users')
    .values({ email: u.email, name: u.name, role: u.role, password_hash: await hashPassword(u.password) })
    .returningAll()
    .executeTakeFirstOrThrow();
}
