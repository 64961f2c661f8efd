"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { Activity, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { PersonView } from "@/lib/api-types";
import { expandSentences, wholeArticleUpTo, type CompactSentences } from "@/lib/api/compact-sentences";
import { isReviewable } from "@/lib/article";
import { LiveLayer } from "@/components/live/live-layer";
import type { LiveAction } from "@/components/live/live-actions";
import { useArticleSuggestions } from "@/components/effort/use-article-suggestions";
import { useEffortCapture } from "@/components/effort/use-effort-capture";
import { SuggestionsContext } from "./row-slots";
import { ChecksPanel } from "./checks-panel";
import { createCommands } from "./commands";
import { FindBar } from "./find-bar";
import { SentenceRow } from "./sentence-row";
import { ShortcutsDialog } from "./shortcuts-dialog";
import { initialState, visibleIds, type WorkspaceData } from "./store";
import { whenIdle } from "@/components/when-idle";
import { WorkspaceBar } from "./workspace-bar";
import { createStore, useCommands, useSettled, useStore, useWorkspace, WorkspaceProvider } from "./workspace-store";

interface Props {
  /** The sentences come compact (see compact-sentences.ts): the page payload grows with the article. */
  data: Omit<WorkspaceData, "sentences"> & { sentences: CompactSentences };
  /** How many sentences the article has: more than `data` holds when the page sent only its first screen. */
  sentenceCount: number;
  canEdit: boolean;
  canConfirm: boolean;
}

const autosaveDelayMs = 1200;
const noMeasure = () => {};
const estimatedRowHeight = 64;
// The server draws a long article's first rows as if the window were 720 px high and at the top (one row
// more than fit), and the client's first render draws the same ones, so hydration matches. The window's
// real size and scroll position take over once the page has settled.
const firstScreen = { initialRect: { width: 1280, height: 720 }, initialOffset: 0 };
const firstScreenRows = Math.ceil(firstScreen.initialRect.height / estimatedRowHeight) + 1;

interface Item {
  index: number;
  start: number;
  end: number;
}

/** The first screen's rows before the virtualiser runs, as it would place them at estimated heights. */
function firstScreenItems(count: number): Item[] {
  return Array.from({ length: Math.min(count, firstScreenRows) }, (_, index) => ({ index, start: index * estimatedRowHeight, end: (index + 1) * estimatedRowHeight }));
}

