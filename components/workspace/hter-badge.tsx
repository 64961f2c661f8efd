/** A sentence's HTER: the share of its words the correction changed (0 = untouched MT, 1 = rewritten). */
export function HterBadge({ hter }: { hter: number }) {
  return (
    <span
      data-testid="hter"
      title="HTER: edits (insertions, deletions, substitutions, shifts) needed to turn the machine translation into this correction, per word of the correction; 0 means unchanged, capped at 1."
      className="rounded bg-stone-100 px-1.5 py-0.5 tabular-nums text-stone-600"
    >
      HTER {hter.toFixed(2)}
    </span>
  );
}
