/** The contact log and the requests at issue: what other parts of the app read. */
export { addEntry, editEntry, voidEntry, listEntries, entryHistory, getEntry, authorFor, type LogEntryView, type LogFilter, type LogListing, type RevisionView, type OutcomeView } from './contactLog.js';
export { conferenceCandidates, chosenConference, setConference, conferenceChoice, firstContactFromThem, contactsByMeans, type ContactRef, type ChosenConference } from './conference.js';
export { goodFaithCheck, ONLY_WRITTEN_MESSAGE, ONLY_UNANSWERED_MESSAGE, type GoodFaithResult } from './goodFaith.js';
export { addRequest, updateRequest, listRequests, getRequest, findRequestByKey, requestLabel, requestKey, parseRequestKey, SET_TYPES, SET_TYPE_NAMES, type RequestView, type SetType } from './requests.js';
export { deriveStatuses, type RequestStatus, type RequestState, type OutcomeRecord } from './requestStatus.js';
export { verifyLog, type VerifyResult } from './verifyLog.js';
export { ENTRY_KINDS, OUTCOMES, CONFERENCE_KINDS, WRITTEN_KINDS, ATTEMPT_KINDS, meansOf, type EntryContent, type EntryInput, type EntryKind, type Outcome, type ContactMeans } from './entryContent.js';
