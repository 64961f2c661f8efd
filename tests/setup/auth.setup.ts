import { expect, test as setup } from "@playwright/test";
import { storageStatePath, testUsers, type TestUser } from "../support/users";

// Signs each test account in once through the sign-in page and saves its cookies for the other tests.
for (const user of Object.keys(testUsers) as TestUser[]) {
  setup(`sign in as ${user}`, async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(testUsers[user].email);
    await page.getByLabel("Password").fill(testUsers[user].password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("who")).toContainText(testUsers[user].name);
    await page.context().storageState({ path: storageStatePath(user) });
  });
}
