/**
 * A meet-and-confer letter to the other side's lawyer, drafted from the requests still at issue:
 * which requests, what the party still wants, when and how they can be reached (for a person in
 * prison: a legal call set up through the prison's litigation coordinator), and a request to
 * confirm in writing. Same document model as the court papers; every paragraph can be edited.
 */
import { shortCaseName } from '../caseInfo/caption.js';
import type { RequestView } from '../contacts/requests.js';
import type { Block } from '../exports/model.js';
import { fingerprintBlocks } from './fingerprintLine.js';
import { demoWarning, demoWatermark, motionWords, orderDate, requirementOf } from './orderFacts.js';
import type { Draft, GeneratedPart, StatementData } from './types.js';
import { addressLines, footerCase, listWords, partyWord, personName, prisonerLine, requestFullName, shortDate } from './words.js';

const MEANS_PHRASE: Record<string, string> = { phone: 'by telephone', 'in-person': 'in person', video: 'by video', letter: 'by letter', email: 'by email' };

const sentence = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return /[.!?]["')\]]*$/.test(t) ? t : `${t}.`;
};

function requestParagraph(r: RequestView): string {
  const desc = r.description.replace(/[.\s]+$/, '').trim();
  const out = [`${requestFullName(r)}${desc ? ` (${desc})` : ''}.`];
  if (r.asked.trim()) out.push(`I asked for: ${sentence(r.asked)}`);
  if (r.status.state === 'partly-resolved') {
    out.push(`${r.status.date ? `On ${shortDate(r.status.date)}, you` : 'You'} agreed to supplement your response${r.status.byDate ? ` by ${shortDate(r.status.byDate)}` : ''}.`);
  }
  out.push(r.position.trim() ? `What I still want, and why: ${sentence(r.position)}` : '[Write what you still want, and why.]');
  return out.join(' ');
}

export function buildLetter(d: StatementData): Draft {
  const c = d.caption;
  const order = d.order;
  const name = personName(c);
  const party = partyWord(c.side || order?.caption.proSe || '');
  const motion = motionWords(order);
  const counsel = c.counsel;
  const blocks: Block[] = [];
  const parts: GeneratedPart[] = [];
  const warnings: string[] = [];
  const para = (id: string, title: string, text: string, label?: string) => {
    blocks.push({ type: 'paragraph', id, text, ...(label && { label }) });
    parts.push({ id, title, text });
  };

  const letterhead = [name || '[Fill in your name]', prisonerLine(c.prisonerNumber), ...addressLines(c.mailingAddress)].filter(Boolean);
  blocks.push({ type: 'paragraph', text: shortDate(d.today) });
  const to = [counsel.name, counsel.firm, ...addressLines(counsel.address)].map((l) => l.trim()).filter(Boolean);
  para('recipient', 'Who it goes to', to.length > 0 ? to.join('\n') : "[Fill in the name and address of the other side's lawyer]");
  blocks.push({ type: 'paragraph', text: `Re: ${shortCaseName(c)}${c.caseNumber ? `, Case No. ${c.caseNumber}` : ''}: meeting and conferring about ${motion.words}` });
  para('greeting', 'Greeting', `Dear ${counsel.name.trim() || 'Counsel'}:`);

  const means = requirementOf(order, 'meet-and-confer')?.means ?? [];
  const meansWords = means.length > 0 ? ` ${listWords(means.map((m) => MEANS_PHRASE[m] ?? m), 'or')}` : '';
  const date = orderDate(order);
  const last = d.conferences[d.conferences.length - 1];
  const opening = last
    ? `We talked about ${motion.words} on ${shortDate(last.date)}. I am writing about the requests that are still at issue, so we can try to resolve them without the Court's help.`
    : `${date ? `The Court's order of ${shortDate(date)}` : "The Court's order"} asks us to meet and confer about ${motion.words}${meansWords}. I am writing to set up a time to talk.`;
  para('opening', 'Why you are writing', opening);

  const stillAtIssue = d.requests.filter((r) => r.status.state === 'open' || r.status.state === 'partly-resolved');
  if (stillAtIssue.length > 0) {
    para('requests-intro', 'The requests', 'These requests are still at issue. For each one, this is what I still want:');
    stillAtIssue.forEach((r, i) => para(`request-${r.key}`, r.label, requestParagraph(r), `${i + 1}.`));
  } else {
    para('requests-intro', 'The requests', d.requests.length === 0 ? '[Write which requests you want to talk about.]' : 'I do not know of any request still at issue. [Write what you want to talk about.]');
  }

  const place = c.institution.trim();
  const times = c.inPrison
    ? `I am in custody${place ? ` at ${place}` : ''}, so I cannot take calls directly. To set up a legal call, please contact the prison's litigation coordinator. ` +
      `Give them my name${c.prisonerNumber.trim() ? ` and number (${c.prisonerNumber.trim()})` : ''} and a few days and times that work for you. ` +
      'You can also set up a meeting in person through the same office.'
    : 'You can reach me by mail at the address above. [Write the days and times you can talk, and your phone number.]';
  para('times', 'When and how to reach you', times);

  const contact = requirementOf(order, 'contact');
  if (contact?.dueDate && contact.dueDate >= d.today) {
    para('deadline', 'The deadline', `The order asks that this contact happen by ${shortDate(contact.dueDate)}.`);
  }
  para('confirm', 'Please confirm in writing', 'Please confirm in writing the date and time of our call, and any agreement we reach on each request. Thank you.');
  blocks.push({ type: 'paragraph', text: 'Sincerely,' });
  blocks.push({ type: 'signature', mode: 'handwritten', name: name || '[Fill in your name]', role: `${party}, pro se`, date: shortDate(d.today), lines: [] });
  blocks.push(...fingerprintBlocks(d.logFingerprint, d.today));

  if (!counsel.name.trim()) warnings.push('The other side\'s lawyer is missing. Add their name and address on "About your case".');
  if (c.isDemo) warnings.push(demoWarning(c, 'send'));
  warnings.push('Keep a copy of the letter. After you mail it, use "I sent this letter" so the contact log shows it.');

  return {
    model: {
      kind: 'letter',
      letterhead,
      blocks,
      footer: `Letter to ${counsel.name.trim() || "the other side's lawyer"} \u2014 ${footerCase(c)}`,
      ...(c.isDemo && { draftWatermark: demoWatermark(c) }),
      title: `Meet-and-confer letter \u2014 ${shortCaseName(c)}`,
      ...(name && { author: name }),
      createdAt: d.now,
    },
    parts,
    warnings,
  };
}
