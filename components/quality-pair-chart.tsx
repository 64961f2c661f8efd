"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { LanguagePairQuality } from "@/lib/api-types";

/** Mean HTER and mean % edited per language pair. */
export function QualityPairChart({ pairs }: { pairs: LanguagePairQuality[] }) {
  const data = pairs.map((p) => ({ pair: p.pair, hter: Number(p.hter.toFixed(3)), percentEdited: p.percentEdited }));
  return (
    <div className="h-64 w-full" data-testid="pair-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="pair" />
          <YAxis yAxisId="hter" domain={[0, "auto"]} />
          <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} unit="%" />
          <Tooltip />
          <Legend />
          <Bar yAxisId="hter" dataKey="hter" name="Mean HTER" fill="#b91c1c" isAnimationActive={false} />
          <Bar yAxisId="pct" dataKey="percentEdited" name="Mean % edited" fill="#78716c" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
