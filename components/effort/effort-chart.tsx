"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface EffortChartPoint {
  label: string;
  secondsPerWord: number | null;
  keystrokesPerChar: number | null;
}

/** Temporal effort (seconds per word) and technical effort (keystrokes per character) per group. */
export function EffortChart({ points }: { points: EffortChartPoint[] }) {
  return (
    <div className="h-64 w-full" data-testid="effort-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis yAxisId="time" domain={[0, "auto"]} unit=" s" />
          <YAxis yAxisId="keys" orientation="right" domain={[0, "auto"]} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="time" dataKey="secondsPerWord" name="Seconds per word" fill="#b91c1c" isAnimationActive={false} />
          <Bar yAxisId="keys" dataKey="keystrokesPerChar" name="Keystrokes per character" fill="#78716c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
