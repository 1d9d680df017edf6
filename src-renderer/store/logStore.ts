import { create, type StoreApi } from 'zustand';
import { invoke } from '../api/client';
import type {
  ApiError,
  ConferenceChoice,
  EntryInput,
  EntryHistory,
  EntryKind,
  EntryPatch,
  FingerprintCheck,
  GoodFaithResult,
  LogEntryView,
  LogListing,
  Outcome,
  RequestFieldsInput,
  RequestPatch,
  RequestView,
  Result,
  StartedBy,
  VerifyResult,
} from '../../src-main/core/api/contract';

export const PAGE = 100;

export interface LogFilterState {
  kind: EntryKind | '';
  requestId: number | null;
  text: string;
}

/** "Start a call": what is being written while the call goes on. Kept here so moving to another screen loses nothing. */
export interface CallDraft {
  casePath: string;
  startedAtMs: number;
  /** Local 'YYYY-MM-DDTHH:mm' when the call started. */
  at: string;
  timeZone: string;
  kind: EntryKind;
  startedBy: StartedBy;
  participants: string;
  /** Requests ticked, with what happened to each. */
  outcomes: Record<number, Outcome>;
  notes: string;
}

interface LogState {
  requests: RequestView[];
  listing: LogListing | null;
  filter: LogFilterState;
  shown: number;
  conference: ConferenceChoice | null;
  goodFaith: GoodFaithResult | null;
  verify: VerifyResult | null;
  loadError: string | null;
  call: CallDraft | null;

  loadRequests: () => Promise<void>;
  loadAll: () => Promise<void>;
  loadEntries: () => Promise<void>;
  setFilter: (patch: Partial<LogFilterState>) => void;
  showMore: () => void;
  addRequest: (input: RequestFieldsInput) => Promise<Result<RequestView>>;
  updateRequest: (id: number, patch: RequestPatch) => Promise<Result<RequestView>>;
  addEntry: (entry: EntryInput) => Promise<Result<LogEntryView>>;
  editEntry: (entryId: number, entry: EntryPatch, reason: string) => Promise<Result<LogEntryView>>;
  voidEntry: (entryId: number, reason: string) => Promise<Result<LogEntryView>>;
  setConference: (entryId: number | null) => Promise<void>;
  checkLog: () => Promise<void>;
  /** The person looked into a problem the check found; the answer is the check again. */
  acknowledgeProblem: (problemId: number, reason: string) => Promise<Result<VerifyResult>>;
  loadGoodFaith: () => Promise<void>;
  /** Every saved version of one entry, oldest first. */
  entryHistory: (entryId: number) => Promise<Result<EntryHistory>>;
  /** Does today's log still hold the history a fingerprint on an earlier paper stands for? */
  checkFingerprint: (fingerprint: string) => Promise<Result<FingerprintCheck>>;
  startCall: (draft: CallDraft) => void;
  updateCall: (patch: Partial<CallDraft>) => void;
  endCall: () => void;
}

type SetLog = StoreApi<LogState>['setState'];
type GetLog = StoreApi<LogState>['getState'];

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let listRequestNo = 0;

/** The timeline: which entries are asked for (kind, request, words) and how many are shown. */
function listingActions(set: SetLog, get: GetLog, fail: (e: ApiError) => void): Pick<LogState, 'loadEntries' | 'setFilter' | 'showMore'> {
  return {
    loadEntries: async () => {
      const { filter, shown } = get();
      const n = ++listRequestNo;
      const r = await invoke('log.list', {
        ...(filter.kind && { kinds: [filter.kind] }),
        ...(filter.requestId !== null && { requestId: filter.requestId }),
        ...(filter.text.trim() && { text: filter.text.trim().slice(0, 200) }),
        limit: shown,
      });
      if (n !== listRequestNo) return; // a newer search has been asked for
      if (r.ok) set({ listing: r.value });
      else fail(r.error);
    },

    setFilter: (patch) => {
      set((s) => ({ filter: { ...s.filter, ...patch }, shown: PAGE }));
      clearTimeout(searchTimer);
      // Typing in the search box waits a moment; picking from a list does not.
      searchTimer = setTimeout(() => void get().loadEntries(), 'text' in patch ? 250 : 0);
    },

    showMore: () => {
      set((s) => ({ shown: s.shown + PAGE }));
      void get().loadEntries();
    },
  };
}

