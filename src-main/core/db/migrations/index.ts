import { sql as m0001 } from './0001_caseInfo.js';

/**
 * Every migration, in order. Position + 1 is the schema version written to
 * PRAGMA user_version. Add new ones at the end; never edit one that has shipped.
 */
export const migrations: readonly string[] = [m0001];

export const LATEST_SCHEMA_VERSION = migrations.length;
