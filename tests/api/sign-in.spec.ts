import { request, type APIRequestContext } from "@playwright/test";
import { testBaseUrl } from "../support/users";
import { createUser, expect, expectError, expectJson, test, unique, type UserView } from "./client";

// Each test signs in from its own made-up client address (X-Forwarded-For), so the per-address counters
// of one test never block another.
let lastOctet = 0;
const freshAddress = () => `198.51.${Math.floor(Math.random() * 250)}.${(lastOctet = (lastOctet % 250) + 1)}`;

interface Attempt {
  /** null when signed in; else next-auth's error: "CredentialsSignin" or the throttle's message. */
  error: string | null;
  context: APIRequestContext;
}

async function attempt(email: string, password: string, address: string): Promise<Attempt> {
  const context = await request.newContext({ baseURL: testBaseUrl, extraHTTPHeaders: { "X-Forwarded-For": address } });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  const { url } = (await response.json()) as { url: string };
  return { error: new URL(url, testBaseUrl).searchParams.get("error"), context };
}

async function fails(email: string, password: string, address: string): Promise<string> {
  const { error, context } = await attempt(email, password, address);
  await context.dispose();
  expect(error).not.toBeNull();
  return error ?? "";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.describe("sign-in throttling", () => {
  test("an account waits longer after each failure, then locks; an admin unlocks it", async ({ as }) => {
    test.setTimeout(180_000);
    const admin = await as("admin");
    const user = await createUser(admin, "EDITOR");
    const address = freshAddress();
    for (let i = 0; i < 6; i++) expect(await fails(user.email, "wrong password", address)).toBe("CredentialsSignin");
    // The waits double (1, 2, 4 s, then 8 s after the ninth failure)…
    for (const wait of [1, 2, 4]) {
      await sleep(wait * 1000 + 300);
      expect(await fails(user.email, "wrong password", address)).toBe("CredentialsSignin");
    }
    // …during which even the right password is not checked.
    expect(await fails(user.email, user.password, address)).toMatch(/^Too many failed sign-ins: wait \d+ seconds? and try again\.$/);
    // The tenth failure locks the account.
    await sleep(8300);
    expect(await fails(user.email, "wrong password", address)).toBe("CredentialsSignin");
    const locked = await fails(user.email, user.password, freshAddress());
    expect(locked).toMatch(/locked for 15 minutes\. An administrator can unlock the account\./);

    const { users } = await expectJson<{ users: UserView[] }>(await admin.get("/api/v1/users"), 200);
    expect(users.find((u) => u.id === user.id)?.signInBlockedUntil).toBeTruthy();
    await expectError(await (await as("reviewer")).post(`/api/v1/users/${user.id}/unlock`), 403, "forbidden");
    const unlocked = await expectJson<UserView>(await admin.post(`/api/v1/users/${user.id}/unlock`), 200);
    expect(unlocked.signInBlockedUntil).toBeNull();
    const signedIn = await attempt(user.email, user.password, address);
    expect(signedIn.error).toBeNull();
    await expectJson(await signedIn.context.get("/api/v1/articles"), 200);
    await signedIn.context.dispose();
  });

  test("an address that fails too often waits, whichever accounts it tries; other addresses do not", async ({ as }) => {
    test.setTimeout(180_000);
    const user = await createUser(await as("admin"), "VIEWER");
    const address = freshAddress();
    // Unknown emails are counted like known ones, and answered the same way.
    for (let i = 0; i < 21; i++) expect(await fails(`${unique("nobody")}@test.redline`, "guess", address)).toBe("CredentialsSignin");
    // Past 20 failures the address waits 1 s, then 2 s, then 4 s (long enough to check on a loaded machine).
    for (const wait of [1, 2]) {
      await sleep(wait * 1000 + 300);
      expect(await fails(`${unique("nobody")}@test.redline`, "guess", address)).toBe("CredentialsSignin");
    }
    expect(await fails(user.email, user.password, address)).toMatch(/^Too many failed sign-ins/);
    const elsewhere = await attempt(user.email, user.password, freshAddress());
    expect(elsewhere.error).toBeNull();
    await elsewhere.context.dispose();
  });

  test("an unknown email and a wrong password get the same answer", async ({ as }) => {
    const user = await createUser(await as("admin"), "VIEWER");
    const address = freshAddress();
    expect(await fails(`${unique("nobody")}@test.redline`, "guess", address)).toBe(await fails(user.email, "guess", address));
  });
});

test.describe("sessions end at once", () => {
  test("after sign-out the old session cookie no longer works", async ({ as }) => {
    const user = await createUser(await as("admin"), "EDITOR");
    const { error, context } = await attempt(user.email, user.password, freshAddress());
    expect(error).toBeNull();
    await expectJson(await context.get("/api/v1/articles"), 200);
    const saved = await context.storageState();
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    expect((await context.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 })).status()).toBeLessThan(400);
    await context.dispose();

    const replayed = await request.newContext({ baseURL: testBaseUrl, storageState: saved });
    await expectError(await replayed.get("/api/v1/articles"), 401, "unauthorized");
    const page = await replayed.get("/", { maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers()["location"]).toContain("/signin");
    await replayed.dispose();
  });

  test("disabling a user ends their sessions at once, even after they are enabled again", async ({ as }) => {
    const admin = await as("admin");
    const user = await createUser(admin, "EDITOR");
    const { error, context } = await attempt(user.email, user.password, freshAddress());
    expect(error).toBeNull();
    await expectJson(await context.get("/api/v1/articles"), 200);
    await expectJson(await admin.patch(`/api/v1/users/${user.id}`, { data: { disabled: true } }), 200);
    await expectError(await context.get("/api/v1/articles"), 401, "unauthorized");
    await expectJson(await admin.patch(`/api/v1/users/${user.id}`, { data: { disabled: false } }), 200);
    await expectError(await context.get("/api/v1/articles"), 401, "unauthorized");
    await context.dispose();
    const again = await attempt(user.email, user.password, freshAddress());
    expect(again.error).toBeNull();
    await expectJson(await again.context.get("/api/v1/articles"), 200);
    await again.context.dispose();
  });
});
