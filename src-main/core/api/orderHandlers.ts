import type { orderInputs } from './orderContract.js';
import type { HandlersFor } from './handlerTypes.js';

export const orderHandlers: HandlersFor<keyof typeof orderInputs> = {};
