/**
 * Migrations, in code so that the same list runs on PGlite and Postgres (Kysely's Migrator records
 * them in its own table and runs each once, under a lock). Add one per change; never edit a shipped one.
 */
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

const foundation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('examiner', 'teacher')`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('auth_sessions')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('hub_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('private_key', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('exams')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('exam_key', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('exam', 'jsonb', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addUniqueConstraint('exams_owner_key', ['owner_id', 'exam_key'])
      .execute();
    await db.schema
      .createTable('invitations')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('exam_id', 'uuid', (c) => c.notNull().references('exams.id').onDelete('cascade'))
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('attempts_allowed', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('invitations_exam').on('invitations').column('exam_id').execute();
    await db.schema
      .createTable('attempts')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('invitation_id', 'uuid', (c) => c.notNull().references('invitations.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('candidate', 'jsonb', (c) => c.notNull())
      .addColumn('group_answer', 'text')
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('scenario_index', 'integer', (c) => c.notNull())
      .addColumn('scenario_started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('finished_at', 'timestamptz')
      // One attempt per number: two browsers starting the same link at once cannot both win.
      .addUniqueConstraint('attempts_invitation_number', ['invitation_id', 'number'])
      .execute();
    await db.schema.createIndex('attempts_started').on('attempts').column('started_at').execute();
    await db.schema
      .createTable('attempt_events')
      .addColumn('attempt_id', 'uuid', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('scenario_index', 'integer', (c) => c.notNull())
      .addColumn('event', 'jsonb', (c) => c.notNull())
      .addColumn('game_time', 'double precision', (c) => c.notNull())
      .addColumn('received_at', 'timestamptz', (c) => c.notNull())
      .addColumn('lag_ms', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('attempt_events_pk', ['attempt_id', 'seq'])
      .execute();
    await db.schema
      .createTable('attempt_sessions')
      .addColumn('attempt_id', 'uuid', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
      .addColumn('scenario_index', 'integer', (c) => c.notNull())
      .addColumn('report', 'jsonb', (c) => c.notNull())
      .addColumn('problems', 'jsonb', (c) => c.notNull())
      .addPrimaryKeyConstraint('attempt_sessions_pk', ['attempt_id', 'scenario_index'])
      .execute();
    await db.schema
      .createTable('results')
      .addColumn('attempt_id', 'uuid', (c) => c.primaryKey().references('attempts.id').onDelete('cascade'))
      .addColumn('signed', 'jsonb', (c) => c.notNull())
      .addColumn('overall', 'integer', (c) => c.notNull())
      .addColumn('passed', 'boolean', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
  },
};

/**
 * Live class sessions: a class is an exam the hub makes from the teacher's settings (one scenario), so
 * students' runs are attempts and their acts `attempt_events`, taken, stamped and replayed alike.
 */
const classes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('classes')
      .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
      .addColumn('owner_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('exam_id', 'uuid', (c) => c.notNull().unique().references('exams.id').onDelete('cascade'))
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('settings', 'jsonb', (c) => c.notNull())
      .addColumn('paused_at', 'timestamptz')
      .addColumn('paused_ms', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('injects', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('ended_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('classes_owner').on('classes').column('owner_id').execute();
    await db.schema
      .createTable('class_students')
      .addColumn('attempt_id', 'uuid', (c) => c.primaryKey().references('attempts.id').onDelete('cascade'))
      .addColumn('class_id', 'uuid', (c) => c.notNull().references('classes.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('paused_base_ms', 'double precision', (c) => c.notNull().defaultTo(0))
      .addColumn('snapshot', 'jsonb')
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('class_students_class').on('class_students').column('class_id').execute();
  },
};

export const migrations: MigrationProvider = {
  getMigrations: async () => ({ '0001-foundation': foundation, '0002-classes': classes }),
};