/** The review workspace: one row per sentence, only those near the viewport rendered, on one store. */
export function Workspace({ data, sentenceCount, canEdit, canConfirm }: Props) {
  const [store] = useState(() => createStore(initialState({ ...data, sentences: expandSentences(data.sentences) }, data.sentences.rows.length >= sentenceCount)));
  const [commands] = useState(() => createCommands(store));
  return (
    <WorkspaceProvider store={store} commands={commands}>
      <WorkspaceView canEdit={canEdit} canConfirm={canConfirm} sentenceCount={sentenceCount} />
    </WorkspaceProvider>
  );
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

function WorkspaceView({ canEdit, canConfirm, sentenceCount }: { canEdit: boolean; canConfirm: boolean; sentenceCount: number }) {
  const order = useWorkspace((state) => state.order);
  const sentences = useWorkspace((state) => state.sentences);
  const filter = useWorkspace((state) => state.filter);
  const drafts = useWorkspace((state) => state.drafts);
  const focus = useWorkspace((state) => state.focus);
  const complete = useWorkspace((state) => state.complete);
  const settled = useSettled();
  const ids = useMemo(() => visibleIds({ order, sentences, filter }), [order, sentences, filter]);
  const [firstRowId] = useState(() => ids[0] ?? null);
  const numbers = useMemo(() => new Map(order.map((id, index) => [id, index + 1])), [order]);
  const numberOf = useCallback((id: number) => numbers.get(id) ?? null, [numbers]);
  const [findOpen, setFindOpen] = useState(false);
  const [findMatch, setFindMatch] = useState<number | null>(null);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  // Short articles are drawn whole; long ones only near the viewport (see wholeArticleUpTo). Until the page
  // has settled, a long article shows the rows the server drew (firstScreenRows) and the virtualiser is off:
  // switching it on measures the window and draws the rows that fit it, work that would otherwise run in the
  // commit that hydrates the page, before the first correction takes a key.
  const virtualized = (complete ? ids.length : sentenceCount) > wholeArticleUpTo;
  const windowed = virtualized && settled;

  // Where the list starts on the page, for the virtualiser; measured once it runs. (Measured in the effects
  // of the hydrating commit, the new state would make React render the page again at once, and hydrate the
  // boundaries it had left for later, before the first correction takes a key.)
  useEffect(() => {
    const element = list.current;
    if (!element || !windowed) return;
    const update = () => setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
    update();
    const observer = new ResizeObserver(update);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, [windowed]);
  const virtualizer = useWindowVirtualizer({
    count: ids.length,
    estimateSize: () => estimatedRowHeight,
    overscan: 8,
    scrollMargin,
    getItemKey: (index) => ids[index],
    enabled: windowed,
    // Its first render, before it has measured the window, keeps the rows already drawn.
    ...firstScreen,
  });
  // A row that grows or shrinks (a panel opens) never scrolls the page unless it is wholly above the viewport.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) => item.end < (instance.scrollOffset ?? 0);

  const commands = useCommands();
  // A long article came with its first screen only: the rest is fetched once the page is usable.
  const [restError, setRestError] = useState<string | null>(null);
  const loadRest = useCallback(() => {
    setRestError(null);
    return commands.loadSentences().then(setRestError);
  }, [commands]);
  useEffect(() => (complete ? undefined : whenIdle(() => void loadRest())), [complete, loadRest]);

  // Autosave once typing pauses; never while a conflict waits for the editor's choice (the save skips those).
  useEffect(() => {
    if (Object.keys(drafts).length === 0) return;
    const timer = setTimeout(commands.saveDirty, autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [drafts, commands]);

  // A focus request for a row that is not rendered: bring it into view first; the row then takes focus.
  useEffect(() => {
    if (!focus) return;
    const index = ids.indexOf(focus.id);
    if (windowed && index >= 0) virtualizer.scrollToIndex(index, { align: "auto" });
  }, [focus, ids, virtualizer, windowed]);

  // Opens find with the cursor in its field (the field exists from the next frame on).
  const openFind = useCallback(() => {
    setFindOpen(true);
    requestAnimationFrame(() => document.getElementById("find-input")?.focus());
  }, []);

  // Ctrl/Cmd+F opens Redline's own find (the browser's cannot see rows that are not rendered); ? lists the shortcuts.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "f") {
        event.preventDefault();
        openFind();
      } else if (event.key === "?" && !isTextField(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        setShortcutsOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [openFind]);

  const showMatch = useCallback(
    (id: number | null) => {
      setFindMatch(id);
      const index = id === null ? -1 : ids.indexOf(id);
      if (index < 0) return;
      if (windowed) virtualizer.scrollToIndex(index, { align: "center" });
      else document.querySelector(`[data-sentence-id="${id}"]`)?.scrollIntoView({ block: "center" });
    },
    [ids, virtualizer, windowed],
  );

  const items: Item[] = !virtualized ? ids.map((_, index) => ({ index, start: 0, end: 0 })) : windowed ? virtualizer.getVirtualItems() : firstScreenItems(ids.length);
  const paddingTop = windowed && items.length ? items[0].start - scrollMargin : 0;
  const paddingBottom = !virtualized || !items.length ? 0 : windowed ? virtualizer.getTotalSize() - (items[items.length - 1].end - scrollMargin) : (ids.length - items.length) * estimatedRowHeight;
  // Rows are measured once the virtualiser runs (estimated heights serve until then).
  const measure = windowed ? virtualizer.measureElement : noMeasure;
  // Live updates from other editors land in the store as single actions; panels they touch reload.
  const store = useStore();
  const liveCommands = useCommands();
  const router = useRouter();
  const articleId = useWorkspace((state) => state.articleId);
  const onLive = useCallback(
    (action: LiveAction) => {
      if (action.type === "sentenceChanged") {
        // The editor is in that row (typing, or about to): their work is not replaced under them.
        const row = document.activeElement?.closest("[data-sentence-id]");
        store.dispatch({ ...action, editing: row?.getAttribute("data-sentence-id") === String(action.sentence.id) });
      } else if (action.type !== "reload") store.dispatch(action);
      else if (action.what === "comments") void liveCommands.reloadComments();
      else if (action.what === "annotations") void liveCommands.reloadAnnotations();
      else if (action.what === "workflow") router.refresh();
    },
    [store, liveCommands, router],
  );
  // Effort capture (passive listeners on the page) and the correction memory's exact matches.
  useEffortCapture(canEdit);
  const suggestions = useArticleSuggestions(articleId, canEdit);
  const onPresence = useCallback((presence: Record<number, PersonView[]>) => store.dispatch({ type: "presenceChanged", presence }), [store]);
  const reviewableIds = useMemo(() => order.filter((id) => isReviewable(sentences[id].block)), [order, sentences]);

  return (
    <SuggestionsContext.Provider value={suggestions}>
    <div>
      {/* Hydrated after the rows (see the article page): the first correction takes keys first. */}
      <Suspense fallback={null}>
        <WorkspaceBar
          reviewableIds={reviewableIds}
          canEdit={canEdit}
          firstId={ids[0] ?? null}
          onFind={openFind}
          onShortcuts={() => setShortcutsOpen(true)}
        />
        <LiveLayer articleId={articleId} numberOf={numberOf} onAction={onLive} onPresence={onPresence} />
        {findOpen && <FindBar ids={ids} numberOf={numberOf} onMatch={showMatch} onClose={() => setFindOpen(false)} />}
        <div className="mb-1">
          <ChecksPanel canEdit={canEdit} />
        </div>
      </Suspense>
      <div className="hidden grid-cols-[3.25rem_minmax(0,1fr)_minmax(0,1fr)] gap-x-3 px-2 text-[11px] font-medium uppercase tracking-wide text-stone-600 md:grid" aria-hidden="true">
        <span />
        <span>Machine translation</span>
        <span>Correction</span>
      </div>
      <ol ref={list} aria-label="Sentences" className="rounded bg-white shadow-sm" style={{ paddingTop, paddingBottom }}>
        {items.map((item) => {
          const id = ids[item.index];
          const position = (numbers.get(id) ?? 1) - 1;
          const previous = position > 0 ? sentences[order[position - 1]] : null;
          const row = (
            <SentenceRow
              key={id}
              id={id}
              index={item.index}
              measure={measure}
              number={position + 1}
              nextId={order[position + 1] ?? null}
              firstOfParagraph={previous !== null && previous.paragraph !== sentences[id].paragraph}
              found={findMatch === id}
              canEdit={canEdit}
              canConfirm={canConfirm}
              numberOf={numberOf}
            />
          );
          // Every row but the page's first is an Activity boundary: React hydrates the page with the first
          // correction, which then takes keys, and the other rows right after, at idle priority (one clicked
          // or typed in first goes first, at once). Unlike a Suspense boundary, which the server sends apart
          // once the page passes 12,800 bytes and shows a frame late, an Activity boundary stays in place in
          // the HTML. The first row is the same sentence for the page's life, so no row ever changes its
          // wrapper (which would mount it afresh and take the caret out of it).
          return id === firstRowId ? row : <Activity key={id} mode="visible">{row}</Activity>;
        })}
      </ol>
      {!complete && (
        <p role="status" className="p-3 text-sm text-stone-700">
          {restError ? `The rest of the article could not be loaded: ${restError} ` : `Loading sentences ${order.length + 1}–${sentenceCount}…`}
          {restError && <button type="button" onClick={() => void loadRest()} className="rounded px-2 py-0.5 text-sm ring-1 ring-stone-300">Try again</button>}
        </p>
      )}
      {complete && ids.length === 0 && <p className="p-3 text-sm text-stone-700">No sentences match the filter.</p>}
      <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} canEdit={canEdit} canConfirm={canConfirm} />
    </div>
    </SuggestionsContext.Provider>
  );
}
