// Next runs `register` once when a server process starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startIdleGc } = await import("./server/idle-gc");
  startIdleGc();
}
