/**
 * The database's tables as Kysely types (snake_case, as in the SQL). Migrations (migrations.ts) make
 * them; every query is typed against this. Live classes add `classes` and `class_students` and reuse
 * the rest (a teacher is an account, a class an exam, a student an attempt).
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { ClassSettings, FiredInject, StudentSnapshot } from '../../src/records/class-live';

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

/** A live class session: the exam the hub made from the teacher's settings, its code, its pauses and the injects fired. */
export interface ClassesTable {
  id: Generated<string>;
  owner_id: string;
  exam_id: string;
  /** What students type to join (src/records/class-live.ts `CLASS_CODE_ALPHABET`). */
  code: string;
  settings: Json<ClassSettings>;
  /** Set while the session is paused. */
  paused_at: Date | null;
  /** Real ms spent paused before the current pause: the class's clock stood still that long. */
  paused_ms: ColumnType<number, number | undefined, number>;
  /** The injects fired, in order: every student's game logs each one. */
  injects: ColumnType<FiredInject[], string | undefined, string>;
  created_at: CreatedAt;
  ended_at: Date | null;
}

/** A student who joined a class (their attempt), by the name they gave, with what the live view shows of them. */
export interface ClassStudentsTable {
  attempt_id: string;
  class_id: string;
  name: string;
  /** The class's paused total when the student joined: only later pauses shift their clock. */
  paused_base_ms: number;
  snapshot: ColumnType<StudentSnapshot | null, string | null | undefined, string | null>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
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
  classes: ClassesTable;
  class_students: ClassStudentsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Attempt = Selectable<AttemptsTable>;
export type ClassRow = Selectable<ClassesTable>;
