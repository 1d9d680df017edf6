/** Glossary entries: discovery. The rules for writing an entry are in ../glossary.ts. */
import type { GlossaryEntry } from './entry.js';

export const discovery: readonly GlossaryEntry[] = [
  {
    id: 'discovery',
    term: 'discovery',
    aliases: ['discovery process'],
    plain: 'Discovery is the part of a case when each side asks the other for facts, papers, and other proof. It has its own rules and deadlines.',
  },
  {
    id: 'discovery-request',
    term: 'discovery request',
    aliases: ['requests for discovery', 'request for discovery'],
    plain: 'A discovery request is a written request to the other side for facts or papers. The main kinds are written questions, requests for papers, and requests to admit facts.',
  },
  {
    id: 'request-for-production',
    term: 'request for production',
    aliases: [
      'requests for production',
      'request for production of documents',
      'requests for production of documents',
      'request for the production of documents',
      'requests for the production of documents',
      'document request',
      'RFP',
    ],
    plain: 'A request for production asks the other side to hand over papers, photos, videos, or other things they have. They usually have 30 days to respond.',
  },
  {
    id: 'interrogatory',
    term: 'interrogatory',
    aliases: [],
    plain: 'An interrogatory is a written question that the other side must answer under oath. Most of the time, a side can send up to 25, and the answers are due in 30 days.',
  },
  {
    id: 'request-for-admission',
    term: 'request for admission',
    aliases: ['requests for admission', 'request for admissions', 'requests for admissions', 'request to admit', 'requests to admit', 'RFA'],
    plain: 'A request for admission asks the other side to admit or deny that a fact is true. If they do not answer in time, the fact may count as true.',
  },
  {
    id: 'deposition',
    term: 'deposition',
    aliases: [],
    plain: 'A deposition is when a lawyer asks a person questions under oath, outside of court. A court reporter writes down every word.',
  },
  {
    id: 'meet-and-confer',
    term: 'meet and confer',
    aliases: [
      'met and conferred',
      'meeting and conferring',
      'meets and confers',
      'meet-and-confer',
      'confer',
      'conferred',
    ],
    plain: 'To meet and confer means the two sides talk, by phone or in person. They try to work out a dispute before they ask the judge to decide it.',
  },
  {
    id: 'good-faith',
    term: 'good faith',
    aliases: ['good-faith'],
    plain: 'Good faith means honestly trying. In a meet and confer, it means you really listen and try to solve the problem, not just talk so you can say you did.',
  },
  {
    id: 'objection',
    term: 'objection',
    aliases: [],
    plain: 'An objection is a reason a side gives for not answering a question or request, or for saying something should not be allowed. The judge decides if it holds up.',
  },
  {
    id: 'boilerplate-objection',
    term: 'boilerplate objection',
    aliases: ['boilerplate'],
    plain: 'A boilerplate objection is a stock objection, copied and pasted, that does not say why it fits the request. An example is "too broad" with no reason given.',
  },
  {
    id: 'summarily-overruled',
    term: 'summarily overruled',
    aliases: ['summarily overrule', 'overruled summarily'],
    plain: 'Summarily overruled means the judge will turn down the objection right away. The judge will not look at it closely.',
  },
  {
    id: 'privilege',
    term: 'privilege',
    aliases: ['privileged', 'attorney-client privilege'],
    plain: 'A privilege is a legal right to keep some information private, such as talks with your lawyer. A side that claims one must say what it is holding back and why.',
  },
  {
    id: 'narrowly-construed',
    term: 'narrowly construed',
    aliases: ['construed narrowly', 'narrowly construe', 'strictly construed'],
    plain: 'Narrowly construed means read in a strict, limited way, so a rule covers as little as it can.',
  },
];
