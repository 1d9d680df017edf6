/** A case to test the contact log on, made through the real API, and the call entries the tests add. */
import assert from 'node:assert/strict';
import type { EntryInput } from '../../src-main/core/contacts/entryContent.js';
import type { CaseDb } from '../../src-main/core/db/openCaseFile.js';
import { testApi } from './testApi.js';

/** A fresh case file through the real API; returns the API, the file and its open database. */
export async function newCase(caption: { partyName?: string; counsel?: { name: string } } = { partyName: 'Christopher Dickson', counsel: { name: 'Jane Counsel' } }) {
  const { api, file } = testApi();
  const path = file(`case-${Math.random().toString(36).slice(2)}.casefile`);
  const made = await api.call('case.create', { path, caption });
  assert.ok(made.ok);
  return { api, path, db: api.session.db() };
}

export const call = (at: string, extra: Partial<EntryInput> = {}): EntryInput => ({ kind: 'phone-call', at, timeZone: 'America/Los_Angeles', minutes: 15, ...extra });

export async function reopen(api: Awaited<ReturnType<typeof newCase>>['api'], path: string): Promise<CaseDb> {
  await api.close();
  const r = await api.call('case.open', { path });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return api.session.db();
}