/** Changes to requests and entries; after each one, everything the log drives is read again. */
function changeActions(afterChange: <T>(result: Result<T>) => Promise<Result<T>>): Pick<LogState, 'addRequest' | 'updateRequest' | 'addEntry' | 'editEntry' | 'voidEntry'> {
  return {
    addRequest: async (input) => afterChange(await invoke('requests.add', input)),
    updateRequest: async (id, patch) => afterChange(await invoke('requests.update', { id, patch })),
    addEntry: async (entry) => afterChange(await invoke('log.add', { entry })),
    editEntry: async (entryId, entry, reason) => afterChange(await invoke('log.edit', { entryId, entry, reason })),
    voidEntry: async (entryId, reason) => afterChange(await invoke('log.void', { entryId, reason })),
  };
}

/** Checking the log: the hash chain, problems looked into, one entry's history, a paper's fingerprint. */
function checkActions(set: SetLog, fail: (e: ApiError) => void): Pick<LogState, 'checkLog' | 'acknowledgeProblem' | 'entryHistory' | 'checkFingerprint'> {
  return {
    checkLog: async () => {
      set({ verify: null });
      const r = await invoke('log.verify', {});
      if (r.ok) set({ verify: r.value });
      else fail(r.error);
    },

    acknowledgeProblem: async (problemId, reason) => {
      const r = await invoke('log.acknowledgeProblem', { problemId, reason });
      if (r.ok) set({ verify: r.value });
      return r;
    },

    entryHistory: (entryId) => invoke('log.history', { entryId }),
    checkFingerprint: (fingerprint) => invoke('log.checkFingerprint', { fingerprint }),
  };
}

/** "Start a call": the notes page lives here while the call goes on. */
function callActions(set: SetLog): Pick<LogState, 'startCall' | 'updateCall' | 'endCall'> {
  return {
    startCall: (draft) => set({ call: draft }),
    updateCall: (patch) => set((s) => (s.call ? { call: { ...s.call, ...patch } } : {})),
    endCall: () => set({ call: null }),
  };
}

export const useLog = create<LogState>((set, get) => {
  const fail = (e: ApiError) => set({ loadError: e.message });

  /** After any change: everything that the log drives. */
  const refresh = async () => {
    await Promise.all([get().loadEntries(), get().loadRequests(), loadConference(), loadGoodFaith()]);
  };
  const loadConference = async () => {
    const r = await invoke('log.conference', {});
    if (r.ok) set({ conference: r.value });
    else fail(r.error);
  };
  const loadGoodFaith = async () => {
    const r = await invoke('log.goodFaith', {});
    if (r.ok) set({ goodFaith: r.value });
    else fail(r.error);
  };
  const afterChange = async <T,>(result: Result<T>): Promise<Result<T>> => {
    if (result.ok) {
      set({ verify: null });
      await refresh();
    }
    return result;
  };

  return {
    requests: [],
    listing: null,
    filter: { kind: '', requestId: null, text: '' },
    shown: PAGE,
    conference: null,
    goodFaith: null,
    verify: null,
    loadError: null,
    call: null,

    loadRequests: async () => {
      const r = await invoke('requests.list', {});
      if (r.ok) set({ requests: r.value, loadError: null });
      else fail(r.error);
    },

    loadAll: async () => {
      set({ loadError: null });
      await refresh();
    },

    setConference: async (entryId) => {
      const r = await invoke('log.setConference', { entryId });
      if (r.ok) set({ conference: r.value });
      else fail(r.error);
    },

    loadGoodFaith,
    ...listingActions(set, get, fail),
    ...changeActions(afterChange),
    ...checkActions(set, fail),
    ...callActions(set),
  };
});
