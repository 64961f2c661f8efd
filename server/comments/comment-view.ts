import "server-only";
import type { CommentView } from "@/lib/api-types";
import { userRefSelect, toUserRef } from "@/server/workflow/workflow-view";

export const maxCommentLength = 5000;

export const commentInclude = { author: userRefSelect, resolvedBy: userRefSelect } as const;

interface CommentRow {
  id: number;
  sentenceId: number;
  articleId: number;
  parentId: number | null;
  body: string;
  createdAt: Date;
  resolvedAt: Date | null;
  author: { id: number; name: string };
  resolvedBy: { id: number; name: string } | null;
}

export function toCommentView(row: CommentRow): CommentView {
  return {
    id: row.id,
    sentenceId: row.sentenceId,
    articleId: row.articleId,
    parentId: row.parentId,
    body: row.body,
    author: { id: row.author.id, name: row.author.name },
    createdAt: row.createdAt.toISOString(),
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    resolvedBy: toUserRef(row.resolvedBy),
  };
}
