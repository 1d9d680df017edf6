/** What one clause of an order asks, as the clause rules read it (see classify.ts). */
import type { ActorContext } from './actors.js';
import type { Directive } from './directive.js';
import type { Actor, DeadlineRule, Means, RequirementKind } from './types.js';

export interface Analysis {
  kind: RequirementKind;
  actor: Actor;
  act: string;
  optional?: boolean;
  doc?: { key: string; label: string };
  /** Whom the actor must contact, serve or answer. */
  target?: Actor;
  rule?: DeadlineRule;
  means?: Means[];
  /** The clause text as written (cleaned), and the part after the command verb. */
  text: string;
  predicate: string;
  verb: string;
  /** The command was passive ("a Joint Statement shall be filed"); subject is what it is about. */
  passive?: boolean;
  subject?: string;
  /** A leading "If ..." condition, as written. */
  condition?: string;
  /** Plain rules for conduct, page limits, etc. */
  points?: { label: string; text: string }[];
  /** warning: what failing to do, and what may follow. */
  failures?: string;
  consequences?: string[];
  certain?: boolean;
  /** stay / relief / prohibition: what is affected and until when. */
  object?: string;
  until?: string;
  unless?: string;
  electronicSignatures?: boolean;
  goodFaith?: boolean;
  event?: string;
  cancelled?: boolean;
}

export interface ClauseInput {
  /** Cleaned clause text. */
  text: string;
  /** List items of the sentence, already in plain words. */
  items?: { label: string; text: string }[];
  ctx: ActorContext;
}

/** One clause, read once, handed to each shape reader in turn. */
export interface ClauseView {
  input: ClauseInput;
  /** The clause with every space character a plain space, and its lower-case copy of the same length. */
  text: string;
  lc: string;
  directives: Directive[];
  /** The command the clause is about, if it has one. */
  main: Directive | undefined;
  rule: DeadlineRule | undefined;
  subjectActor: Actor;
  /** A fresh analysis of this clause with the given kind, actor and act key. */
  base(kind: RequirementKind, actor: Actor, act: string): Analysis;
  /** The analysis with the clause's deadline, unless it already has one. */
  withRule(a: Analysis): Analysis;
}
