import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./index";

const split = (text: string, lang = "en") => splitSentences(text, lang);
const demo = readFileSync(path.join(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"), "utf8");

describe("abbreviations", () => {
  it("English: titles, a.m./p.m., months, No., U.S., etc.", () => {
    expect(split("Mr. Smith and Dr. Jones met Mrs. Brown at 9 a.m. on Jan. 5. They talked.")).toEqual([
      "Mr. Smith and Dr. Jones met Mrs. Brown at 9 a.m. on Jan. 5.",
      "They talked.",
    ]);
    expect(split("He is No. 1 in the world. I said no. The end.")).toEqual(["He is No. 1 in the world.", "I said no.", "The end."]);
    expect(split("I work for the U.S. Government in Virginia. I live in the U.S. How about you?")).toEqual([
      "I work for the U.S. Government in Virginia.",
      "I live in the U.S.",
      "How about you?",
    ]);
    expect(split("We bought apples, pears etc. The shop was closed at 6 p.m. We left.")).toEqual([
      "We bought apples, pears etc.",
      "The shop was closed at 6 p.m.",
      "We left.",
    ]);
    expect(split("Use a tool, e.g. Word or LibreOffice. Then save.")).toEqual(["Use a tool, e.g. Word or LibreOffice.", "Then save."]);
    expect(split("Come in. Sit down.")).toEqual(["Come in.", "Sit down."]);
  });

  it("German: Nr., z.B., S., Hr., usw., ordinals and dates", () => {
    expect(split("Wir trafen z.B. Hrn. Müller. Er kam um 10 Uhr usw. Danach gingen wir.", "de")).toEqual([
      "Wir trafen z.B. Hrn. Müller.",
      "Er kam um 10 Uhr usw.",
      "Danach gingen wir.",
    ]);
    expect(split("Siehe S. 5 und Nr. 7. Das ist alles.", "de")).toEqual(["Siehe S. 5 und Nr. 7.", "Das ist alles."]);
    expect(split("Am 3. Oktober 1990 wurde Deutschland vereinigt. Das war im 20. Jahrhundert. Es waren 3. Die Zahl ist klein.", "de")).toEqual([
      "Am 3. Oktober 1990 wurde Deutschland vereinigt.",
      "Das war im 20. Jahrhundert.",
      "Es waren 3.",
      "Die Zahl ist klein.",
    ]);
    expect(split("Er wurde 1990 geboren. Mit 20 Jahren zog er um.", "de-AT")).toEqual(["Er wurde 1990 geboren.", "Mit 20 Jahren zog er um."]);
  });

  it("French: M., Mme, Dr, p. ex.", () => {
    expect(split("M. Dupont est arrivé. Mme. Martin aussi. Le Dr. Petit est parti.", "fr")).toEqual([
      "M. Dupont est arrivé.",
      "Mme. Martin aussi.",
      "Le Dr. Petit est parti.",
    ]);
    expect(split("Voir le n° 5 et la p. 12. Il a fini.", "fr")).toEqual(["Voir le n° 5 et la p. 12.", "Il a fini."]);
  });

  it("Spanish: Sr., Sra., Dra., EE.UU.", () => {
    expect(split("El Sr. García y la Sra. López llegaron. La Dra. Pérez no.", "es")).toEqual([
      "El Sr. García y la Sra. López llegaron.",
      "La Dra. Pérez no.",
    ]);
    expect(split("Vivo en EE.UU. desde 2010. Me gusta.", "es")).toEqual(["Vivo en EE.UU. desde 2010.", "Me gusta."]);
  });

  it("keeps an abbreviation that ends a sentence when the next word starts one", () => {
    expect(split("They closed the deal with Pitt, Briggs & Co. It closed yesterday.")).toEqual([
      "They closed the deal with Pitt, Briggs & Co.",
      "It closed yesterday.",
    ]);
  });
});

describe("initials", () => {
  it("joins initials, splits a capital letter that ends a sentence", () => {
    expect(split("He met J. R. R. Tolkien and John F. Kennedy. They talked.")).toEqual([
      "He met J. R. R. Tolkien and John F. Kennedy.",
      "They talked.",
    ]);
    expect(split("We make a good team, you and I. Did you see Albert I. Jones yesterday?")).toEqual([
      "We make a good team, you and I.",
      "Did you see Albert I. Jones yesterday?",
    ]);
  });
});

describe("numbers", () => {
  it("does not split decimals, amounts or dates like 09.17.2021", () => {
    expect(split("Pi is 3.14 and she has $100.00 in her bag. It was 09.17.2021 then. Fine.")).toEqual([
      "Pi is 3.14 and she has $100.00 in her bag.",
      "It was 09.17.2021 then.",
      "Fine.",
    ]);
    expect(split("She has $100.00. It is in her bag.")).toEqual(["She has $100.00.", "It is in her bag."]);
  });

  it("keeps the demo article's date in brackets", () => {
    const paragraph = demo.split(/\n\s*\n/).find((p) => p.includes("(09.17.2021)")) ?? "";
    expect(split(paragraph)).toHaveLength(1);
  });
});

describe("numbered lists", () => {
  it("splits items on one line and keeps each marker with its item", () => {
    expect(split("1.) The first item 2.) The second item")).toEqual(["1.) The first item", "2.) The second item"]);
    expect(split("1. The first item. 2. The second item.")).toEqual(["1. The first item.", "2. The second item."]);
    expect(split("(a) Apples (b) Pears (c) Plums")).toEqual(["(a) Apples", "(b) Pears", "(c) Plums"]);
    expect(split("• 9. The first item • 10. The second item")).toEqual(["• 9. The first item", "• 10. The second item"]);
    expect(split("• Milk • Bread • Eggs")).toEqual(["• Milk", "• Bread", "• Eggs"]);
  });

  it("leaves inline enumerations inside a sentence alone", () => {
    expect(split("We need (a) a plan and (b) money. Then we start.")).toEqual(["We need (a) a plan and (b) money.", "Then we start."]);
    expect(split("He scored 1. Then 2. Then 3.")).toEqual(["He scored 1.", "Then 2.", "Then 3."]);
  });

  it("splits list lines", () => {
    expect(split("Steps:\n1. Open the file\n2. Save it")).toEqual(["Steps:", "1. Open the file", "2. Save it"]);
  });
});

describe("ellipses", () => {
  it("joins an ellipsis followed by lower case or a spaced three-dot ellipsis", () => {
    expect(split("I wasn’t really ... well, what I mean...see . . . the thing is . . . I didn’t mean it.")).toHaveLength(1);
    expect(split("Wait… what? Really.")).toEqual(["Wait… what?", "Really."]);
  });

  it("splits a four-dot ellipsis and an unspaced ellipsis before a capital", () => {
    expect(split("I never meant that.... She left the store.")).toEqual(["I never meant that....", "She left the store."]);
    expect(split("I thought... Maybe not.")).toEqual(["I thought...", "Maybe not."]);
    expect(split("Words. . . . The rest.")).toEqual(["Words.", ". . . The rest."]);
  });

  it("never splits at an omission in brackets", () => {
    expect(split('"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).')).toHaveLength(1);
  });
});

describe("quotes and brackets", () => {
  it("keeps closing quotes and brackets with their sentence", () => {
    expect(split('She said, "This is great." She left. (This is a note.) Another one.')).toEqual([
      'She said, "This is great."',
      "She left.",
      "(This is a note.)",
      "Another one.",
    ]);
    expect(split("“The new Afghan authorities must keep their promises.” Putin said so.")).toEqual([
      "“The new Afghan authorities must keep their promises.”",
      "Putin said so.",
    ]);
    expect(split("Il a dit : « Bonjour. » Puis il est parti.", "fr")).toEqual(["Il a dit : « Bonjour. »", "Puis il est parti."]);
    expect(split('He called it a " dream . "')).toEqual(['He called it a " dream . "']);
  });

  it("joins a quotation or bracket followed by lower case", () => {
    expect(split("She turned to him, 'This is great.' she said.")).toHaveLength(1);
    expect(split("He teaches science (He worked as an engineer.) at the local University.")).toHaveLength(1);
  });
});

describe("lower-case continuation", () => {
  it("does not split before a lower-case word", () => {
    expect(split("She works at Yahoo! in the accounting department. Were Jane and co. at the party?")).toEqual([
      "She works at Yahoo! in the accounting department.",
      "Were Jane and co. at the party?",
    ]);
  });

  it("keeps the demo article's 'during his speech. by videoconference' as one sentence", () => {
    const sentences = split(demo.split(/\n\s*\n/).find((p) => p.includes("speech. by")) ?? "");
    expect(sentences.some((s) => s.includes("during his speech. by videoconference at the Organization’s summit"))).toBe(true);
  });

  it("still splits before a camel-case brand name after ! or ?", () => {
    expect(split("Wow! iPhone sales rose.")).toEqual(["Wow!", "iPhone sales rose."]);
  });
});

describe("missing space", () => {
  it("splits a full stop right before a capitalised word", () => {
    expect(split("Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.")).toEqual([
      "Hello world.",
      "Today is Tuesday.",
      "Mr. Smith went to the store and bought 1,000.",
      "That is a lot.",
    ]);
    expect(split("Really?Yes.")).toEqual(["Really?", "Yes."]);
  });

  it("leaves e-mail and web addresses and abbreviations alone", () => {
    expect(split("Mail Jane.Doe@example.com or see www.Example.com today.")).toHaveLength(1);
    expect(split("Ask Mr.Smith now.")).toHaveLength(1);
  });
});

describe("line breaks inside a block", () => {
  it("joins a wrapped line, keeps short unpunctuated lines apart", () => {
    expect(split("It was a cold \nnight in the city.")).toEqual(["It was a cold \nnight in the city."]);
    expect(split("The leaders of the organisation met on Friday in\nDushanbe to talk.")).toHaveLength(1);
    expect(split("features\ncontact manager\nevents, activities\n")).toEqual(["features", "contact manager", "events, activities"]);
    expect(split("Title line\nSecond line is here.\nThird line.")).toEqual(["Title line", "Second line is here.", "Third line."]);
  });
});

describe("note references", () => {
  it("keeps a marker glued to the word or full stop it follows, and never splits inside one", () => {
    expect(split("Ouch[1].[2]")).toEqual(["Ouch[1].[2]"]);
    expect(split("He said so.[1] Then he left[2].")).toEqual(["He said so.[1]", "Then he left[2]."]);
    expect(split("He said so.[1][2] Then he left.")).toEqual(["He said so.[1][2]", "Then he left."]);
    expect(split("Es ist so.[12] Dann ging er.", "de")).toEqual(["Es ist so.[12]", "Dann ging er."]);
    expect(split("他说了。[1]然后他走了。", "zh")).toEqual(["他说了。[1]", "然后他走了。"]);
  });

  it("leaves a spaced bracket alone", () => {
    expect(split("See [1] above. And more.")).toEqual(["See [1] above.", "And more."]);
  });
});
