// Work a page can start after it is usable (panels' data, heartbeats): run once the browser is idle, so it
// never delays the first frame in which the editor can type.

/** Runs `task` in the browser's next idle period (at the latest after `timeoutMs`); returns a cancel. */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 50);
  return () => clearTimeout(timer);
}
