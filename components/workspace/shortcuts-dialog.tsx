"use client";

import { useEffect, useRef } from "react";

const shortcuts: { keys: string; what: string; edit?: boolean; confirm?: boolean }[] = [
  { keys: "Ctrl/Cmd+Enter", what: "Save and go to the next sentence", edit: true },
  { keys: "Alt+Enter", what: "Save and confirm, then go to the next sentence", confirm: true },
  { keys: "Alt+↓ / Alt+↑", what: "Next / previous sentence", edit: true },
  { keys: "Esc", what: "Discard unsaved text in the sentence", edit: true },
  { keys: "Shift+arrows, then Alt+M", what: "Annotate the selected words (MQM)", edit: true },
  { keys: "Alt+U", what: "Use the correction memory's exact match for the sentence", edit: true },
  { keys: "Ctrl/Cmd+F", what: "Find in every sentence (Enter next, Shift+Enter previous, Esc back to the text)" },
  { keys: "Tab on a sentence", what: "Reach its actions: Save, Confirm, Split, Merge, History, Comments" },
  { keys: "?", what: "This list (outside a text field)" },
];

/** Every keyboard shortcut of the workspace, in a modal dialog (Esc closes it, focus returns where it was). */
export function ShortcutsDialog({ open, onClose, canEdit, canConfirm }: { open: boolean; onClose: () => void; canEdit: boolean; canConfirm: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const shown = shortcuts.filter((s) => (!s.edit || canEdit) && (!s.confirm || canConfirm));
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby={open ? "shortcuts-title" : undefined} className="m-auto max-w-lg rounded p-4 shadow-xl backdrop:bg-stone-900/40">
      {/* Drawn while open only: a closed dialog costs the page nothing. */}
      {open && <>
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="shortcuts">
        {shown.map((s) => (
          <div key={s.keys} className="contents">
            <dt>
              <kbd className="rounded border border-stone-300 bg-stone-100 px-1 font-mono text-xs">{s.keys}</kbd>
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button type="submit" className="rounded bg-stone-900 px-3 py-1 text-white">
          Close
        </button>
      </form>
      </>}
    </dialog>
  );
}
