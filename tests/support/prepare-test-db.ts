// Fills the throwaway test database: the test accounts and the demo article. Refuses any other database.
import { testUsers } from "./users";
import { databaseUrl } from "@/server/database-url";
import { createUser } from "@/server/users/manage-users";
import { seedIfEmpty } from "@/server/setup/seed";

if (!/test/.test(databaseUrl())) throw new Error(`Refusing to prepare ${databaseUrl()}: not a test database.`);
await seedIfEmpty();
for (const user of Object.values(testUsers)) await createUser({ ...user });
console.log(`Prepared ${databaseUrl()}`);
