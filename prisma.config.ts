import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./server/database-url";

// schema.prisma reads env("DATABASE_URL"): give it the same default the app uses.
process.env.DATABASE_URL = databaseUrl();

// Prisma 6.19 with the JS schema engine: migrations run through the better-sqlite3 adapter,
// so no native engine is downloaded.
export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  engine: "js",
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
