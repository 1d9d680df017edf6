import type { MethodName, Output, ParsedInput } from './contract.js';
import type { ApiContext } from './context.js';

export type Handler<M extends MethodName> = (ctx: ApiContext, input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;

/** The handlers for one part of the contract: the compiler checks each method is there, typed. */
export type HandlersFor<Keys extends MethodName> = { [M in Keys]: Handler<M> };
