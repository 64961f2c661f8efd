// The workspace store: one per article page, holding everything the rows read. The page loads the
// sentences, comments, annotations and glossary on the server and hands them to `createStore`; the QA
// checks (null until then) arrive through `checksLoaded` once the page is interactive;
// rows subscribe to the slices they show (`useWorkspace(selector)`), so a keystroke re-renders one row.
//
// Actions (all state changes go through `reduce`):
//   draftChanged { id, text }            the editor typed; the draft is kept until saved or discarded
//   draftDiscarded { id }                Esc: back to the saved text
//   saveStarted { id } / saveFailed { id, message }
//   sentenceSaved { sentence }           our own write came back (save, confirm, revert, fix): replaces the row
//   conflictFound { id, theirs }         our save lost a race: their version waits for keep mine / take theirs
//   theirsTaken { id }                   take theirs: their version replaces the row, the draft is dropped
//   theirsKept { id }                    keep mine: their version becomes the base the next save starts from
//   sentenceChanged { sentence, by?, editing? }  a change made elsewhere (live updates): updates the row in
//                                        place when it is not being edited (no draft, no save, not `editing`:
//                                        the editor's focus is in the row), else waits in `theirs` like a conflict
//   structureChanged { removed, sentences, focus? }   split, merge, undo, original-text move
//   presenceChanged { presence }         who is on which sentence (initials on the rows)
//   sentencesLoaded { sentences, glossary }  the rest of a long article, fetched once the first screen is
//                                        editable: merged in, a row already known at a newer version kept,
//                                        and what changed meanwhile (`early`) not undone by an older copy
//   commentsLoaded / annotationsLoaded / checksLoaded / glossaryLoaded   the panels' data, reloaded
//   filterChanged { filter }
//   focusRequested { id, at? }           after an action, where the editor types next
import type { AnnotationView, ChecksView, CommentView, PersonView, SentenceView } from "@/lib/api-types";
import type { SentenceStatus } from "@/lib/article";
import type { ArticleGlossaryMarks } from "@/lib/glossary/marks";

export type Filter = "ALL" | SentenceStatus;

export interface WorkspaceData {
  articleId: number;
  /** The article's target language: the language of the text reviewed (word diff tokens). */
  language: string;
  sentences: SentenceView[];
  comments: CommentView[];
  annotations: AnnotationView[];
  checks: ChecksView | null;
  glossary: ArticleGlossaryMarks;
}

export interface WorkspaceState {
  articleId: number;
  language: string;
  /** False while a long article has only its first screen of sentences (the page's); true once all are here. */
  complete: boolean;
  /** Until `complete`: rows removed meanwhile, and newer versions of rows not here yet (live changes). */
  early: { removed: number[]; changed: Record<number, SentenceView> };
  /** Sentence ids in article order. */
  order: number[];
  /** The latest known saved state of each sentence. */
  sentences: Record<number, SentenceView>;
  /** Unsaved text, only for rows whose draft differs from their saved text. */
  drafts: Record<number, string>;
  saving: Record<number, true>;
  errors: Record<number, string>;
  /** A version someone else saved while this row was edited: shown for keep mine / take theirs. */
  theirs: Record<number, { sentence: SentenceView; by: PersonView | null }>;
  presence: Record<number, PersonView[]>;
  comments: CommentView[];
  annotations: AnnotationView[];
  /** Bumped when annotations change, so the score box reloads. */
  annotationsVersion: number;
  checks: ChecksView | null;
  /** Bumped on every saved change, so the checks run again. */
  savedChanges: number;
  glossary: ArticleGlossaryMarks;
  filter: Filter;
  /** Where focus goes next (`seq` makes a repeated request for the same row new). */
  focus: { id: number; at: "start" | "end"; seq: number } | null;
}

