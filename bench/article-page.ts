/**
 * The article page's data on the server: what every editor waits for before the page's first byte.
 *
 *   npx tsx bench/article-page.ts        (also run by `npm run bench`)
 *
 * Runs bench/support/article-page-data.ts with the react-server condition (server-only modules need it):
 * on a throwaway SQLite database, a 1,000-sentence article, fresh and with comments and annotations.
 * Subjects, each against the same two statements on raw better-sqlite3 (the baseline), alternately:
 *   now     loadArticlePage (server/articles/article-page.ts): two portable SQL queries
 *   before  the Prisma reads it replaced (count, article with people, sentences, open comments,
 *           comments, annotations, glossary version): six queries, each compiled by Prisma afresh
 */
import { spawnSync } from "node:child_process";

const child = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "bench/support/article-page-data.ts"], { stdio: "inherit" });
process.exit(child.status ?? 1);
