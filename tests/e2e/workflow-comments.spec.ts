import { expect, test } from "@playwright/test";
import { importViaApi, pageAs, sentenceRow } from "./helpers";

test.describe("review workflow and comments", () => {
  test("an editor submits, a reviewer approves (the editor can no longer edit), then reopens with a reason", async ({ browser }) => {
    const id = await importViaApi("editor", "Workflow check\n\nThe crisis humanitarian is grave. Second sentence here.");
    const editor = await pageAs(browser, "editor");
    await editor.goto(`/articles/${id}`);
    await expect(editor.getByTestId("article-state")).toHaveText("In progress");
    await expect(editor.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await editor.getByRole("button", { name: "Submit for review" }).click();
    await expect(editor.getByTestId("article-state")).toHaveText("In review");
    await expect(editor.getByRole("button", { name: "Submit for review" })).toHaveCount(0);

    const reviewer = await pageAs(browser, "reviewer");
    await reviewer.goto(`/articles/${id}`);
    await expect(reviewer.getByTestId("article-state")).toHaveText("In review");
    await reviewer.getByRole("button", { name: "Approve" }).click();
    await expect(reviewer.getByTestId("article-state")).toHaveText("Approved");

    await editor.reload();
    await expect(editor.getByTestId("article-state")).toHaveText("Approved");
    await expect(editor.getByText("Read-only until reopened.")).toBeVisible();
    await expect(editor.getByTestId("sentence")).toHaveCount(3);
    await expect(editor.getByTestId("sentence").getByRole("textbox")).toHaveCount(0);
    await expect(editor.getByRole("button", { name: "Save" })).toHaveCount(0);

    await reviewer.getByRole("button", { name: "Reopen" }).click();
    const reason = reviewer.getByRole("textbox", { name: "Reason (reopen)" });
    await expect(reviewer.getByRole("form", { name: "Reopen: reason" }).getByRole("button", { name: "Reopen" })).toBeDisabled();
    await reason.fill("The second paragraph still reads like MT.");
    await reviewer.getByRole("form", { name: "Reopen: reason" }).getByRole("button", { name: "Reopen" }).click();
    await expect(reviewer.getByTestId("article-state")).toHaveText("In progress");

    await editor.reload();
    await expect(sentenceRow(editor, "The crisis humanitarian").getByRole("textbox")).toBeEditable();
    await editor.getByRole("link", { name: "Timeline" }).click();
    const events = editor.getByTestId("workflow-events").getByRole("listitem");
    await expect(events).toHaveCount(3);
    await expect(events.first()).toContainText("reopened");
    await expect(events.first()).toContainText("The second paragraph still reads like MT.");
    await expect(events.last()).toContainText("submitted for review");
  });

  test("an editor comments on a sentence, the reviewer replies and resolves; the open count follows", async ({ browser }) => {
    const id = await importViaApi("editor", "Comment check\n\nThe crisis humanitarian is grave. Second sentence here.");
    const editor = await pageAs(browser, "editor");
    await editor.goto(`/articles/${id}`);
    const row = sentenceRow(editor, "The crisis humanitarian");
    await expect(row.getByTestId("comment-count")).toHaveText("(0 open)");
    await row.getByRole("textbox").click();
    await row.getByRole("button", { name: /Comments/ }).click();
    await row.getByRole("textbox", { name: "New comment" }).fill("Is <b>grave</b> too strong here?");
    await row.getByRole("button", { name: "Comment", exact: true }).click();
    await expect(row.getByTestId("comment-count")).toHaveText("(1 open)");
    // Rendered as text: the tags show, nothing turns bold.
    await expect(row.getByTestId("comment-body")).toHaveText("Is <b>grave</b> too strong here?");
    await expect(row.getByTestId("comment-body").locator("b")).toHaveCount(0);

    const reviewer = await pageAs(browser, "reviewer");
    await reviewer.goto(`/articles/${id}`);
    const theirs = sentenceRow(reviewer, "The crisis humanitarian");
    await expect(theirs.getByTestId("comment-count")).toHaveText("(1 open)");
    await expect(sentenceRow(reviewer, "Second sentence").getByTestId("comment-count")).toHaveText("(0 open)");
    await theirs.getByRole("textbox").first().click();
    await theirs.getByRole("button", { name: /Comments/ }).click();
    await theirs.getByRole("textbox", { name: "Reply" }).fill("It is the source's word; keep it.");
    await theirs.getByRole("button", { name: "Reply", exact: true }).click();
    await expect(theirs.getByTestId("comment")).toHaveCount(2);
    await expect(theirs.getByTestId("comment").last()).toContainText("Rita Reviewer");
    await theirs.getByRole("button", { name: "Resolve" }).click();
    await expect(theirs.getByTestId("comment-count")).toHaveText("(0 open)");
    await expect(theirs.getByText(/Resolved by Rita Reviewer/)).toBeVisible();

    await editor.reload();
    const again = sentenceRow(editor, "The crisis humanitarian");
    await expect(again.getByTestId("comment-count")).toHaveText("(0 open)");
    await again.getByRole("textbox").click();
    await again.getByRole("button", { name: /Comments/ }).click();
    await expect(again.getByTestId("comment")).toHaveCount(2);
    await again.getByRole("button", { name: "Reopen" }).click();
    await expect(again.getByTestId("comment-count")).toHaveText("(1 open)");
  });
});
