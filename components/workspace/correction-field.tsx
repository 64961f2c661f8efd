"use client";

import type { KeyboardEvent, Ref } from "react";
import { useHydrated } from "./workspace-store";

interface Props {
  ref: Ref<HTMLTextAreaElement>;
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
 * A row's correction field, read-only until React handles its events so nothing typed before is lost.
 * Its own component so that, when the page becomes interactive, the synchronous render that makes the
 * fields writable redraws only the fields, not whole rows.
 */
export function CorrectionField({ ref, value, number, errorId, className, onChange, onKeyDown }: Props) {
  const hydrated = useHydrated();
  return (
    <textarea
      ref={ref}
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
