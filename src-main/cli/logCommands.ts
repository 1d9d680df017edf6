import type { CliCommand } from './command.js';

/** Contact log commands: log add, log list, verify. */
export const logCommands: CliCommand[] = [];
