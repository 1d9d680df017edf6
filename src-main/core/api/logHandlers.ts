import type { logInputs } from './logContract.js';
import type { HandlersFor } from './handlerTypes.js';

export const logHandlers: HandlersFor<keyof typeof logInputs> = {};
