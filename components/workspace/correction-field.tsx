"use client";

import { useCallback, type KeyboardEvent, type RefObject } from "react";
import { useHydrated } from "./workspace-store";

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
 * from then on it handles the field's events, so the ref makes the field writable there, without waiting
 * for the render that `useHydrated` causes after the page's effects have run.
 */
export function CorrectionField({ ref, value, number, errorId, className, onChange, onKeyDown }: Props) {
  const hydrated = useHydrated();
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
      readOnly={!hydrated}
      aria-describedby={errorId}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={onKeyDown}
      className={className}
    />
  );
}
