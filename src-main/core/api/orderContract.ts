/** Methods for court orders: bring one in, read what it asks, and keep the person's notes on it. */
export const orderInputs = {} as const;

export interface OrderOutputs {}
