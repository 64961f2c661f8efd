"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface QualityTrendPoint {
  /** Import date, YYYY-MM-DD. */
  date: string;
  /** Import time, ms since the epoch: the x axis. */
  time: number;
  title: string;
  hter: number;
  oqs: number | null;
}

/** HTER (left axis) and MQM OQS (right axis) of each article, by import date. */
export function QualityTrendChart({ points }: { points: QualityTrendPoint[] }) {
  // Articles imported within two days are told apart by time of day, others by date: ticks never repeat.
  const times = points.map((p) => p.time);
  const span = times.length ? Math.max(...times) - Math.min(...times) : 0;
  const format = new Intl.DateTimeFormat("en-GB", span < 2 * 86_400_000 ? { hour: "2-digit", minute: "2-digit", timeZone: "UTC" } : { day: "numeric", month: "short", timeZone: "UTC" });
  return (
    <div className="h-72 w-full" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="time" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={(t: number) => format.format(t)} tick={{ fontSize: 11 }} />
          <YAxis yAxisId="hter" domain={[0, "auto"]} label={{ value: "HTER", angle: -90, position: "insideLeft" }} />
          <YAxis yAxisId="oqs" orientation="right" domain={["auto", 100]} label={{ value: "OQS", angle: 90, position: "insideRight" }} />
          <Tooltip labelFormatter={(_label, payload) => `${payload?.[0]?.payload?.date ?? ""} · ${payload?.[0]?.payload?.title ?? ""}`} />
          <Legend />
          <Line yAxisId="hter" dataKey="hter" name="HTER" stroke="#b91c1c" dot isAnimationActive={false} />
          <Line yAxisId="oqs" dataKey="oqs" name="MQM OQS" stroke="#1d4ed8" dot connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
