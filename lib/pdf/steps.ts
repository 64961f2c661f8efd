// Long work in steps: a generator that yields between slices of work, so that a server can let other
// requests run between them (server/run-steps.ts) while tests and scripts run it at once.

export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** About this many characters of text are laid out or written between two yields. */
export const charactersPerStep = 50_000;
