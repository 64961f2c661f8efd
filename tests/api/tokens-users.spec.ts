import { testUsers } from "../support/users";
import {
  type TokenView,
  type UserView,
  createToken,
  createUser,
  editSentence,
  expect,
  expectError,
  expectJson,
  importArticle,
  revisionsOf,
  test,
  unique,
} from "./client";

test.describe("API tokens", () => {
  test("a token is shown once, works as Bearer, and stops working once revoked", async ({ as, anonymous }) => {
    const editor = await as("editor");
    const name = unique("ci-token");
    const created = await createToken(editor, name);
    expect(created.token).toMatch(/^rl_[A-Za-z0-9_-]{40,}$/);
    expect(created).toMatchObject({ name, prefix: created.token.slice(0, 10), lastUsedAt: null, revokedAt: null });

    const { tokens } = await expectJson<{ tokens: (TokenView & { token?: string })[] }>(await editor.get("/api/v1/tokens"), 200);
    const listed = tokens.find((t) => t.id === created.id);
    expect(listed).toMatchObject({ name, prefix: created.prefix, revokedAt: null });
    expect(JSON.stringify(tokens)).not.toContain(created.token);

    // The token acts as its owner: reads, and writes attributed to the editor.
    const bearer = await anonymous(created.token);
    const article = await importArticle(bearer);
    expect(article.createdBy.email).toBe(testUsers.editor.email);
    const first = article.sentences[0];
    await expectJson(await editSentence(bearer, first.id, "Edited through a token.", 1), 200);
    expect((await revisionsOf(bearer, first.id)).at(-1)?.author.email).toBe(testUsers.editor.email);
    const used = (await expectJson<{ tokens: TokenView[] }>(await editor.get("/api/v1/tokens"), 200)).tokens.find((t) => t.id === created.id);
    expect(used?.lastUsedAt).not.toBeNull();

    const revoked = await editor.delete(`/api/v1/tokens/${created.id}`);
    expect(revoked.status()).toBe(204);
    const denied = await expectError(await bearer.get("/api/v1/articles"), 401, "unauthorized");
    expect(denied.error.message).toMatch(/token/i);
    await expectError(await editSentence(bearer, first.id, "After revoking.", 2), 401, "unauthorized");
    expect((await revisionsOf(editor, first.id)).map((r) => r.kind)).toEqual(["IMPORT", "EDIT"]);

    const after = (await expectJson<{ tokens: TokenView[] }>(await editor.get("/api/v1/tokens"), 200)).tokens.find((t) => t.id === created.id);
    expect(after?.revokedAt).not.toBeNull();
    // Revoking twice is harmless.
    expect((await editor.delete(`/api/v1/tokens/${created.id}`)).status()).toBe(204);
  });

  test("a token keeps its owner's role: a viewer's token may read but not write", async ({ as, anonymous }) => {
    const viewer = await as("viewer");
    const { token } = await createToken(viewer);
    const bearer = await anonymous(token);
    await expectJson(await bearer.get("/api/v1/articles"), 200);
    await expectError(await bearer.post("/api/v1/articles", { data: { text: "Not allowed." } }), 403, "forbidden");
  });

  test("revoking someone else's token is 404 and the token keeps working", async ({ as, anonymous }) => {
    const mine = await createToken(await as("editor2"));
    for (const user of ["editor", "admin"] as const) {
      const response = await (await as(user)).delete(`/api/v1/tokens/${mine.id}`);
      await expectError(response, 404, "not_found");
    }
    await expectJson(await (await anonymous(mine.token)).get("/api/v1/articles"), 200);
    const { tokens } = await expectJson<{ tokens: TokenView[] }>(await (await as("editor")).get("/api/v1/tokens"), 200);
    expect(tokens.map((t) => t.id)).not.toContain(mine.id);
  });

  test("unknown or non-numeric token ids are 404", async ({ as }) => {
    const editor = await as("editor");
    for (const id of ["999999999", "abc", "1.0"]) await expectError(await editor.delete(`/api/v1/tokens/${id}`), 404, "not_found");
  });

  test("a token needs a name; without a session it is 401", async ({ as, anonymous }) => {
    const editor = await as("editor");
    const before = (await expectJson<{ tokens: TokenView[] }>(await editor.get("/api/v1/tokens"), 200)).tokens;
    for (const data of [{}, { name: "   " }, { name: 5 }, { name: "n".repeat(101) }]) {
      await expectError(await editor.post("/api/v1/tokens", { data }), 400, "bad_request");
    }
    expect((await expectJson<{ tokens: TokenView[] }>(await editor.get("/api/v1/tokens"), 200)).tokens).toEqual(before);
    const nobody = await anonymous();
    await expectError(await nobody.get("/api/v1/tokens"), 401, "unauthorized");
    await expectError(await nobody.post("/api/v1/tokens", { data: { name: "x" } }), 401, "unauthorized");
    await expectError(await nobody.delete("/api/v1/tokens/1"), 401, "unauthorized");
  });

  for (const header of ["Bearer", "Bearer ", "Basic YWRtaW46cGFzcw==", "Bearer a b", "rl_abc"]) {
    test(`an Authorization header ${JSON.stringify(header)} is 401, even with a valid session`, async ({ as }) => {
      const response = await (await as("admin")).get("/api/v1/articles", { headers: { Authorization: header } });
      await expectError(response, 401, "unauthorized");
    });
  }
});

