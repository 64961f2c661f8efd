import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseProvider, databaseUrl } from "./server/database-url";
import { postgresAdapter } from "./server/postgres-adapter";

// The schemas read env("DATABASE_URL"): give them the same default the app uses.
process.env.DATABASE_URL = databaseUrl();
// DATABASE_URL picks the schema (and its migrations folder) and the driver: file: → SQLite, postgresql:// → PostgreSQL.
const provider = databaseProvider();

// Prisma 6.19 with the JS schema engine: migrations run through the driver adapter, so no native engine
// is downloaded. `prisma generate` builds both clients (see the postinstall script).
export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", provider, "schema.prisma"),
  engine: "js",
  async adapter() {
    const url = databaseUrl();
    return provider === "postgresql" ? postgresAdapter(url) : new PrismaBetterSQLite3({ url });
  },
});
