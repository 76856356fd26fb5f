/**
 * The game's side of a proctored exam on a Frontline Hub (docs/hub.md), the first piece of it: the
 * calls, and the queue that keeps the player's acts through a network cut. Each act gets the next
 * sequence number and waits in order until the hub acknowledges it; a resend after a lost answer is
 * harmless (the hub acknowledges a duplicate again). The queue and the attempt's token are handed to
 * `persist` after every change, so a reload resumes them. Talks to the page's own origin only (CSP
 * `connect-src 'self'`). The store drives it for an exam sat on a hub (src/state/hub-slice.ts).
 */
import type { Result } from '../core/types';

/** An act of the player, as the hub takes it: `option`, `free`, `hint`, `away`, `expire` and their fields. */
export interface HubAct {
  type: 'option' | 'free' | 'hint' | 'away' | 'expire' | 'inject';
  [field: string]: unknown;
}

export interface QueuedAct {
  seq: number;
  scenario: number;
  t: number;
  event: HubAct;
}

/** What survives a reload: the attempt's token, the next number, the acts not yet acknowledged. */
export interface HubClientState {
  attempt: string | null;
  nextSeq: number;
  queue: QueuedAct[];
}

export type HubProblem = { kind: 'offline' } | { kind: 'refused'; status: number; code: string; message: string; expected?: number };

export interface HubClientOptions {
  /** The invitation token from the link's fragment (`#hub-exam=`). */
  link: string;
  /** Where the API is: the page's origin by default. */
  base?: string;
  fetch?: typeof fetch;
  state?: HubClientState;
  persist?: (state: HubClientState) => void;
}

export interface FlushOutcome {
  sent: number;
  pending: number;
  /** Why sending stopped with acts still queued (none: all sent). */
  problem?: HubProblem;
}

export class HubClient {
  private readonly base: string;
  private readonly fetcher: typeof fetch;
  private state: HubClientState;
  private flushing: Promise<FlushOutcome> | null = null;

  constructor(private readonly opts: HubClientOptions) {
    this.base = opts.base ?? './';
    this.fetcher = opts.fetch ?? ((input, init) => fetch(input, init));
    this.state = opts.state ? structuredClone(opts.state) : { attempt: null, nextSeq: 0, queue: [] };
  }

  get pending(): number {
    return this.state.queue.length;
  }

  get started(): boolean {
    return this.state.attempt !== null;
  }

  /** The exam the link opens, as the hub shows it to candidates, and whether it can be started. */
  exam(): Promise<Result<{ exam: Record<string, unknown>; status: 'ready' | 'started' | 'finished' }, HubProblem>> {
    return this.call('GET', 'api/play/exam', this.opts.link);
  }

  /** Starts the attempt: the hub's clock for the first scenario runs from here. */
  async start(
    candidate: Record<string, string>,
    group?: string,
  ): Promise<Result<{ scenario: Record<string, unknown>; serverTime: string }, HubProblem>> {
    const res = await this.call<{ attempt: string; scenario: Record<string, unknown>; serverTime: string }>(
      'POST',
      'api/play/start',
      this.opts.link,
      { candidate, ...(group ? { group } : {}) },
    );
    if (res.ok) {
      this.state = { attempt: res.value.attempt, nextSeq: 0, queue: [] };
      this.save();
      return { ok: true, value: { scenario: res.value.scenario, serverTime: res.value.serverTime } };
    }
    return res;
  }

  /** A live class's state (paused, over, injects fired), asked between acts. */
  classState(): Promise<Result<Record<string, unknown>, HubProblem>> {
    return this.call('GET', 'api/play/class', this.attemptToken());
  }

  /** Joins a live class by its code: the hub answers the attempt's token, the exam, its scenario and the class's settings. */
  static join(
    code: string,
    name: string,
    fetcher: typeof fetch = (input, init) => fetch(input, init),
  ): Promise<Result<Record<string, unknown> & { attempt: string; serverTime: string }, HubProblem>> {
    return new HubClient({ link: '', fetch: fetcher }).call('POST', 'api/class/join', null, { code, name });
  }

  /** Queues an act (numbered now, so its place never changes) and tries to send the queue. */
  send(scenario: number, t: number, event: HubAct): Promise<FlushOutcome> {
    this.enqueue(scenario, [{ t, event }]);
    return this.flush();
  }

  /** Queues several acts in order, saved at once (one write for what one change of the session made). */
  enqueue(scenario: number, acts: readonly { t: number; event: HubAct }[]): void {
    for (const { t, event } of acts) this.state.queue.push({ seq: this.state.nextSeq++, scenario, t, event });
    this.save();
  }

  /** Sends the queue in order until it is empty or something stops it; one flush at a time. */
  flush(): Promise<FlushOutcome> {
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Closes a scenario once every act of it is acknowledged: the hub answers the next scenario, or the end. */
  async next(scenario: number): Promise<Result<{ done: boolean; scenario?: Record<string, unknown> }, HubProblem>> {
    const flushed = await this.flush();
    if (flushed.problem) return { ok: false, error: flushed.problem };
    return this.call('POST', 'api/play/next', this.attemptToken(), { scenario });
  }

  private async drain(): Promise<FlushOutcome> {
    let sent = 0;
    while (this.state.queue.length > 0) {
      const head = this.state.queue[0]!;
      const res = await this.call('POST', 'api/play/events', this.attemptToken(), head);
      if (!res.ok) {
        // Time up, or the class ended: what is queued for that scenario can no longer count; the rest stays.
        if (res.error.kind === 'refused' && (res.error.code === 'time-up' || res.error.code === 'class-ended')) {
          this.state.queue = this.state.queue.filter((q) => q.scenario !== head.scenario);
          this.save();
          continue;
        }
        return { sent, pending: this.state.queue.length, problem: res.error };
      }
      this.state.queue.shift();
      this.save();
      sent++;
    }
    return { sent, pending: 0 };
  }

  private attemptToken(): string {
    if (!this.state.attempt) throw new Error('The attempt has not started.');
    return this.state.attempt;
  }

  private save(): void {
    this.opts.persist?.(structuredClone(this.state));
  }

  private async call<T>(method: 'GET' | 'POST', path: string, token: string | null, body?: unknown): Promise<Result<T, HubProblem>> {
    let res: Response;
    try {
      res = await this.fetcher(`${this.base}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return { ok: false, error: { kind: 'offline' } };
    }
    const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (res.ok) return { ok: true, value: data as T };
    return {
      ok: false,
      error: {
        kind: 'refused',
        status: res.status,
        code: typeof data.error === 'string' ? data.error : 'unknown',
        message: typeof data.message === 'string' ? data.message : '',
        ...(typeof data.expected === 'number' ? { expected: data.expected } : {}),
      },
    };
  }
}
