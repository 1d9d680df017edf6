import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CaseFileApi } from '../core/api/createApi.js';
import { saveTargetProblem } from '../core/exports/saveTarget.js';
import { CliFailure, unwrap, type CliCommand } from './command.js';

type Paper = 'joint-statement' | 'contact-log' | 'checklist' | 'letter';
type Format = 'docx' | 'pdf' | 'txt';
const FORMATS: readonly Format[] = ['docx', 'pdf', 'txt'];

/**
 * Write next to the target first, then rename: a half-written paper never takes the name. Without
 * --force the name is taken with link(), which fails if a file appeared there meanwhile.
 */
function writeFile(out: string, bytes: Uint8Array, force: boolean): void {
  const dir = path.dirname(out);
  if (!fs.existsSync(dir)) throw new CliFailure(`The folder "${dir}" does not exist.`);
  const problem = saveTargetProblem(out, { force });
  if (problem) throw new CliFailure(problem);
  const tmp = path.join(dir, `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    if (force) fs.renameSync(tmp, out);
    else takeFreeName(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new CliFailure(`The app cannot save "${out}": the folder is read-only.`);
    if (code === 'ENOSPC') throw new CliFailure(`The drive is full, so "${out}" was not saved.`);
    if (code === 'EISDIR') throw new CliFailure(`"${out}" is a folder. Give a file name.`);
    if (code === 'EEXIST') throw new CliFailure(saveTargetProblem(out, { force: false }) ?? `"${path.basename(out)}" is already there. The app did not replace it.`);
    throw new CliFailure(`The app could not save "${out}".`);
  }
}

/** Give the finished temp file the name `out` only if nothing has that name (FAT drives have no links). */
function takeFreeName(tmp: string, out: string): void {
  try {
    fs.linkSync(tmp, out);
    fs.rmSync(tmp, { force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
    if (fs.existsSync(out)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    fs.renameSync(tmp, out);
  }
}

async function openCase(api: CaseFileApi, file: string | undefined, what: string): Promise<string> {
  if (!file) throw new CliFailure(`Please name the case file, for example: cli export ${what} my-case.casefile --out paper.pdf`);
  // Making a paper only reads the case: the file is not changed at all.
  const snap = unwrap(await api.call('case.open', { path: file, readOnly: true }));
  return snap.path;
}

function outPath(casePath: string, out: string | undefined, suggested: string): string {
  const target = path.resolve(out ?? suggested);
  if (target === casePath || target.startsWith(`${casePath}-`)) throw new CliFailure('That would write over the case file itself. Please pick another --out name.');
  return target;
}

function report(values: { json?: boolean }, target: string, bytes: number, warnings: string[], extra: Record<string, unknown> = {}): string {
  if (values.json) return JSON.stringify({ path: target, bytes, warnings, ...extra }, null, 2);
  return [`Saved ${target} (${bytes.toLocaleString('en-US')} bytes)`, ...warnings.map((w) => `Check: ${w}`)].join('\n');
}

function paperCommand(word: string, paper: Paper, label: string): CliCommand {
  return {
    name: `export ${word}`,
    usage: `export ${word} FILE [--format docx|pdf|txt] [--out PATH] [--force]${paper === 'joint-statement' || paper === 'letter' ? ' [--order ORDER-ID]' : ''} [--json]   (${label})`,
    async run(api, args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { format: { type: 'string' }, out: { type: 'string' }, order: { type: 'string' }, json: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } },
      });
      const fromExt = values.out ? path.extname(values.out).slice(1).toLowerCase() : '';
      const format = (values.format ?? (FORMATS.includes(fromExt as Format) ? fromExt : 'pdf')).toLowerCase() as Format;
      if (!FORMATS.includes(format)) throw new CliFailure(`"${values.format}" is not a format the app makes. Use --format docx, pdf or txt.`, 2);
      let orderId: number | undefined;
      if (values.order !== undefined) {
        orderId = Number(values.order);
        if (!Number.isInteger(orderId) || orderId < 1) throw new CliFailure('--order takes an order number, like --order 1 (the first order added is 1).', 2);
      }
      const casePath = await openCase(api, positionals[0], word);
      const file = unwrap(await api.call('papers.export', { paper, format, ...(orderId !== undefined && { orderId }) }));
      const target = outPath(casePath, values.out, file.fileName);
      writeFile(target, Buffer.from(file.base64, 'base64'), values.force);
      return report(values, target, file.bytes, file.warnings);
    },
  };
}

/** export joint-statement|log|checklist|letter|calendar */
export const exportCommands: CliCommand[] = [
  paperCommand('joint-statement', 'joint-statement', 'your part of the joint statement'),
  paperCommand('log', 'contact-log', 'the contact log report'),
  paperCommand('checklist', 'checklist', 'the checklist of what the orders ask'),
  paperCommand('letter', 'letter', 'a meet-and-confer letter to the other side'),
  {
    name: 'export calendar',
    usage: 'export calendar FILE [--out PATH.ics] [--force] [--json]   (the deadlines, for a phone or computer calendar)',
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' }, json: { type: 'boolean', default: false }, force: { type: 'boolean', default: false } } });
      const casePath = await openCase(api, positionals[0], 'calendar');
      const file = unwrap(await api.call('papers.exportCalendar', {}));
      const target = outPath(casePath, values.out, file.fileName);
      writeFile(target, Buffer.from(file.base64, 'base64'), values.force);
      return report(values, target, file.bytes, file.warnings, { events: file.events });
    },
  },
];
