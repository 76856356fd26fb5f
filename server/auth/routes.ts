/** Sign-in (rate-limited per address), sign-out, and who is signed in. */
import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import type { HubContext } from '../context';
import { HttpError, parse } from '../http';
import { MAX_PASSWORD, checkPassword } from './passwords';
import { closeSession, openSession, requireUser } from './sessions';

/** Attempts per address and window: a person mistyping is not slowed, a guesser is. */
export const LOGIN_LIMIT = { max: 5, timeWindow: 60_000 };

const LoginSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(254)),
  password: v.pipe(v.string(), v.maxLength(MAX_PASSWORD)),
});

export function authRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.post('/api/auth/login', { config: { rateLimit: LOGIN_LIMIT }, bodyLimit: 4096 }, async (request, reply) => {
    const body = parse(LoginSchema, request.body);
    const user = await ctx.db.selectFrom('users').selectAll().where('email', '=', body.email).executeTakeFirst();
    if (!(await checkPassword(body.password, user?.password_hash ?? null)) || !user)
      throw new HttpError(401, 'wrong-credentials', 'Wrong e-mail or password.');
    await openSession(ctx, reply, user.id);
    return { user: { id: user.id, email: user.email, name: user.name, role: user.role } };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    await closeSession(ctx, request, reply);
    return { ok: true };
  });

  /** The examiner's page on load: signed out is an answer, not an error (no 401 in the browser's console). */
  app.get('/api/auth/session', async (request) => {
    const user = await requireUser(ctx, request).catch(() => null);
    return { user: user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null };
  });

  app.get('/api/auth/me', async (request) => {
    const user = await requireUser(ctx, request);
    return { user: { id: user.id, email: user.email, name: user.name, role: user.role } };
  });
}
