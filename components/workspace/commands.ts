"use client";

// What the workspace does against the API: each command calls one contract endpoint and dispatches the
// outcome into the store, including where focus goes next. Saves of one sentence run one at a time,
// each sending the version it started from, so a stale one gets a conflict instead of overwriting.
import type { QaIssueView } from "@/lib/api-types";
import { announceSuggestionUsed } from "@/components/effort/use-effort-capture";
import { contract, type StructureChange } from "@/lib/api/contract";
import { applySuggestion } from "@/lib/qa/apply-suggestion";
import { api, type ApiResult } from "@/components/api";
import { expandSentences } from "@/lib/api/compact-sentences";
import { draftOf, visibleIds } from "./store";
import type { WorkspaceStore } from "./workspace-store";

export type Commands = ReturnType<typeof createCommands>;

export function createCommands(store: WorkspaceStore) {
  const { dispatch, getState } = store;
  const queues = new Map<number, Promise<boolean>>();
  let consumedFocus = 0;

  async function runSave(id: number): Promise<boolean> {
    const state = getState();
    const saved = state.sentences[id];
    if (!saved || state.theirs[id]) return false;
    const text = draftOf(state, id).trim();
    if (text === saved.text) {
      if (id in state.drafts) dispatch({ type: "draftDiscarded", id });
      return true;
    }
    dispatch({ type: "saveStarted", id });
    const result = await api(contract.updateSentence, { params: { id }, body: { text, version: saved.version } });
    if (result.ok) {
      dispatch({ type: "sentenceSaved", sentence: result.data });
      return true;
    }
    if (result.current) dispatch({ type: "conflictFound", id, theirs: result.current });
    else dispatch({ type: "saveFailed", id, message: result.error.message });
    return false;
  }

  function save(id: number): Promise<boolean> {
    const next = (queues.get(id) ?? Promise.resolve(true)).then(() => runSave(id));
    queues.set(id, next);
    return next;
  }

  /** The row after `id` among those the filter shows (null at the end). */
  function neighbour(id: number, delta: number): number | null {
    const ids = visibleIds(getState());
    const index = ids.indexOf(id);
    return index < 0 ? null : (ids[index + delta] ?? null);
  }

  function focus(id: number | null, at: "start" | "end" = "end") {
    if (id !== null) dispatch({ type: "focusRequested", id, at });
  }

  function applyStructure(result: ApiResult<StructureChange>, id: number, focusOn: (change: StructureChange) => number | undefined): boolean {
    if (result.ok) {
      dispatch({ type: "structureChanged", removed: result.data.removed, sentences: result.data.sentences, focus: focusOn(result.data) });
      return true;
    }
    if (result.current) dispatch({ type: "conflictFound", id, theirs: result.current });
    else dispatch({ type: "saveFailed", id, message: result.error.message });
    return false;
  }

  return {
    save,
    /** Saves every row with unsaved text (the autosave after a pause). */
    saveDirty() {
      for (const key of Object.keys(getState().drafts)) void save(Number(key));
    },
    move(id: number, delta: number) {
      focus(neighbour(id, delta));
    },
    async saveAndNext(id: number) {
      if (await save(id)) focus(neighbour(id, 1));
    },
    async confirm(id: number) {
      const sentence = getState().sentences[id];
      if (!sentence) return;
      const result = await api(contract.confirmSentence, { params: { id }, body: { version: sentence.version } });
      if (result.ok) {
        dispatch({ type: "sentenceSaved", sentence: result.data });
        focus(neighbour(id, 1) ?? id);
      } else if (result.current) dispatch({ type: "conflictFound", id, theirs: result.current });
      else dispatch({ type: "saveFailed", id, message: result.error.message });
    },
    takeTheirs(id: number) {
      dispatch({ type: "theirsTaken", id });
      focus(id);
    },
    keepMine(id: number) {
      dispatch({ type: "theirsKept", id });
      focus(id);
      return save(id);
    },
    async split(id: number, offset: number) {
      const sentence = getState().sentences[id];
      if (!sentence) return;
      if (offset <= 0 || offset >= sentence.text.length) {
        dispatch({ type: "saveFailed", id, message: "Put the cursor where the sentence should be split, then click Split." });
        return;
      }
      const result = await api(contract.splitSentence, { params: { id }, body: { offset, version: sentence.version } });
      applyStructure(result, id, (change) => change.sentences[1]?.id ?? change.sentences[0]?.id);
    },
    async mergeNext(id: number) {
      const state = getState();
      const sentence = state.sentences[id];
      const nextId = state.order[state.order.indexOf(id) + 1];
      const next = nextId === undefined ? undefined : state.sentences[nextId];
      if (!sentence || !next) return;
      const result = await api(contract.mergeNext, { params: { id }, body: { version: sentence.version, nextVersion: next.version } });
      applyStructure(result, id, (change) => change.sentences[0]?.id);
    },
    async undoStructure(id: number) {
      const sentence = getState().sentences[id];
      if (!sentence) return;
      const result = await api(contract.undoStructure, { params: { id }, body: { version: sentence.version } });
      applyStructure(result, id, (change) => change.sentences[0]?.id);
    },
    /** Moves an original-language sentence across the boundary with the previous row; null or the error. */
    async moveOriginal(id: number, direction: "up" | "down"): Promise<string | null> {
      const result = await api(contract.moveOriginal, { params: { id: getState().articleId }, body: { sentenceId: id, direction } });
      if (!result.ok) return result.error.message;
      // The two rows are replaced by their new views.
      dispatch({ type: "structureChanged", removed: result.data.sentences.map((s) => s.id), sentences: result.data.sentences });
      return null;
    },
    async revert(id: number, revisionId: number): Promise<string | null> {
      const sentence = getState().sentences[id];
      if (!sentence) return null;
      const result = await api(contract.revertSentence, { params: { id }, body: { revisionId, version: sentence.version } });
      if (result.ok) {
        dispatch({ type: "sentenceSaved", sentence: result.data });
        dispatch({ type: "draftDiscarded", id });
        focus(id);
        return null;
      }
      if (result.current) {
        dispatch({ type: "conflictFound", id, theirs: result.current });
        return null;
      }
      return result.error.message;
    },
    /** Applies a check's suggestion; null or what went wrong. */
    async fix(issue: QaIssueView): Promise<string | null> {
      const id = issue.sentenceId;
      const result = await api(contract.updateSentence, {
        params: { id },
        body: { text: applySuggestion(issue.sentence.text, issue), version: issue.sentence.version, origin: issue.learnedFix ? "learned-fix" : undefined },
      });
      if (result.ok && issue.learnedFix) announceSuggestionUsed({ sentenceId: id, origin: "learned-fix" });
      if (result.ok) {
        dispatch({ type: "sentenceSaved", sentence: result.data });
        focus(id);
      }
      await this.reloadChecks();
      if (result.ok) return null;
      return result.status === 409 ? "The sentence changed since the checks ran; they have been run again." : result.error.message;
    },
    async reloadChecks(): Promise<string | null> {
      const result = await api(contract.listChecks, { params: { id: getState().articleId } });
      if (!result.ok) return result.error.message;
      dispatch({ type: "checksLoaded", checks: result.data });
      return null;
    },
    async reloadComments(): Promise<string | null> {
      const result = await api(contract.listComments, { params: { id: getState().articleId } });
      if (!result.ok) return result.error.message;
      dispatch({ type: "commentsLoaded", comments: result.data.comments });
      return null;
    },
    async reloadAnnotations(): Promise<string | null> {
      const result = await api(contract.listAnnotations, { params: { id: getState().articleId } });
      if (!result.ok) return result.error.message;
      dispatch({ type: "annotationsLoaded", annotations: result.data.annotations });
      return null;
    },
    /** The rest of a long article after the page's first screen; an error message when it could not be fetched. */
    async loadSentences(): Promise<string | null> {
      const result = await api(contract.workspaceSentences, { params: { id: getState().articleId } });
      if (!result.ok) return result.error.message;
      dispatch({ type: "sentencesLoaded", sentences: expandSentences(result.data.sentences), glossary: result.data.glossary });
      return null;
    },
    /** True once per focus request: the row that takes it calls this before focusing. */
    takeFocus(seq: number): boolean {
      if (seq <= consumedFocus) return false;
      consumedFocus = seq;
      return true;
    },
  };
}
