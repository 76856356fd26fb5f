/**
 * The database's tables as Kysely types (snake_case, as in the SQL). Migrations (migrations.ts) make
 * them; every query is typed against this. Live classes (a later step) add their own tables beside
 * these and reuse `users` (a teacher is an account) and the signing key.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A column the database fills in on insert (a default), readable as a Date. */
type CreatedAt = ColumnType<Date, Date | undefined, never>;
/** jsonb: written as JSON text (one behaviour for node-postgres and PGlite), read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  /** argon2id, PHC string ($argon2id$v=19$m=…). */
  password_hash: string;
  role: 'examiner' | 'teacher';
  created_at: CreatedAt;
}

/** A signed-in browser: the cookie holds `<id>.<secret>`, the database only the secret's SHA-256. */
export interface AuthSessionsTable {
  id: Generated<string>;
  user_id: string;
  secret_hash: string;
  created_at: CreatedAt;
  expires_at: Date;
}

/** The hub's Ed25519 key, in the database so that every hub process on one Postgres signs alike. */
export interface HubKeysTable {
  id: string;
  public_key: string;
  private_key: string;
  created_at: CreatedAt;
}

export interface ExamsTable {
  id: Generated<string>;
  owner_id: string;
  /** The exam file's own id (src/records/exam-file.ts), unique per examiner. */
  exam_key: string;
  title: string;
  /** The whole exam file, seed included: it never leaves the server. */
  exam: Json<unknown>;
  fingerprint: string;
  created_at: CreatedAt;
}

/** A candidate's single-use link: `<id>.<secret>`, the secret stored hashed. */
export interface InvitationsTable {
  id: Generated<string>;
  exam_id: string;
  secret_hash: string;
  /** The examiner's note of who it is for (a name, an e-mail, a number): personal data. */
  label: string;
  /** Attempts the candidate may start: 1, raised by the examiner granting another. */
  attempts_allowed: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
}

export interface AttemptsTable {
  id: Generated<string>;
  invitation_id: string;
  /** 1 for the first attempt, 2 for one granted after it… */
  number: number;
  /** The attempt's own bearer secret, returned once at its start, stored hashed. */
  secret_hash: string;
  candidate: Json<Record<string, string>>;
  group_answer: string | null;
  started_at: Date;
  /** The scenario being played (index in the exam), and when the server started its clock. */
  scenario_index: number;
  scenario_started_at: Date;
  finished_at: Date | null;
}

/** What the candidate did, as sent: one row per sequence number, stamped with the server's time. */
export interface AttemptEventsTable {
  attempt_id: string;
  seq: number;
  scenario_index: number;
  /** The event as the game logged it (type and its fields), without times. */
  event: Json<Record<string, unknown>>;
  /** Game seconds the game gave it. */
  game_time: number;
  received_at: Date;
  /**
   * Real ms by which the event arrived after the game time it claims, counted from the scenario's start
   * on the server's clock (exam-rules.ts reads gaps from how this grows: a network cut, a slowed clock).
   */
  lag_ms: number;
}

/** Each scenario's session report, made by the server's replay when the scenario closes. */
export interface AttemptSessionsTable {
  attempt_id: string;
  scenario_index: number;
  report: Json<unknown>;
  /** What the replay refused (an option that was not offered…), for the examiner. */
  problems: Json<string[]>;
}

export interface ResultsTable {
  attempt_id: string;
  /** The signed result (src/records/hub-result.ts), as downloaded. */
  signed: Json<unknown>;
  overall: number;
  passed: boolean;
  created_at: CreatedAt;
}

export interface Database {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  hub_keys: HubKeysTable;
  exams: ExamsTable;
  invitations: InvitationsTable;
  attempts: AttemptsTable;
  attempt_events: AttemptEventsTable;
  attempt_sessions: AttemptSessionsTable;
  results: ResultsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Attempt = Selectable<AttemptsTable>;
