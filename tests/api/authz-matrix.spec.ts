import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { roles, type Role } from "../../lib/article";
import { can, type Permission } from "../../lib/permissions";
import type { TestUser } from "../support/users";
import { expect, test } from "./client";

// Every API route × every role, read from the route files themselves: each exported method names its
// permission in `apiRoute(…, "permission", …)`. A role without it gets 403; a role with it never gets
// 401/403/500 (ids that do not exist and empty bodies, so nothing is changed); no cookie gets 401.

const apiRoot = path.join(import.meta.dirname, "../../app/api/v1");
const roleUser: Record<Role, TestUser> = { ADMIN: "admin", REVIEWER: "reviewer", EDITOR: "editor", VIEWER: "viewer" };

interface RouteCheck {
  method: string;
  url: string;
  permission: Permission;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? routeFiles(file) : name === "route.ts" ? [file] : [];
  });
}

function routeChecks(): RouteCheck[] {
  return routeFiles(apiRoot).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const url = "/api/v1/" + path.relative(apiRoot, path.dirname(file)).split(path.sep).map((s) => (s.startsWith("[") ? "999999999" : s)).join("/");
    const found = [...source.matchAll(/export const (GET|POST|PATCH|PUT|DELETE) = apiRoute(?:<[^>]*>)?\(\s*(?:contract\.\w+,\s*)?"([a-z]+:[a-z]+)"/g)];
    return found.map((m) => ({ method: m[1], url: url.replace(/\/$/, ""), permission: m[2] as Permission }));
  });
}

const checks = routeChecks();

test("the matrix covers every route file", () => {
  expect(checks.length).toBeGreaterThanOrEqual(routeFiles(apiRoot).length);
});

test("every API route × role: forbidden roles get 403, allowed roles are let through, no cookie gets 401", async ({ as, anonymous }) => {
  test.setTimeout(180_000);
  const clients = Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await as(roleUser[role])] as const)));
  const nobody = await anonymous();
  const violations: string[] = [];
  for (const check of checks) {
    const options = check.method === "GET" || check.method === "DELETE" ? {} : { data: {} };
    const anonymousStatus = (await nobody.fetch(check.url, { method: check.method, ...options })).status();
    if (anonymousStatus !== 401) violations.push(`${check.method} ${check.url} without a session: ${anonymousStatus}`);
    for (const role of roles) {
      const status = (await clients[role].fetch(check.url, { method: check.method, ...options })).status();
      const allowed = can(role, check.permission);
      if (!allowed && status !== 403) violations.push(`${check.method} ${check.url} as ${role} (needs ${check.permission}): ${status}, expected 403`);
      if (allowed && [401, 403, 405].includes(status)) violations.push(`${check.method} ${check.url} as ${role}: ${status}, expected to be let through`);
      if (status >= 500) violations.push(`${check.method} ${check.url} as ${role}: ${status}`);
    }
  }
  expect(violations).toEqual([]);
});