test.describe("users (admin only)", () => {
  test("an admin creates a user who can then sign in; the user is listed", async ({ as, signIn }) => {
    const admin = await as("admin");
    const user = await createUser(admin, "EDITOR");
    expect(user).toMatchObject({ role: "EDITOR", disabled: false });
    expect(user).not.toHaveProperty("passwordHash");
    const { users } = await expectJson<{ users: UserView[] }>(await admin.get("/api/v1/users"), 200);
    expect(users.find((u) => u.id === user.id)).toMatchObject({ email: user.email, role: "EDITOR" });
    expect(JSON.stringify(users)).not.toMatch(/passwordHash|argon/i);

    const session = await signIn(user.email, user.password);
    const article = await importArticle(session);
    expect(article.createdBy.email).toBe(user.email);
  });

  test("a duplicate email is 409, whatever its case; nothing is created", async ({ as }) => {
    const admin = await as("admin");
    const user = await createUser(admin, "VIEWER");
    // Users are created by tests running in parallel: count only the emails this test tries.
    const tried = [user.email, testUsers.editor.email];
    const count = async () =>
      (await expectJson<{ users: UserView[] }>(await admin.get("/api/v1/users"), 200)).users.filter((u) => tried.includes(u.email)).length;
    const before = await count();
    expect(before).toBe(2);
    for (const email of [user.email, user.email.toUpperCase(), `  ${user.email}  `, testUsers.editor.email]) {
      const body = await expectError(
        await admin.post("/api/v1/users", { data: { email, password: "another-password-1", role: "REVIEWER" } }),
        409,
        "conflict",
      );
      expect(body.error.message).toContain(email.trim().toLowerCase());
    }
    expect(await count()).toBe(before);
  });

  const invalid: [string, (email: string) => Record<string, unknown>][] = [
    ["a bad email", (email) => ({ email: email.replace("@", " at "), password: "long-enough-pw", role: "EDITOR" })],
    ["a short password", (email) => ({ email, password: "short", role: "EDITOR" })],
    ["an unknown role", (email) => ({ email, password: "long-enough-pw", role: "SUPERUSER" })],
    ["no role", (email) => ({ email, password: "long-enough-pw" })],
    ["a numeric email", () => ({ email: 42, password: "long-enough-pw", role: "EDITOR" })],
  ];
  for (const [what, data] of invalid) {
    test(`creating a user with ${what} is 400`, async ({ as }) => {
      const admin = await as("admin");
      const email = `${unique("invalid")}@test.redline`;
      await expectError(await admin.post("/api/v1/users", { data: data(email) }), 400, "bad_request");
      const { users } = await expectJson<{ users: UserView[] }>(await admin.get("/api/v1/users"), 200);
      expect(users.map((u) => u.email)).not.toContain(email);
    });
  }

  for (const user of ["reviewer", "editor", "editor2", "viewer"] as const) {
    test(`a ${user} may not list, create or change users (403)`, async ({ as }) => {
      const api = await as(user);
      const admin = await as("admin");
      const target = await createUser(admin, "VIEWER");
      const email = `${unique("nope")}@test.redline`;
      await expectError(await api.get("/api/v1/users"), 403, "forbidden");
      await expectError(await api.post("/api/v1/users", { data: { email, password: "long-enough-pw", role: "REVIEWER" } }), 403, "forbidden");
      await expectError(await api.patch(`/api/v1/users/${target.id}`, { data: { role: "REVIEWER" } }), 403, "forbidden");
      const { users } = await expectJson<{ users: UserView[] }>(await admin.get("/api/v1/users"), 200);
      expect(users.map((u) => u.email)).not.toContain(email);
      expect(users.find((u) => u.id === target.id)?.role).toBe("VIEWER");
    });
  }

  test("without a session the user routes are 401", async ({ anonymous }) => {
    const nobody = await anonymous();
    await expectError(await nobody.get("/api/v1/users"), 401, "unauthorized");
    await expectError(await nobody.post("/api/v1/users", { data: {} }), 401, "unauthorized");
    await expectError(await nobody.patch("/api/v1/users/1", { data: { disabled: true } }), 401, "unauthorized");
  });

  test("a role change applies to the user's next request, token included", async ({ as, anonymous, signIn }) => {
    const admin = await as("admin");
    const user = await createUser(admin, "VIEWER");
    const { token } = await createToken(await signIn(user.email, user.password));
    const bearer = await anonymous(token);
    await expectError(await bearer.post("/api/v1/articles", { data: { text: "Not yet." } }), 403, "forbidden");
    const promoted = await expectJson<UserView>(await admin.patch(`/api/v1/users/${user.id}`, { data: { role: "EDITOR" } }), 200);
    expect(promoted.role).toBe("EDITOR");
    await importArticle(bearer);
  });

  test("a disabled user's token and session stop working (401); enabling them again restores access", async ({ as, anonymous, signIn }) => {
    const admin = await as("admin");
    const user = await createUser(admin, "EDITOR");
    const session = await signIn(user.email, user.password);
    const { token } = await createToken(session);
    const bearer = await anonymous(token);
    await expectJson(await bearer.get("/api/v1/articles"), 200);

    const disabled = await expectJson<UserView>(await admin.patch(`/api/v1/users/${user.id}`, { data: { disabled: true } }), 200);
    expect(disabled.disabled).toBe(true);
    await expectError(await bearer.get("/api/v1/articles"), 401, "unauthorized");
    await expectError(await bearer.post("/api/v1/articles", { data: { text: "Disabled users write nothing." } }), 401, "unauthorized");
    await expectError(await session.get("/api/v1/articles"), 401, "unauthorized");

    await expectJson(await admin.patch(`/api/v1/users/${user.id}`, { data: { disabled: false } }), 200);
    await expectJson(await bearer.get("/api/v1/articles"), 200);
  });

  test("changing an unknown user is 404; a bad change is 400", async ({ as }) => {
    const admin = await as("admin");
    await expectError(await admin.patch("/api/v1/users/999999999", { data: { role: "EDITOR" } }), 404, "not_found");
    await expectError(await admin.patch("/api/v1/users/abc", { data: { role: "EDITOR" } }), 404, "not_found");
    const user = await createUser(admin, "EDITOR");
    for (const data of [{ role: "OWNER" }, { disabled: "yes" }]) {
      await expectError(await admin.patch(`/api/v1/users/${user.id}`, { data }), 400, "bad_request");
    }
    const { users } = await expectJson<{ users: UserView[] }>(await admin.get("/api/v1/users"), 200);
    expect(users.find((u) => u.id === user.id)).toMatchObject({ role: "EDITOR", disabled: false });
  });

  test("the last enabled admin can be neither demoted nor disabled (422)", async ({ as }) => {
    const admin = await as("admin");
    const { users } = await expectJson<{ users: UserView[] }>(await admin.get("/api/v1/users"), 200);
    const me = users.find((u) => u.email === testUsers.admin.email);
    if (!me) throw new Error("test admin missing");
    // Make the test admin the only enabled admin (the seeded admin and admins of earlier runs are disabled).
    for (const other of users.filter((u) => u.role === "ADMIN" && !u.disabled && u.id !== me.id)) {
      await expectJson(await admin.patch(`/api/v1/users/${other.id}`, { data: { disabled: true } }), 200);
    }
    for (const data of [{ role: "EDITOR" }, { disabled: true }, { role: "VIEWER", disabled: true }]) {
      const body = await expectError(await admin.patch(`/api/v1/users/${me.id}`, { data }), 422, "unprocessable");
      expect(body.error.message).toMatch(/last/i);
    }
    // Still an admin: user management still works for them.
    const after = (await expectJson<{ users: UserView[] }>(await admin.get("/api/v1/users"), 200)).users.find((u) => u.id === me.id);
    expect(after).toMatchObject({ role: "ADMIN", disabled: false });
    // A no-op change to the last admin is fine.
    await expectJson(await admin.patch(`/api/v1/users/${me.id}`, { data: { role: "ADMIN" } }), 200);
  });
});
