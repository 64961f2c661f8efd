"use client";

import { useEffect, useState } from "react";
import { contract, type ArticleMqmView } from "@/lib/api/contract";
import { api } from "@/components/api";
import { whenIdle } from "@/components/when-idle";
import { useWorkspace } from "./workspace-store";

/** OQS with pass/fail (MQM 2.0 raw) and the Google WMT score of the article; refreshes when annotations change. */
export function MqmScore() {
  const articleId = useWorkspace((state) => state.articleId);
  const version = useWorkspace((state) => state.annotationsVersion);
  const [score, setScore] = useState<ArticleMqmView | null>(null);

  const complete = useWorkspace((state) => state.complete);
  useEffect(() => {
    if (!complete) return;
    return whenIdle((cancelled) =>
      void api(contract.articleMqm, { params: { id: articleId } }).then((result) => {
        if (!cancelled() && result.ok) setScore(result.data);
      }),
    );
  }, [articleId, version, complete]);

  if (!score) return null;
  const { mqm } = score;
  return (
    <div className="flex items-center gap-2 text-sm" data-testid="mqm-score" role="group" aria-label="MQM score">
      <span title={mqm ? `APT ${mqm.apt} over ${mqm.ewc} words; pass at ${mqm.threshold}` : "No words to score"}>
        MQM <strong data-testid="mqm-oqs">{mqm ? mqm.oqs.toFixed(2) : "–"}</strong>
      </span>
      {mqm && (
        <span data-testid="mqm-pass" className={`rounded px-1.5 py-0.5 text-xs ${mqm.pass ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}>
          {mqm.pass ? "pass" : "fail"}
        </span>
      )}
      <span title="Google WMT MQM: mean penalty per sentence, lower is better">
        WMT <strong data-testid="mqm-wmt">{Number(score.wmt.score.toFixed(2))}</strong>
      </span>
      <span className="text-xs text-stone-600">({score.annotationCount} {score.annotationCount === 1 ? "error" : "errors"})</span>
    </div>
  );
}
