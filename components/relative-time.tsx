"use client";

import { useEffect, useState } from "react";
import { absoluteTime, relativeTime } from "@/lib/format-time";

/** A time as "5 minutes ago" with the absolute time on hover (absolute until hydrated, so server and browser agree). */
export function RelativeTime({ iso, className }: { iso: string; className?: string }) {
  const date = new Date(iso);
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const exact = absoluteTime(date);
  return (
    <time dateTime={iso} title={exact} className={className}>
      {now ? relativeTime(date, now) : exact}
    </time>
  );
}
