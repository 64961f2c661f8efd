// Seeds an empty database (run by `npm start`); prints the admin login it created, once.
import { seedIfEmpty } from "@/server/setup/seed";

const created = await seedIfEmpty();
if (created) {
  console.log("");
  console.log("  Redline is seeded with the demo article and an admin account:");
  console.log(`    email:    ${created.email}`);
  console.log(`    password: ${created.password}`);
  console.log("  This password is shown only now. Add people with: npm run redline -- user add --email E --password P --role EDITOR");
  console.log("");
}
