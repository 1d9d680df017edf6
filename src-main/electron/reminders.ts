import fs from 'node:fs';
import path from 'node:path';
import { Notification } from 'electron';
import type { CaseFileApi } from '../core/api/createApi.js';
import type { UpcomingDeadlines } from '../core/caseOrders/orderView.js';
import { localToday } from '../core/caseOrders/orderView.js';
import { remindersToShow } from '../core/caseOrders/reminders.js';

const HOUR = 60 * 60 * 1000;

/** Desktop notifications for near deadlines, at most once a day each; the rule lives in core. */
export function startReminders(api: CaseFileApi, appDataDir: string): void {
  const file = path.join(appDataDir, 'reminders-shown.json');
  const check = async () => {
    if (!Notification.isSupported()) return;
    const r = await api.invoke('deadlines.upcoming', {});
    if (!r.ok) return; // no case open
    let lastShown: Record<string, string> = {};
    try {
      lastShown = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    } catch {
      // first run, or an unreadable file: showing a reminder again is the safe side
    }
    const { show, lastShown: next } = remindersToShow((r.value as UpcomingDeadlines).items, localToday(), lastShown);
    for (const n of show) new Notification({ title: n.title, body: n.body }).show();
    try {
      fs.mkdirSync(appDataDir, { recursive: true });
      fs.writeFileSync(file, JSON.stringify(next));
    } catch {
      // reminders are a convenience; never let them stop the app
    }
  };
  setTimeout(() => void check(), 10_000).unref();
  setInterval(() => void check(), HOUR).unref();
}
