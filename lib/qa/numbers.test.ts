import { describe, expect, it } from "vitest";
import { extractNumbers, numbers } from "./numbers";
import { run, sentences, spans } from "./test-helpers";

const values = (text: string) => extractNumbers(text).map((t) => t.value);

describe("number extraction", () => {
  it("normalises groupings, decimals, dates and times", () => {
    expect(values("1,000 and 1.000 and 1 000 and 1\u00A0000 and 1000")).toEqual(["1000", "1000", "1000", "1000", "1000"]);
    expect(values("1.5 or 1,5 or 1,50; 0,500; 1,000,000.25 = 1.000.000,25")).toEqual(["1.5", "1.5", "1.5", "0.5", "1000000.25", "1000000.25"]);
    expect(values("on 09.17.2021, 17/09/2021 and 2021-09-17")).toEqual(["date:9-17-2021", "date:9-17-2021", "date:9-17-2021"]);
    expect(values("at 10:30 or 10h30, in 2021 100 people, 40 years")).toEqual(["time:10:30", "time:10:30", "2021", "100", "40"]);
  });
});

describe("numbers", () => {
  it("flags numbers added or dropped against the MT text", () => {
    const items = sentences({ sourceText: "The SCO met on Friday (09.17.2021) after 40 years.", text: "The SCO met on Friday (17.09.2021) after 30 years." });
    const issues = run(numbers, items);
    expect(spans(issues, items)).toEqual(["30", ""]);
    expect(issues[1]).toMatchObject({ start: items[0].text.length, message: "“40” from the MT text is missing." });
  });

  it("compares with the original text when there is one", () => {
    const items = sentences({ sourceText: "1.5 billion and 3 dead", text: "1.5 billion and 3 dead", originalText: "1,5 milliard et 4 morts" });
    const issues = run(numbers, items);
    expect(issues.map((i) => i.message)).toEqual(["“3” is not in the original text.", "“4” from the original text is missing."]);
  });

  it("counts repeated numbers", () => {
    const items = sentences({ sourceText: "5 and 5", text: "5 and 6" });
    expect(spans(run(numbers, items), items)).toEqual(["6", ""]);
    expect(run(numbers, sentences({ sourceText: "1,000 people", text: "1000 people" }))).toEqual([]);
  });
});
