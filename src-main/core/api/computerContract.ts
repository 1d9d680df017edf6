/** Methods for library and shared computers: what the app keeps here, and "Leave this computer". */
import { z } from 'zod';
import type { ComputerFootprint } from '../settings/leaveComputer.js';
import { none } from './caseContract.js';

export const computerInputs = {
  'computer.footprint': none,
  'computer.leave': z.object({ removeBackupsHere: z.boolean().default(false), removeSavedPapers: z.boolean().default(false) }).strict(),
} as const;

export interface LeaveReport {
  /** The case that was open and is now closed, in words; null when none was open. */
  closed: string | null;
  /** Each thing removed from this computer, in words. */
  removed: string[];
  /** What stays, and why, in words. */
  kept: string[];
}

export interface ComputerOutputs {
  'computer.footprint': ComputerFootprint;
  'computer.leave': LeaveReport;
}

export type { ComputerFootprint };
