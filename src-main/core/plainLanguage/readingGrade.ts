/**
 * The grade of a text as the person meets it on screen: court words the app underlines and
 * explains on hover or focus (the glossary) count as one short word, since their meaning is
 * one step away. Everything else counts (Flesch–Kincaid).
 */
import { findGlossaryTerms } from './findTerms.js';
import { fleschKincaidGrade } from './readability.js';

export function readingGrade(text: string): number {
  let out = '';
  let at = 0;
  for (const t of findGlossaryTerms(text)) {
    out += `${text.slice(at, t.start)}term`;
    at = t.end;
  }
  return fleschKincaidGrade(out + text.slice(at));
}
