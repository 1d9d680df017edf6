/** Methods for discovery requests at issue and the contact log. */
export const logInputs = {} as const;

export interface LogOutputs {}
