// The PostgreSQL driver adapter for the app and for Prisma's CLI (migrate deploy / dev / diff).
// No "server-only": prisma.config.ts loads it too.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { TypeId } from "pg-types";

// Prisma 6.19's JS schema engine reads the catalogue, whose columns have PostgreSQL's internal types
// `name` (OID 19), `name[]` (1003) and `"char"` (18); the adapter rejects those (prisma/orm#27403).
// They are text, so results report them as `text` (25) and `text[]` (1009), parsed like text[].
const renamedTypes = new Map([
  [18, 25],
  [19, 25],
  [1003, 1009],
]);
// pg-types has no parser for name[]; give it text[]'s (its TypeId enum lists neither array type).
const textArrayParser: (value: string) => string[] = pg.types.getTypeParser(1009 as TypeId);
pg.types.setTypeParser(1003 as TypeId, textArrayParser);

interface FieldList {
  fields?: Array<{ dataTypeID: number }>;
}

function renameFields(result: unknown): void {
  for (const one of Array.isArray(result) ? result : [result]) {
    const fields = (one as FieldList | null)?.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields) field.dataTypeID = renamedTypes.get(field.dataTypeID) ?? field.dataTypeID;
  }
}

/** Wraps a connection's `query` (promise and callback styles) so results never carry `name` columns. */
function renameTypesOf(client: pg.PoolClient): void {
  const query: unknown = client.query;
  if (typeof query !== "function") return;
  Object.defineProperty(client, "query", {
    configurable: true,
    value(...args: unknown[]) {
      const last = args.at(-1);
      if (typeof last === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) => {
          if (!error) renameFields(result);
          return Reflect.apply(last, undefined, [error, result]);
        };
        return Reflect.apply(query, client, args);
      }
      const answer: unknown = Reflect.apply(query, client, args);
      if (answer instanceof Promise) return answer.then((result: unknown) => (renameFields(result), result));
      return answer;
    },
  });
}

/** A pg.Pool whose connections report `name` columns as `text`, so Prisma's schema engine can read them. */
export class NameSafePool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    this.on("connect", renameTypesOf);
  }
}

const poolSize = Number(process.env.DATABASE_POOL_SIZE ?? 10);

/** PrismaPg over NameSafePool, with a shadow database (for `migrate dev`) made through the same pool type. */
class NameSafePrismaPg extends PrismaPg {
  constructor(private readonly url: string) {
    super(new NameSafePool({ connectionString: url, max: poolSize }), { disposeExternalPool: true });
  }

  override async connectToShadowDb() {
    const admin = await new PrismaPg(new NameSafePool({ connectionString: this.url, max: 1 }), { disposeExternalPool: true }).connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${database}`;
    const shadow = await new PrismaPg(new NameSafePool({ connectionString: shadowUrl.toString(), max: 2 }), { disposeExternalPool: true }).connect();
    const dispose = shadow.dispose.bind(shadow);
    return Object.assign(shadow, {
      async dispose() {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await admin.dispose();
      },
    });
  }
}

/** The adapter factory for a `postgresql://` URL. */
export function postgresAdapter(url: string): PrismaPg {
  return new NameSafePrismaPg(url);
}
