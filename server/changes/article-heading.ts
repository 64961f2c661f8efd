import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/server/db";

/** Title and import date of an article for a page about it; the page is a 404 when there is no such article. */
export async function articleHeadingOr404(id: string): Promise<{ id: number; title: string; createdAt: string }> {
  const article = /^\d{1,15}$/.test(id)
    ? await db.article.findUnique({ where: { id: Number(id) }, select: { id: true, title: true, createdAt: true } })
    : null;
  if (!article) notFound();
  return { id: article.id, title: article.title, createdAt: article.createdAt.toISOString() };
}
