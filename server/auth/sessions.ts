/**
 * Examiners' and teachers' sign-in sessions: an opaque random token in a Secure, HttpOnly,
 * SameSite=Strict cookie; the database keeps only its hash. Every examiner route asks `requireUser`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HubContext } from '../context';
import type { User } from '../db/schema';
import { HttpError } from '../http';
import { hashSecret, newSecret, secretMatches, splitToken } from './tokens';

export const SESSION_COOKIE = 'frontline_hub';
/** A sign-in lasts a working day. */
export const SESSION_HOURS = 12;

export async function openSession(ctx: HubContext, reply: FastifyReply, userId: string): Promise<void> {
  const secret = newSecret();
  const expires = new Date(ctx.now() + SESSION_HOURS * 3600_000);
  const row = await ctx.db
    .insertInto('auth_sessions')
    .values({ user_id: userId, secret_hash: hashSecret(secret), expires_at: expires })
    .returning('id')
    .executeTakeFirstOrThrow();
  reply.setCookie(SESSION_COOKIE, `${row.id}.${secret}`, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.secureCookies,
    maxAge: SESSION_HOURS * 3600,
  });
}

/** The signed-in user, or a 401. */
export async function requireUser(ctx: HubContext, request: FastifyRequest): Promise<User> {
  const token = splitToken(request.cookies[SESSION_COOKIE]);
  if (token) {
    const row = await ctx.db
      .selectFrom('auth_sessions')
      .innerJoin('users', 'users.id', 'auth_sessions.user_id')
      .selectAll('users')
      .select(['auth_sessions.secret_hash', 'auth_sessions.expires_at'])
      .where('auth_sessions.id', '=', token.id)
      .executeTakeFirst();
    if (row && row.expires_at.getTime() > ctx.now() && secretMatches(token.secret, row.secret_hash)) {
      const { secret_hash: _s, expires_at: _e, ...user } = row;
      return user;
    }
  }
  throw new HttpError(401, 'signed-out', 'Sign in first.');
}

export async function closeSession(ctx: HubContext, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = splitToken(request.cookies[SESSION_COOKIE]);
  if (token) await ctx.db.deleteFrom('auth_sessions').where('id', '=', token.id).execute();
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
