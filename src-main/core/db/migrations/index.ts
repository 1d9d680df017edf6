import { sql as m0001 } from './0001_caseInfo.js';
import { sql as m0002 } from './0002_contactLog.js';
import { sql as m0003 } from './0003_orders.js';
import { sql as m0004 } from './0004_serviceMethods.js';
import { sql as m0005 } from './0005_requirementAnchors.js';
import { sql as m0006 } from './0006_receivedDate.js';
import { sql as m0007 } from './0007_logProblems.js';
import { sql as m0008 } from './0008_orderRemoval.js';

/**
 * Every migration, in order. Position + 1 is the schema version written to
 * PRAGMA user_version. Add new ones at the end; never edit one that has shipped.
 */
export const migrations: readonly string[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008];

export const LATEST_SCHEMA_VERSION = migrations.length;
