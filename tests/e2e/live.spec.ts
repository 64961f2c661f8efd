import { expect, test } from "@playwright/test";
import { startSecondInstance } from "../support/second-instance";
import { importViaApi, pageAs, sentenceRow } from "./helpers";

// Live updates in the workspace: another person's save appears in place, presence shows who is where,
// and a row being edited is left alone so its stale save still meets the conflict panel.

test("a correction saved in one browser appears in another's row without reload, with presence", async ({ browser }) => {
  const id = await importViaApi("editor", "Live check\n\nThe first live sentence. The second live sentence.");
  const anna = await pageAs(browser, "editor");
  const erin = await pageAs(browser, "editor2");
  await erin.goto(`/articles/${id}`);
  await expect(erin.getByTestId("live-status")).toHaveText(/Live/);
  await anna.goto(`/articles/${id}`);
  await expect(anna.getByTestId("live-status")).toHaveText(/Live/);

  // Anna works in the first sentence: Erin sees her there.
  const annaRow = sentenceRow(anna, "first live");
  await annaRow.getByRole("textbox").focus();
  await expect(erin.getByTestId("present")).toHaveCount(1);
  await expect(erin.getByTestId("present")).toHaveAttribute("data-sentence-id", (await annaRow.getAttribute("data-sentence-id")) ?? "");
  await expect(erin.getByTestId("presence")).toContainText(/Eddie Editor — in sentence \d/);

  await annaRow.getByRole("textbox").fill("The first sentence, corrected live.");
  await annaRow.getByRole("button", { name: "Save" }).click();
  await expect(annaRow.getByTestId("save-state")).toHaveText("Saved");
  const erinRow = sentenceRow(erin, "first live");
  await expect(erinRow.getByRole("textbox")).toHaveValue("The first sentence, corrected live.", { timeout: 5000 });

  // Erin is in the second sentence when Anna saves it: Erin's row is left as it was, and her save conflicts.
  const erinSecond = sentenceRow(erin, "second live");
  await erinSecond.getByRole("textbox").focus();
  const before = await erinSecond.getByRole("textbox").inputValue();
  const annaSecond = sentenceRow(anna, "second live");
  await annaSecond.getByRole("textbox").fill("Anna's version of the second.");
  await annaSecond.getByRole("button", { name: "Save" }).click();
  await expect(annaSecond.getByTestId("save-state")).toHaveText("Saved");
  await expect(erinSecond.getByRole("textbox")).toHaveValue(before);
  await erinSecond.getByRole("textbox").fill("Erin's version of the second.");
  await erinSecond.getByRole("button", { name: "Save" }).click();
  await expect(erinSecond.getByTestId("conflict").getByTestId("conflict-theirs")).toHaveText("Anna's version of the second.");

  // Anna closes her tab: she is gone from Erin's header (at once when the tab says so, else after the 30 s time-to-live).
  await anna.context().close();
  await expect(erin.getByTestId("present")).toHaveCount(0, { timeout: 45_000 });
});

test("two instances on one PostgreSQL: B sees A's correction and presence, B's stale save conflicts, B keeps working when A dies", async ({ browser }) => {
  test.skip(process.env.TEST_DATABASE !== "postgresql", "several instances need PostgreSQL (npm run test:pg)");
  test.setTimeout(180_000);
  const instanceA = await startSecondInstance();
  try {
    const id = await importViaApi("editor", "Two instances\n\nThe first shared sentence. The second shared sentence.");
    const anna = await pageAs(browser, "editor");
    const erin = await pageAs(browser, "editor2");
    await erin.goto(`/articles/${id}`);
    await anna.goto(`${instanceA.url}/articles/${id}`);
    await expect(anna.getByTestId("live-status")).toHaveText(/Live/);
    await expect(erin.getByTestId("live-status")).toHaveText(/Live/);

    const annaFirst = sentenceRow(anna, "first shared");
    await annaFirst.getByRole("textbox").focus();
    await expect(erin.getByTestId("present")).toHaveAttribute("data-sentence-id", (await annaFirst.getAttribute("data-sentence-id")) ?? "");

    const erinSecond = sentenceRow(erin, "second shared");
    await erinSecond.getByRole("textbox").focus();
    await annaFirst.getByRole("textbox").fill("Anna on instance A.");
    await annaFirst.getByRole("button", { name: "Save" }).click();
    await expect(sentenceRow(erin, "first shared").getByRole("textbox")).toHaveValue("Anna on instance A.", { timeout: 5000 });

    const annaSecond = sentenceRow(anna, "second shared");
    await annaSecond.getByRole("textbox").fill("Anna saved the second first.");
    await annaSecond.getByRole("button", { name: "Save" }).click();
    await expect(annaSecond.getByTestId("save-state")).toHaveText("Saved");
    await erinSecond.getByRole("textbox").fill("Erin on instance B.");
    await erinSecond.getByRole("button", { name: "Save" }).click();
    await expect(erinSecond.getByTestId("conflict").getByTestId("conflict-theirs")).toHaveText("Anna saved the second first.");

    // Instance A dies: B's page keeps its own stream and saves.
    await instanceA.kill();
    await erinSecond.getByTestId("conflict").getByRole("button", { name: "Keep mine" }).click();
    await expect(erinSecond.getByTestId("save-state")).toHaveText("Saved");
    await expect(erin.getByTestId("live-status")).toHaveText(/Live/);
  } finally {
    await instanceA.kill();
  }
});