export type WorkspaceAction =
  | { type: "draftChanged"; id: number; text: string }
  | { type: "draftDiscarded"; id: number }
  | { type: "saveStarted"; id: number }
  | { type: "saveFailed"; id: number; message: string }
  | { type: "sentenceSaved"; sentence: SentenceView }
  | { type: "conflictFound"; id: number; theirs: SentenceView }
  | { type: "theirsTaken"; id: number }
  | { type: "theirsKept"; id: number }
  | { type: "sentenceChanged"; sentence: SentenceView; by?: PersonView; editing?: boolean }
  | { type: "structureChanged"; removed: number[]; sentences: SentenceView[]; focus?: number }
  | { type: "sentencesLoaded"; sentences: SentenceView[]; glossary: ArticleGlossaryMarks }
  | { type: "presenceChanged"; presence: Record<number, PersonView[]> }
  | { type: "commentsLoaded"; comments: CommentView[] }
  | { type: "annotationsLoaded"; annotations: AnnotationView[] }
  | { type: "checksLoaded"; checks: ChecksView }
  | { type: "glossaryLoaded"; glossary: ArticleGlossaryMarks }
  | { type: "filterChanged"; filter: Filter }
  | { type: "focusRequested"; id: number; at?: "start" | "end" };

/** `complete` false: `data.sentences` is the first screen of a longer article (see `sentencesLoaded`). */
export function initialState(data: WorkspaceData, complete = true): WorkspaceState {
  return {
    articleId: data.articleId,
    language: data.language,
    complete,
    early: noEarly,
    order: data.sentences.map((s) => s.id),
    sentences: Object.fromEntries(data.sentences.map((s) => [s.id, s])),
    drafts: {},
    saving: {},
    errors: {},
    theirs: {},
    presence: {},
    comments: data.comments,
    annotations: data.annotations,
    annotationsVersion: 0,
    checks: data.checks,
    savedChanges: 0,
    glossary: data.glossary,
    filter: "ALL",
    focus: null,
  };
}

function without<T>(record: Record<number, T>, ...ids: number[]): Record<number, T> {
  if (!ids.some((id) => id in record)) return record;
  const copy = { ...record };
  for (const id of ids) delete copy[id];
  return copy;
}

/** The row shows `sentence` as saved; a draft equal to it is no longer a draft. */
function withSaved(state: WorkspaceState, sentence: SentenceView): WorkspaceState {
  const draft = state.drafts[sentence.id];
  const keepDraft = draft !== undefined && draft.trim() !== sentence.text;
  return {
    ...state,
    sentences: { ...state.sentences, [sentence.id]: sentence },
    drafts: keepDraft ? state.drafts : without(state.drafts, sentence.id),
    savedChanges: state.savedChanges + 1,
  };
}

export function reduce(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case "draftChanged": {
      const saved = state.sentences[action.id];
      if (!saved) return state;
      if (action.text === saved.text) return { ...state, drafts: without(state.drafts, action.id) };
      return { ...state, drafts: { ...state.drafts, [action.id]: action.text } };
    }
    case "draftDiscarded":
      return { ...state, drafts: without(state.drafts, action.id), errors: without(state.errors, action.id) };
    case "saveStarted":
      return { ...state, saving: { ...state.saving, [action.id]: true }, errors: without(state.errors, action.id) };
    case "saveFailed":
      return { ...state, saving: without(state.saving, action.id), errors: { ...state.errors, [action.id]: action.message } };
    case "sentenceSaved": {
      const next = withSaved(state, action.sentence);
      const id = action.sentence.id;
      return { ...next, saving: without(state.saving, id), errors: without(state.errors, id), theirs: without(state.theirs, id) };
    }
    case "conflictFound": {
      const by = action.theirs.lastChange?.author ?? null;
      return { ...state, saving: without(state.saving, action.id), theirs: { ...state.theirs, [action.id]: { sentence: action.theirs, by } } };
    }
    case "theirsTaken": {
      const waiting = state.theirs[action.id];
      if (!waiting) return state;
      const next = withSaved(state, waiting.sentence);
      return { ...next, drafts: without(next.drafts, action.id), theirs: without(state.theirs, action.id) };
    }
    case "theirsKept": {
      const waiting = state.theirs[action.id];
      const mine = state.drafts[action.id] ?? state.sentences[action.id]?.text;
      if (!waiting || mine === undefined) return state;
      // Their version is the base now; my text stays a draft, saved next on top of theirs.
      return {
        ...state,
        sentences: { ...state.sentences, [action.id]: waiting.sentence },
        drafts: mine.trim() === waiting.sentence.text ? without(state.drafts, action.id) : { ...state.drafts, [action.id]: mine },
        theirs: without(state.theirs, action.id),
      };
    }
    case "sentenceChanged": {
      const { sentence } = action;
      const known = state.sentences[sentence.id];
      if (!known) return state.complete ? state : { ...state, early: { ...state.early, changed: { ...state.early.changed, [sentence.id]: newer(state.early.changed[sentence.id], sentence) } } };
      if (known.version >= sentence.version) return state;
      if (action.editing || sentence.id in state.drafts || state.saving[sentence.id]) {
        return { ...state, theirs: { ...state.theirs, [sentence.id]: { sentence, by: action.by ?? sentence.lastChange?.author ?? null } } };
      }
      return withSaved(state, sentence);
    }
    case "structureChanged": {
      const removed = new Set(action.removed);
      const sentences = { ...state.sentences };
      for (const id of action.removed) delete sentences[id];
      for (const sentence of action.sentences) sentences[sentence.id] = sentence;
      const order = [...state.order.filter((id) => !removed.has(id)), ...action.sentences.map((s) => s.id).filter((id) => !state.order.includes(id) || removed.has(id))];
      const unique = [...new Set(order)].sort((a, b) => sentences[a].position - sentences[b].position || a - b);
      return {
        ...state,
        order: unique,
        sentences,
        drafts: without(state.drafts, ...action.removed),
        theirs: without(state.theirs, ...action.removed),
        errors: without(state.errors, ...action.removed),
        savedChanges: state.savedChanges + 1,
        focus: action.focus === undefined ? state.focus : { id: action.focus, at: "start", seq: (state.focus?.seq ?? 0) + 1 },
        early: state.complete ? state.early : { ...state.early, removed: [...state.early.removed, ...action.removed] },
      };
    }
    case "sentencesLoaded":
      return withAllSentences(state, action.sentences, action.glossary);
    case "presenceChanged":
      return { ...state, presence: action.presence };
    case "commentsLoaded":
      return { ...state, comments: action.comments };
    case "annotationsLoaded":
      return { ...state, annotations: action.annotations, annotationsVersion: state.annotationsVersion + 1 };
    case "checksLoaded":
      return { ...state, checks: action.checks };
    case "glossaryLoaded":
      return { ...state, glossary: action.glossary };
    case "filterChanged":
      return { ...state, filter: action.filter };
    case "focusRequested":
      return { ...state, focus: { id: action.id, at: action.at ?? "end", seq: (state.focus?.seq ?? 0) + 1 } };
  }
}

