/**
 * The hub's HTTP server (Fastify: maintained, with official plugins for cookies, rate limits and static
 * files, a body limit on every route, and `inject` to test routes without a socket). It serves the
 * built game and teacher pages from the same origin, so their CSP's `connect-src 'self'` reaches the API.
 */
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { CSP, cspContent } from '../tools/csp-plugin';
import type { HubContext } from './context';
import { HttpError, sendError } from './http';
import { authRoutes } from './auth/routes';
import { examinerRoutes } from './exams/examiner-routes';
import { playRoutes } from './exams/play-routes';
import { teacherRoutes } from './classes/teacher-routes';
import { studentRoutes } from './classes/student-routes';

export interface AppOptions {
  logger?: boolean;
  knownScenarios: () => readonly string[];
  /** Requests being answered now (live streams aside), counted for the live view's replays to wait for. */
  load?: { inFlight: number };
}

/** Read by the pages through the Navigation Timing API (src/pages/hub-api.ts `servedByHub`). */
const HUB_MARK = 'frontline-hub';

/** The same policy as the built pages' meta tag, plus what only a header can say (no framing). */
const CSP_HEADER = cspContent({ ...CSP, 'frame-ancestors': ["'none'"] });

export async function buildApp(ctx: HubContext, opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Request lines only: method, URL and address. Tokens travel in headers and cookies, which are not logged.
    logger: opts.logger ?? false,
    bodyLimit: 64 * 1024,
    trustProxy: false,
    // Live streams never end by themselves: closing the hub cuts them (their clients reconnect to another process).
    forceCloseConnections: true,
  });
  // JSON only: a cross-site form (text/plain, urlencoded) is refused before any route runs.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error);
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status < 500)
      return reply.code(status).send({ error: (error as { code?: string }).code ?? 'bad-request', message: (error as Error).message });
    reply.log.error(error);
    return reply.code(500).send({ error: 'server-error', message: 'Something went wrong on the hub.' });
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('content-security-policy', CSP_HEADER);
      // Lets a page know, without a request, that a hub serves it (the exam builder offers to publish there).
      reply.header('server-timing', HUB_MARK);
    }
    return payload;
  });

  const load = opts.load;
  if (load) {
    const counted = new WeakSet<object>();
    const done = async (request: object) => {
      if (counted.delete(request)) load.inFlight--;
    };
    app.addHook('onRequest', async (request) => {
      if (request.url.endsWith('/live')) return;
      counted.add(request);
      load.inFlight++;
    });
    app.addHook('onResponse', done);
    app.addHook('onRequestAbort', done);
  }

  app.get('/api/health', async () => ({ ok: true, db: ctx.dbKind }));
  app.get('/api/hub/key', async () => ({ keyId: ctx.key.id, publicKey: ctx.key.publicKey, algorithm: 'Ed25519' }));
  authRoutes(app, ctx);
  examinerRoutes(app, ctx, opts.knownScenarios);
  playRoutes(app, ctx);
  teacherRoutes(app, ctx, opts.knownScenarios);
  studentRoutes(app, ctx);

  if (existsSync(ctx.config.distDir)) {
    await app.register(fastifyStatic, { root: ctx.config.distDir, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    const api = request.url.startsWith('/api/');
    return reply
      .code(404)
      .send(api ? { error: 'not-found', message: 'No such route.' } : 'Not found. Build the game first (npm run build).');
  });
  return app;
}
