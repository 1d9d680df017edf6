import type { CliCommand } from './command.js';

/** Order commands: explain, deadline. */
export const orderCommands: CliCommand[] = [];
