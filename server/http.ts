/** Request bodies and parameters checked with valibot; refusals as `{ error, details }` with the right status. */
import type { FastifyReply } from 'fastify';
import * as v from 'valibot';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The value as the schema reads it, or a 400 that names each wrong field. */
export function parse<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  throw new HttpError(400, 'invalid', 'The request is not valid.', {
    details: result.issues.slice(0, 20).map((i) => `${v.getDotPath(i) ?? '(body)'}: ${i.message}`),
  });
}

export function sendError(reply: FastifyReply, e: HttpError): FastifyReply {
  return reply.code(e.status).send({ error: e.code, message: e.message, ...e.extra });
}

export const Uuid = v.pipe(v.string(), v.uuid('is not an id'));
export const IdParams = v.object({ id: Uuid });
