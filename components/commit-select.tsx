"use client";

import { useRef, useState, type ReactNode } from "react";

interface Props {
  value: string;
  onCommit: (value: string) => void;
  className?: string;
  "aria-label"?: string;
  children: ReactNode;
}

/**
 * A select that commits a choice made with the mouse at once, but one made with the arrow keys only on
 * Enter or when focus leaves: browsing the options with the keyboard does not assign anyone.
 */
export function CommitSelect({ value, onCommit, className, children, ...aria }: Props) {
  const [chosen, setChosen] = useState(value);
  const [seen, setSeen] = useState(value);
  const byPointer = useRef(false);
  if (value !== seen) {
    setSeen(value);
    setChosen(value);
  }

  function commit(next: string) {
    if (next !== value) onCommit(next);
  }

  return (
    <select
      {...aria}
      value={chosen}
      className={className}
      onPointerDown={() => {
        byPointer.current = true;
      }}
      onKeyDown={(event) => {
        byPointer.current = false;
        if (event.key === "Enter") {
          event.preventDefault();
          commit(chosen);
        } else if (event.key === "Escape") {
          setChosen(value);
        }
      }}
      onChange={(event) => {
        setChosen(event.target.value);
        if (byPointer.current) commit(event.target.value);
      }}
      onBlur={() => commit(chosen)}
    >
      {children}
    </select>
  );
}