/** The whole article merged into a first screen: a row this page already holds at the same or a newer version keeps it. */
function withAllSentences(state: WorkspaceState, loaded: SentenceView[], glossary: ArticleGlossaryMarks): WorkspaceState {
  const removed = new Set(state.early.removed);
  const sentences: Record<number, SentenceView> = {};
  for (const sentence of loaded) {
    if (!removed.has(sentence.id)) sentences[sentence.id] = newer(newer(state.sentences[sentence.id], state.early.changed[sentence.id]), sentence);
  }
  // Rows made here since the fetch started (a split) stay too.
  for (const id of state.order) sentences[id] ??= state.sentences[id];
  const order = Object.keys(sentences).map(Number).sort((a, b) => sentences[a].position - sentences[b].position || a - b);
  return { ...state, complete: true, early: noEarly, order, sentences, glossary };
}

const noEarly: WorkspaceState["early"] = { removed: [], changed: {} };

/** The later of two copies of a sentence (the first when they are the same version). */
function newer(a: SentenceView | undefined, b: SentenceView): SentenceView;
function newer(a: SentenceView | undefined, b: SentenceView | undefined): SentenceView | undefined;
function newer(a: SentenceView | undefined, b: SentenceView | undefined): SentenceView | undefined {
  return a && (!b || a.version >= b.version) ? a : b;
}

/** The text a row's field shows: its draft, else its saved text. */
export function draftOf(state: WorkspaceState, id: number): string {
  return state.drafts[id] ?? state.sentences[id]?.text ?? "";
}

export type SaveState = "saved" | "dirty" | "saving" | "conflict" | "error";

export function saveStateOf(state: WorkspaceState, id: number): SaveState {
  if (state.theirs[id]) return "conflict";
  if (state.saving[id]) return "saving";
  if (state.errors[id]) return "error";
  const draft = state.drafts[id];
  return draft !== undefined && draft.trim() !== state.sentences[id]?.text ? "dirty" : "saved";
}

/** Sentence ids the filter shows, in article order. */
export function visibleIds(state: Pick<WorkspaceState, "order" | "sentences" | "filter">): number[] {
  if (state.filter === "ALL") return state.order;
  return state.order.filter((id) => state.sentences[id]?.status === state.filter);
}
