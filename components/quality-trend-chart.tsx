"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface QualityTrendPoint {
  /** Import date, YYYY-MM-DD. */
  date: string;
  title: string;
  hter: number;
  oqs: number | null;
}

/** HTER (left axis) and MQM OQS (right axis) of each article, by import date. */
export function QualityTrendChart({ points }: { points: QualityTrendPoint[] }) {
  return (
    <div className="h-72 w-full" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="hter" domain={[0, "auto"]} label={{ value: "HTER", angle: -90, position: "insideLeft" }} />
          <YAxis yAxisId="oqs" orientation="right" domain={["auto", 100]} label={{ value: "OQS", angle: 90, position: "insideRight" }} />
          <Tooltip labelFormatter={(label, payload) => `${String(label)} · ${payload?.[0]?.payload?.title ?? ""}`} />
          <Legend />
          <Line yAxisId="hter" dataKey="hter" name="HTER" stroke="#b91c1c" dot isAnimationActive={false} />
          <Line yAxisId="oqs" dataKey="oqs" name="MQM OQS" stroke="#1d4ed8" dot connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
