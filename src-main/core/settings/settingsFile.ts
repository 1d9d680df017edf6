import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const recentSchema = z.object({ path: z.string(), name: z.string(), openedAt: z.string() });
const settingsSchema = z.object({
  recent: z.array(recentSchema).max(20).default([]),
  textSize: z.number().min(0.8).max(2).default(1),
});
export type Settings = z.infer<typeof settingsSchema>;
export type RecentFile = z.infer<typeof recentSchema>;

const file = (dir: string) => path.join(dir, 'settings.json');

/** A missing or unreadable settings file just means defaults: it holds nothing the user can lose. */
export function readSettings(dir: string): Settings {
  try {
    return settingsSchema.parse(JSON.parse(fs.readFileSync(file(dir), 'utf8')));
  } catch {
    return settingsSchema.parse({});
  }
}

/** Write to a temp file then rename, so a crash never leaves half a settings file. */
export function writeSettings(dir: string, settings: Settings): void {
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file(dir)}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(settingsSchema.parse(settings), null, 2));
  fs.renameSync(tmp, file(dir));
}
