import "server-only";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable, Writable } from "node:stream";

// A headless Chromium driven over its DevTools pipe (--remote-debugging-pipe): JSON messages, each ended
// by a NUL byte, written to the browser's fd 3 and read from its fd 4. This is all that printing a PDF
// needs (print-pdf.ts). Playwright did the same, but loading it put about 13 MB of script source, and
// its compiled code, in the server's heap for good (bench/memory.ts).

type Params = Record<string, unknown>;

interface Pending {
  sessionId?: string;
  resolve(result: Params): void;
  reject(error: Error): void;
}

interface Message {
  id?: number;
  method?: string;
  params?: Params;
  result?: Params;
  error?: { message: string };
  sessionId?: string;
}

/** How long a command may take (printing a 5,000-sentence article takes a few seconds). */
export const commandTimeoutMs = 60_000;

export type EventListener = (params: Params, sessionId: string | undefined) => void;

export class ChromiumPipe {
  #child: ChildProcess;
  #input: Writable;
  #nextId = 1;
  #pending = new Map<number, Pending>();
  /** Pages whose renderer crashed or that were detached: their commands fail at once. */
  #goneSessions = new Set<string>();
  #listeners = new Map<string, Set<EventListener>>();
  #buffer: Buffer[] = [];
  #profile: string;
  #closed = false;
  #exitListeners: (() => void)[] = [];

  private constructor(child: ChildProcess, profile: string) {
    this.#child = child;
    this.#profile = profile;
    const [, , , input, output] = child.stdio;
    this.#input = input as Writable;
    (output as Readable).on("data", (chunk: Buffer) => this.#read(chunk));
    // A pipe that breaks means Chromium has gone: the exit handler settles what was waiting.
    (output as Readable).on("error", () => undefined);
    this.#input.on("error", () => undefined);
    child.on("exit", () => this.#gone());
    child.on("error", () => this.#gone());
  }

  /** Starts Chromium; resolves once it answers on the pipe. */
  static async launch(executablePath: string, args: string[]): Promise<ChromiumPipe> {
    const profile = mkdtempSync(path.join(tmpdir(), "redline-chromium-"));
    const child = spawn(executablePath, [...args, "--headless", "--remote-debugging-pipe", `--user-data-dir=${profile}`, "--no-startup-window"], {
      stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
    });
    const pipe = new ChromiumPipe(child, profile);
    await pipe.send("Browser.getVersion");
    return pipe;
  }

  /** The browser process's id. */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  get connected(): boolean {
    return !this.#closed;
  }

  /** Called once when the browser has gone (closed, crashed or killed). */
  onExit(listener: () => void): void {
    if (this.#closed) listener();
    else this.#exitListeners.push(listener);
  }

  /**
   * Sends a protocol command (to a page when `sessionId` is given) and resolves with its result; fails
   * when Chromium answers an error, closes, or has not answered within `commandTimeoutMs`.
   */
  send(method: string, params: Params = {}, sessionId?: string): Promise<Params> {
    if (this.#closed) return Promise.reject(new Error("Chromium has closed."));
    if (sessionId && this.#goneSessions.has(sessionId)) return Promise.reject(new Error("The page has crashed or closed."));
    const id = this.#nextId++;
    const message = JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params });
    return new Promise<Params>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`Chromium did not answer ${method} within ${commandTimeoutMs / 1000} s.`));
      }, commandTimeoutMs);
      const settle = <T>(finish: (value: T) => void) => (value: T) => {
        clearTimeout(timer);
        finish(value);
      };
      this.#pending.set(id, { sessionId, resolve: settle(resolve), reject: settle(reject) });
      this.#input.write(message);
      this.#input.write("\0");
    });
  }

  /** Listens to a protocol event; returns the function that stops listening. */
  on(method: string, listener: EventListener): () => void {
    const set = this.#listeners.get(method) ?? new Set<EventListener>();
    set.add(listener);
    this.#listeners.set(method, set);
    return () => set.delete(listener);
  }

  /** Closes the browser: politely, then by force if it does not go within a second. */
  async close(): Promise<void> {
    if (this.#closed) return;
    const gone = new Promise<void>((resolve) => this.onExit(resolve));
    const timer = setTimeout(() => this.#child.kill("SIGKILL"), 1_000);
    this.send("Browser.close").catch(() => undefined);
    await gone;
    clearTimeout(timer);
  }

  #read(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      this.#buffer.push(chunk.subarray(start, end));
      const text = Buffer.concat(this.#buffer).toString("utf8");
      this.#buffer = [];
      start = end + 1;
      let message: Message;
      try {
        message = JSON.parse(text) as Message;
      } catch {
        // Not the protocol: nothing more on this pipe can be trusted.
        this.#child.kill("SIGKILL");
        return;
      }
      this.#dispatch(message);
    }
    if (start < chunk.length) this.#buffer.push(chunk.subarray(start));
  }

  #dispatch(message: Message): void {
    if (message.id !== undefined) {
      const pending = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`Chromium: ${message.error.message}`));
      else pending?.resolve(message.result ?? {});
    } else if (message.method) {
      // A page's renderer that crashes leaves its commands unanswered: fail them now.
      if (message.method === "Inspector.targetCrashed" && message.sessionId) this.#sessionGone(message.sessionId);
      if (message.method === "Target.detachedFromTarget" && typeof message.params?.sessionId === "string") this.#sessionGone(message.params.sessionId);
      for (const listener of this.#listeners.get(message.method) ?? []) listener(message.params ?? {}, message.sessionId);
    }
  }

  #sessionGone(sessionId: string): void {
    this.#goneSessions.add(sessionId);
    // Sessions are never reused: only recent ones can still be sent to.
    if (this.#goneSessions.size > 1_000) this.#goneSessions.delete(this.#goneSessions.values().next().value ?? sessionId);
    for (const [id, pending] of this.#pending) {
      if (pending.sessionId !== sessionId) continue;
      this.#pending.delete(id);
      pending.reject(new Error("The page has crashed or closed."));
    }
  }

  #gone(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const pending of this.#pending.values()) pending.reject(new Error("Chromium has closed."));
    this.#pending.clear();
    rmSync(this.#profile, { recursive: true, force: true });
    for (const listener of this.#exitListeners.splice(0)) listener();
  }
}
