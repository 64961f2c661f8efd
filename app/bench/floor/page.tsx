import { notFound } from "next/navigation";
import { FloorTextarea } from "@/components/floor-textarea";

// Test-only: the framework's floor for bench/workspace.ts, a page of the same build holding one textarea.
// Served only when the server runs with REDLINE_BENCH_PAGES=1.
export const dynamic = "force-dynamic";

export default function FloorPage() {
  if (process.env.REDLINE_BENCH_PAGES !== "1") notFound();
  return (
    <main>
      <FloorTextarea />
    </main>
  );
}
