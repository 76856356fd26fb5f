/**
 * The live views' fan-out: "class C changed" (a student's act, a pause, an inject, the end) reaches every
 * hub process that has a teacher watching C. On Postgres it goes through LISTEN/NOTIFY, so hub processes
 * behind one load balancer on one database all hear it; on PGlite (one process holds the data folder)
 * an in-process emitter is the same thing. Messages carry ids only: a listener reads what changed from
 * the database, which stays the one source of truth.
 */
import { EventEmitter } from 'node:events';
import pg from 'pg';

export interface LiveMessage {
  classId: string;
  /** The student whose run moved; absent: the class itself (pause, inject, end). */
  studentId?: string;
}

export interface Fanout {
  publish(message: LiveMessage): Promise<void>;
  /** Calls `listener` for every message of any process; returns the unsubscribe. */
  subscribe(listener: (message: LiveMessage) => void): () => void;
  close(): Promise<void>;
}

const CHANNEL = 'frontline_live';
const encode = (m: LiveMessage) => (m.studentId ? `${m.classId} ${m.studentId}` : m.classId);
const decode = (payload: string): LiveMessage | null => {
  const [classId, studentId] = payload.split(' ');
  return classId ? { classId, ...(studentId ? { studentId } : {}) } : null;
};

/** One process: an emitter. */
export function localFanout(): Fanout {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(message) {
      emitter.emit(CHANNEL, message);
    },
    subscribe(listener) {
      emitter.on(CHANNEL, listener);
      return () => emitter.off(CHANNEL, listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

/**
 * Postgres: one connection of its own LISTENs (a pooled one would be handed to queries); NOTIFY goes
 * through the pool. A lost listening connection is opened again, so a restarted database is heard again.
 */
export async function postgresFanout(url: string, notify: (channel: string, payload: string) => Promise<void>): Promise<Fanout> {
  const local = localFanout();
  let client: pg.Client | null = null;
  let closed = false;
  const listen = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      const message = n.channel === CHANNEL && n.payload ? decode(n.payload) : null;
      if (message) void local.publish(message);
    });
    c.on('error', () => {
      if (closed) return;
      client = null;
      setTimeout(() => void listen().catch(() => undefined), 1_000).unref();
    });
    await c.connect();
    await c.query(`listen ${CHANNEL}`);
    client = c;
  };
  await listen();
  return {
    publish: (message) => notify(CHANNEL, encode(message)),
    subscribe: (listener) => local.subscribe(listener),
    async close() {
      closed = true;
      await local.close();
      await client?.end().catch(() => undefined);
    },
  };
}
