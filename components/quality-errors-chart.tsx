"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ArticleQualityMqm } from "@/lib/api-types";
import { mqmSeverities } from "@/lib/mqm";

const severityColours: Record<(typeof mqmSeverities)[number], string> = {
  Neutral: "#a8a29e",
  Minor: "#f59e0b",
  Major: "#ea580c",
  Critical: "#b91c1c",
};

/** MQM errors per category, stacked by severity. */
export function QualityErrorsChart({ errors }: { errors: ArticleQualityMqm["errors"] }) {
  const rows = new Map<string, Record<string, number | string>>();
  for (const e of errors) {
    const row = rows.get(e.category) ?? { category: e.category };
    row[e.severity] = e.count;
    rows.set(e.category, row);
  }
  const data = [...rows.values()];
  const used = mqmSeverities.filter((s) => errors.some((e) => e.severity === s));
  return (
    <div className="h-72 w-full" data-testid="errors-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="category" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          {used.map((severity) => (
            <Bar key={severity} dataKey={severity} stackId="severity" fill={severityColours[severity]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
