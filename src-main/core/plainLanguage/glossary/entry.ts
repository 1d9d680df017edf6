/** One word or phrase from court orders and what it means in plain words. */
export interface GlossaryEntry {
  /** Stable id for links and tests ("motion-to-compel"). */
  readonly id: string;
  /** The term as the glossary shows it. */
  readonly term: string;
  /** Other ways orders write the same term. */
  readonly aliases: readonly string[];
  /** What it means, in one or two short sentences. */
  readonly plain: string;
  /** How it shows up in an order or a case, when that helps. */
  readonly example?: string;
}
