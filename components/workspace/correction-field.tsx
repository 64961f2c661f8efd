"use client";

import { useCallback, type KeyboardEvent, type RefObject } from "react";
import { useSettled } from "./workspace-store";

interface Props {
  ref: RefObject<HTMLTextAreaElement | null>;
  value: string;
  /** The sentence's displayed number, for the field's name. */
  number: number;
  /** The id of the row's error message, when it shows one. */
  errorId: string | undefined;
  className: string;
  onChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}

/**
 * A row's correction field, read-only in the server's HTML so nothing typed before React handles its
 * events is lost (hydration would reset it). React attaches the ref in the commit that hydrates the page:
 * from then on it handles the field's events, so the ref makes the field writable there. The `readOnly`
 * prop follows the settled render, a transition after it; it must not come from a value that differs
 * between the server and the client (such as `useSyncExternalStore`'s server snapshot), which makes React
 * render every row again, synchronously, straight after hydration.
 */
export function CorrectionField({ ref, value, number, errorId, className, onChange, onKeyDown }: Props) {
  const settled = useSettled();
  const attach = useCallback(
    (element: HTMLTextAreaElement | null) => {
      ref.current = element;
      if (element) element.readOnly = false;
    },
    [ref],
  );
  return (
    <textarea
      ref={attach}
      value={value}
      dir="auto"
      rows={1}
      aria-label={`Correction of sentence ${number}`}
      readOnly={!settled}
      aria-describedby={errorId}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      className={className}
    />
  );
}
