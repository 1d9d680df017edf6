/** Methods for court orders: bring one in, read what it asks, and keep the person's notes on it. */
import { z } from 'zod';
import type { ExplainedOrder, OrderView, UpcomingDeadlines } from '../caseOrders/orderView.js';
import type { RemovedOrder, StoredOrder } from '../caseOrders/orderRepository.js';
import { MAX_PERIOD_HOURS, parseIsoDate, SERVICE_METHODS, type DueDate, type HoursDue } from '../deadlines/index.js';
import { MAX_ORDER_TEXT_CHARS, MAX_PDF_BASE64_CHARS, PDF_TOO_LARGE_MESSAGE, TEXT_TOO_LARGE_MESSAGE } from '../orders/orderLimits.js';
import { none } from './caseContract.js';

/** A real calendar date, checked here so every method gets the same plain message. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Please write the date as YYYY-MM-DD, for example 2021-06-14.')
  .refine((s) => parseIsoDate(s).ok, 'That date does not exist. Please check the day and the month.');

const serviceMethod = z.enum([...SERVICE_METHODS, '']);
const orderId = z.number().int().positive();
/** Days the court was closed (FRCP 6(a)(3)), given with a question rather than kept in a case file. */
const closureList = z.array(z.object({ date: isoDate, name: z.string().trim().max(200).default('') }).strict()).max(400);

/** An order arrives as pasted or .txt text, or as a PDF's bytes in base64. */
const orderSource = z
  .object({
    name: z.string().max(300).default('pasted text'),
    text: z.string().max(MAX_ORDER_TEXT_CHARS, TEXT_TOO_LARGE_MESSAGE).optional(),
    pdfBase64: z.string().max(MAX_PDF_BASE64_CHARS, PDF_TOO_LARGE_MESSAGE).optional(),
  })
  .refine((s) => (s.text === undefined) !== (s.pdfBase64 === undefined), 'Please give the order as text or as a PDF, not both or neither.');

export const orderInputs = {
  'orders.explainText': z
    .object({
      source: orderSource,
      orderDate: isoDate.optional(),
      servedDate: isoDate.optional(),
      receivedDate: isoDate.optional(),
      serviceMethod: serviceMethod.optional(),
      state: z.enum(['CA']).nullable().optional(),
      closures: closureList.optional(),
    })
    .strict(),
  'orders.add': z
    .object({
      source: orderSource,
      servedDate: isoDate.optional(),
      serviceMethod: serviceMethod.optional(),
      /** Keep the paper even when the app finds nothing it asks (the person was asked and said yes). */
      keepIfNothingFound: z.boolean().optional(),
    })
    .strict(),
  'orders.list': none,
  'orders.remove': z.object({ orderId, reason: z.string().trim().min(1, 'Please say why you are removing it.').max(500, 'Please keep the reason under 500 characters.') }).strict(),
  'orders.removed': none,
  'orders.get': z.object({ orderId }).strict(),
  'orders.update': z
    .object({
      orderId,
      patch: z
        .object({
          title: z.string().trim().min(1).max(300),
          ecfNumber: z.string().max(20),
          signedDate: isoDate.or(z.literal('')),
          servedDate: isoDate.or(z.literal('')),
          receivedDate: isoDate.or(z.literal('')),
          serviceMethod,
        })
        .partial()
        .strict(),
    })
    .strict(),
  'orders.setRequirement': z
    .object({
      orderId,
      requirementId: z.string().min(1).max(60),
      status: z.enum(['new', 'confirmed', 'dismissed', 'done']).optional(),
      summary: z.string().trim().min(1).max(1000).nullable().optional(),
      dueDate: isoDate.nullable().optional(),
    })
    .strict(),
  'orders.addRequirement': z
    .object({
      orderId,
      summary: z.string().trim().min(3, 'Please say what must be done.').max(1000),
      actor: z.enum(['plaintiff', 'defendant', 'defense-counsel', 'all-parties', 'court', 'unknown']),
      dueDate: isoDate.or(z.literal('')),
    })
    .strict(),
  'deadlines.upcoming': none,
  'deadlines.compute': z
    .object({
      from: isoDate,
      days: z.number().int().min(0).max(3650),
      direction: z.enum(['after', 'before']).optional(),
      serviceByMail: z.boolean().optional(),
      serviceMethod: z.enum(SERVICE_METHODS).nullable().optional(),
      closures: closureList.optional(),
      state: z.enum(['CA']).nullable().optional(),
    })
    .strict(),
  'deadlines.computeHours': z
    .object({
      from: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Please give the time it started as YYYY-MM-DDTHH:mm, for example 2021-06-14T17:00.'),
      hours: z.number().int().min(0).max(MAX_PERIOD_HOURS),
      timeZone: z.string().min(1).max(100),
      closures: closureList.optional(),
    })
    .strict(),
  'closures.list': none,
  'closures.add': z.object({ date: isoDate, name: z.string().trim().min(1).max(200) }).strict(),
  'closures.remove': z.object({ date: isoDate }).strict(),
} as const;

export interface OrderSummary {
  id: number;
  title: string;
  ecfNumber: string;
  signedDate: string;
  servedDate: string;
  serviceMethod: StoredOrder['serviceMethod'];
  requirementCount: number;
  nextDueDate: string | null;
}

export interface OrderOutputs {
  'orders.explainText': ExplainedOrder;
  'orders.add': OrderView;
  'orders.list': OrderSummary[];
  'orders.remove': { removed: number };
  'orders.removed': RemovedOrder[];
  'orders.get': OrderView;
  'orders.update': OrderView;
  'orders.setRequirement': OrderView;
  'orders.addRequirement': OrderView;
  'deadlines.upcoming': UpcomingDeadlines;
  'deadlines.compute': DueDate;
  'deadlines.computeHours': HoursDue;
  'closures.list': { date: string; name: string }[];
  'closures.add': { date: string; name: string }[];
  'closures.remove': { date: string; name: string }[];
}

export type { ExplainedOrder, MissedContact, OrderView, RequirementView, UpcomingDeadline, UpcomingDeadlines } from '../caseOrders/orderView.js';
export type { StoredOrder, DueDate, RemovedOrder };
