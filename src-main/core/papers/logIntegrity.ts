/**
 * The log report's last part: what the check found today, what it can and cannot prove, the
 * fingerprint of the whole log, and every problem found before with what the person said about it.
 *
 * Said plainly because it must be true: the chain has no secret key, so the check finds damage
 * and changes made by hand, not a careful rewrite. Fingerprints other people already hold do.
 */
import type { LogFingerprint } from '../contacts/fingerprint.js';
import type { RecordedProblem } from '../contacts/logProblems.js';
import type { VerifyResult } from '../contacts/verifyLog.js';
import { formatLongDate } from '../deadlines/index.js';
import type { Block } from '../exports/model.js';
import { WHERE_TO_CHECK } from './fingerprintLine.js';
import { shortDate } from './words.js';

export const CHECK_LIMIT =
  'This check cannot prove by itself that no one rewrote the log. Someone with the file and the right tools could rewrite it and work out every fingerprint again. ' +
  'What does prove it is a fingerprint that someone else already has.';

export const FINGERPRINT_USE =
  'Each entry above shows the log\u2019s fingerprint just after that entry was last saved. Papers made with this app print the fingerprint of the day they were made. ' +
  `Anyone who has one of those papers can check it against the log. If anything up to that point was changed later, the log will not give that fingerprint. ${WHERE_TO_CHECK}`;

function pastProblem(p: RecordedProblem): string {
  const found = `On ${shortDate(p.foundAt)}, the check found this problem: ${p.message}`;
  if (!p.acknowledged) return `${found} No one has said yet that they looked into it.`;
  const a = p.acknowledged;
  return `${found} On ${shortDate(a.at)}, ${a.by} said they looked into it: "${a.reason}"${a.fingerprint ? ` The log\u2019s fingerprint then: ${a.fingerprint}.` : ''}`;
}

const wholeLog = (fp: LogFingerprint | null, today: string): Block[] =>
  fp ? [{ type: 'paragraph', text: `Fingerprint of the whole log on ${shortDate(today)} (as of change ${fp.seq}): ${fp.code}` }] : [];

export function integrityBlocks(verify: VerifyResult, today: string): { blocks: Block[]; warnings: string[] } {
  const checked = formatLongDate(today);
  const blocks: Block[] = [{ type: 'heading', level: 2, text: 'What the check and the fingerprints show' }];
  const warnings: string[] = [];
  if (verify.intact) {
    blocks.push({
      type: 'paragraph',
      text:
        `On ${checked}, the app checked each of the log's ${verify.revisions} saved versions. Each one still matches its fingerprint and is linked to the one before it. ` +
        'This finds damage to the file and changes made by hand.',
    });
    if (verify.warning) {
      blocks.push({ type: 'paragraph', text: `Note: ${verify.warning}` });
      warnings.push(verify.warning);
    }
  } else {
    blocks.push({ type: 'paragraph', text: `WARNING: On ${checked}, the check found a problem. ${verify.problem.message} Keep this file and your backups as they are.` });
    warnings.push(`The log did not pass its check: ${verify.problem.message} The report says so on the paper.`);
  }
  blocks.push({ type: 'paragraph', text: CHECK_LIMIT });
  blocks.push(...wholeLog(verify.fingerprint, today));
  if (verify.fingerprint) blocks.push({ type: 'paragraph', text: FINGERPRINT_USE });
  if (verify.problemsOnRecord.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: 'Problems the check found before' });
    for (const p of verify.problemsOnRecord) blocks.push({ type: 'paragraph', text: pastProblem(p) });
  }
  return { blocks, warnings };
}
