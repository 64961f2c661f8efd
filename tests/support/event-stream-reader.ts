// Reads a text/event-stream response the way EventSource does, for API tests (Node's fetch, streamed).
export interface StreamMessage {
  id: string | null;
  event: string;
  data: string;
}

export interface EventStreamReader {
  status: number;
  headers: Headers;
  /** The next message that satisfies `match`; messages that do not are kept in `seen`. Fails after `timeoutMs`. */
  next(match?: (message: StreamMessage) => boolean, timeoutMs?: number): Promise<StreamMessage>;
  /** Every message received so far. */
  seen: StreamMessage[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string>): Promise<EventStreamReader> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { Accept: "text/event-stream", ...headers }, signal: abort.signal });
  const seen: StreamMessage[] = [];
  const waiters = new Set<() => void>();
  let consumed = 0;
  let buffer = "";
  let endedResolve = () => {};
  const ended = new Promise<void>((resolve) => (endedResolve = resolve));

  const parse = (block: string) => {
    const message: StreamMessage = { id: null, event: "message", data: "" };
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (!line || line.startsWith(":")) continue;
      const [field, ...rest] = line.split(":");
      const value = rest.join(":").replace(/^ /, "");
      if (field === "id") message.id = value;
      else if (field === "event") message.event = value;
      else if (field === "data") data.push(value);
    }
    if (data.length === 0) return;
    message.data = data.join("\n");
    seen.push(message);
    for (const wake of waiters) wake();
  };

  void (async () => {
    if (!response.body) return endedResolve();
    const decoder = new TextDecoder();
    try {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // aborted by close()
    }
    endedResolve();
    for (const wake of waiters) wake();
  })();

  return {
    status: response.status,
    headers: response.headers,
    seen,
    ended,
    close: () => abort.abort(),
    next(match = () => true, timeoutMs = 10_000) {
      return new Promise<StreamMessage>((resolve, reject) => {
        const check = () => {
          while (consumed < seen.length) {
            const message = seen[consumed++];
            if (match(message)) {
              done();
              return resolve(message);
            }
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`No matching event within ${timeoutMs} ms; seen: ${JSON.stringify(seen.map((m) => m.data.slice(0, 120)))}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}
