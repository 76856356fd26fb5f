/** What every route of the hub works with: the database, its configuration, the clock, the signing key and the scenarios. */
import type { Kysely } from 'kysely';
import type { HubKeyPair } from '../src/engine/hub-signature';
import type { HubConfig } from './config';
import type { Database } from './db/schema';
import type { DbKind } from './db/database';
import type { ScenarioLookup } from './scenarios';
import type { ClassLive } from './classes/live-view';

export interface HubContext {
  db: Kysely<Database>;
  dbKind: DbKind;
  config: HubConfig;
  /** Real ms: the exam clock is the server's (injected so tests can move it). */
  now: () => number;
  key: HubKeyPair;
  scenarios: ScenarioLookup;
  /** The app version written into reports. */
  app: string;
  /** Live classes' views and their fan-out across processes. */
  classes: ClassLive;
}
