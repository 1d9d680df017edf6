import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatLongDate, SERVED_DATE_MEANING } from '../core/deadlines/index.js';
import { MAX_PDF_BYTES, MAX_PDF_LABEL } from '../core/orders/orderLimits.js';
import { hoursDeadline } from './hoursDeadline.js';
import { CliFailure, unwrap, type CliCommand } from './command.js';
import { closedOption, SERVICE_USAGE, serviceOption, stateOption } from './dateOptions.js';


/** Read a .txt or .pdf order from disk, refusing what cannot be an order before reading it all. */
function readOrderFile(file: string): { name: string; text?: string; pdfBase64?: string } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliFailure(`We could not find "${file}".`);
  }
  if (!stat.isFile()) throw new CliFailure(`"${file}" is not a file.`);
  if (stat.size === 0) throw new CliFailure(`"${path.basename(file)}" is empty. Please pick the file with the order's text.`);
  if (stat.size > MAX_PDF_BYTES) throw new CliFailure(`"${path.basename(file)}" is too large to be a court order (over ${MAX_PDF_LABEL}).`);
  const bytes = fs.readFileSync(file);
  const name = path.basename(file);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { name, pdfBase64: bytes.toString('base64') };
  return { name, text: bytes.toString('utf8') };
}

/** Order commands: explain, deadline. Neither needs a case file. */
export const orderCommands: CliCommand[] = [
  {
    name: 'explain',
    usage: `explain ORDER.txt|ORDER.pdf [--order-date YYYY-MM-DD] [--served YYYY-MM-DD] [--received YYYY-MM-DD] [${SERVICE_USAGE}] [--state CA] [--closed YYYY-MM-DD ...] [--json]`,
    async run(api, args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false }, 'order-date': { type: 'string' }, served: { type: 'string' }, received: { type: 'string' }, service: { type: 'string' }, state: { type: 'string' }, closed: { type: 'string', multiple: true } },
      });
      const file = positionals[0];
      if (!file) throw new CliFailure('Please name the order file to explain, for example: cli explain order.pdf');
      const method = serviceOption(values.service);
      const st = stateOption(values.state);
      const closures = closedOption(values.closed);
      const explained = unwrap(
        await api.call('orders.explainText', {
          source: readOrderFile(file),
          ...(values['order-date'] !== undefined && { orderDate: values['order-date'] }),
          ...(values.served !== undefined && { servedDate: values.served }),
          ...(values.received !== undefined && { receivedDate: values.received }),
          ...(method && { serviceMethod: method }),
          ...(st && { state: st }),
          ...(closures.length > 0 && { closures }),
        }),
      );
      if (values.json) {
        const { caption, requirements, otherDates, conflicts, electronicSignaturesAllowed, localRules, notices } = explained;
        return JSON.stringify({ caption, requirements, otherDates, conflicts, electronicSignaturesAllowed, localRules, notices }, null, 2);
      }
      const lines = [`${explained.caption.orderTitle ?? 'Court order'}`, `Case ${explained.caption.caseNumber ?? '(no case number found)'}`, ''];
      for (const r of explained.requirements) {
        const when = r.deadline?.dueDate ? ` — by ${formatLongDate(r.deadline.dueDate)}` : r.deadline?.pending ? ` — ${r.deadline.pending}` : '';
        lines.push(`• ${r.summary}${when}`);
      }
      if (explained.requirements.some((r) => r.deadline?.trigger === 'service')) lines.push('', `The served date (--served): ${SERVED_DATE_MEANING}`);
      for (const c of explained.conflicts) lines.push('', `Two dates for the same thing: ${c.message}`);
      if (explained.otherDates.length > 0) {
        lines.push('', 'Other dates in this order (not deadlines now):');
        for (const o of explained.otherDates) lines.push(`• ${formatLongDate(o.date)}: ${o.why}`);
      }
      lines.push('', ...explained.notices);
      return lines.join('\n');
    },
  },
  {
    name: 'order add',
    usage: `order add CASEFILE ORDER.txt|ORDER.pdf [--served YYYY-MM-DD] [${SERVICE_USAGE}] [--json]`,
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, served: { type: 'string' }, service: { type: 'string' } } });
      const [caseFile, orderFile] = positionals;
      if (!caseFile || !orderFile) throw new CliFailure('Please name the case file and the order file, for example: cli order add my.casefile order.pdf');
      const method = serviceOption(values.service);
      const source = readOrderFile(orderFile);
      unwrap(await api.call('case.open', { path: caseFile }));
      const view = unwrap(await api.call('orders.add', { source, ...(values.served !== undefined && { servedDate: values.served }), ...(method && { serviceMethod: method }) }));
      if (values.json) return JSON.stringify(view, null, 2);
      const warn = view.caseNumberMatches === false ? `\nCheck: this order's case number (${view.caption.caseNumber}) is not the case file's number.` : '';
      return `Added order ${view.order.id}: ${view.order.title} (${view.requirements.length} requirements)${warn}`;
    },
  },
  {
    name: 'deadline',
    usage: `deadline --from YYYY-MM-DD --days N [--before] [${SERVICE_USAGE}] [--state CA] [--closed YYYY-MM-DD ...] [--json]\n  cli deadline --from YYYY-MM-DDTHH:mm --hours N [--time-zone Area/City] [--closed YYYY-MM-DD ...] [--json]`,
    async run(api, args) {
      const { values } = parseArgs({
        args,
        options: { json: { type: 'boolean', default: false }, from: { type: 'string' }, days: { type: 'string' }, before: { type: 'boolean', default: false }, service: { type: 'string' }, state: { type: 'string' }, closed: { type: 'string', multiple: true }, hours: { type: 'string' }, 'time-zone': { type: 'string' } },
      });
      if (!values.from) throw new CliFailure('Please give the day to count from, for example: --from 2021-05-24');
      if (values.hours !== undefined && values.days !== undefined) throw new CliFailure('Please give --days or --hours, not both.');
      if (values.hours !== undefined) return hoursDeadline(api, values);
      if (values.days === undefined || !/^\d+$/.test(values.days)) throw new CliFailure('Please give the number of days as a whole number, for example: --days 21');
      const st = stateOption(values.state);
      const method = serviceOption(values.service);
      const closures = closedOption(values.closed);
      const due = unwrap(
        await api.call('deadlines.compute', {
          from: values.from,
          days: Number(values.days),
          direction: values.before ? 'before' : 'after',
          ...(method && { serviceMethod: method }),
          state: st ?? null,
          ...(closures.length > 0 && { closures }),
        }),
      );
      if (values.json) return JSON.stringify(due, null, 2);
      return [`Due: ${formatLongDate(due.dueDate)}`, '', ...due.steps.map((s) => `  ${s}`), ...(due.stateHolidayLater ? ['', `A state holiday might move it to ${formatLongDate(due.stateHolidayLater.dueDate)} (${due.stateHolidayLater.holiday}). Aim for the earlier date.`] : []), '', 'This is not legal advice.'].join('\n');
    },
  },
];
