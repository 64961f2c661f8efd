// Work a page can start after it is usable (panels' data, heartbeats): run once the browser is idle, so it
// never delays the first frame in which the editor can type.

/**
 * Runs `task` in the browser's next idle period (at the latest after `timeoutMs`); returns a cancel for an
 * effect's clean-up. A task that starts a request asks `cancelled()` when the answer comes: after the
 * cancel, it must not apply it.
 */
export function whenIdle(task: (cancelled: () => boolean) => void, timeoutMs = 1000): () => void {
  let stopped = false;
  const run = () => task(() => stopped);
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => {
      stopped = true;
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(run, 50);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
