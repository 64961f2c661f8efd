import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { tmxDtdProblems } from "@/tests/support/tmx-dtd";
import { readTmx, tmxDate, tmxProblems, writeTmx, type TmxPair } from ".";

const pairs: TmxPair[] = [
  { sourceLang: "fr", targetLang: "en", mt: "Kahn also asked to unblock the funds.", correction: "Khan also asked to unblock the funds.", createdAt: new Date("2026-11-28T09:00:00Z") },
  { sourceLang: "fr", targetLang: "en", mt: "Prices rose <5% & fell \"later\".", correction: "Prices rose by under 5% & fell later." },
];

describe("TMX 1.4b", () => {
  it("writes a document valid against the TMX 1.4b DTD itself", () => {
    const xml = writeTmx(pairs, { now: new Date("2026-11-28T10:00:00Z") });
    expect(tmxDtdProblems(xml)).toEqual([]);
    expect(tmxProblems(xml)).toEqual([]);
    expect(xml).toContain(`srclang="en-x-mt"`);
    expect(xml).toContain(`creationdate="20261128T100000Z"`);
    expect(xml).toContain("&lt;5% &amp; fell &quot;later&quot;");
  });

  it("re-imports to the same pairs", () => {
    const { pairs: read, skipped } = readTmx(writeTmx(pairs));
    expect(skipped).toEqual([]);
    expect(read.map(({ sourceLang, targetLang, mt, correction }) => ({ sourceLang, targetLang, mt, correction }))).toEqual(
      pairs.map(({ sourceLang, targetLang, mt, correction }) => ({ sourceLang, targetLang, mt, correction })),
    );
    expect(read[0].createdAt?.toISOString()).toBe("2026-11-28T09:00:00.000Z");
  });

  it("uses *all* as srclang when pairs have several target languages", () => {
    const xml = writeTmx([...pairs, { sourceLang: "en", targetLang: "de", mt: "Das Haus.", correction: "Das Gebäude." }]);
    expect(xml).toContain(`srclang="*all*"`);
    expect(tmxDtdProblems(xml)).toEqual([]);
    expect(tmxProblems(xml)).toEqual([]);
  });

  it("formats dates as YYYYMMDDThhmmssZ", () => {
    expect(tmxDate(new Date("2026-01-02T03:04:05.678Z"))).toBe("20260102T030405Z");
  });

  it("reports what breaks the DTD structure", () => {
    const header = `<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>`;
    expect(tmxProblems(`<tmx version="1.4"><body/></tmx>`)).toContain("tmx: the first element must be <header>.");
    expect(tmxProblems(`<tmx version="1.4"><header creationtool="x"/><body/></tmx>`).join(" ")).toMatch(/attribute srclang is required/);
    expect(tmxProblems(`<tmx version="1.4">${header}<body><tu><seg>x</seg></tu></body></tmx>`).join(" ")).toMatch(/needs at least one <tuv>/);
    expect(tmxProblems(`<tmx version="1.4">${header}<body><tu><tuv xml:lang="en"><seg>a</seg></tuv><prop type="a">b</prop></tu></body></tmx>`).join(" ")).toMatch(/must come before/);
    expect(tmxProblems(`<tmx version="1.4">${header}<body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>`).join(" ")).toMatch(/xml:lang is required/);
    expect(tmxProblems(`<tmx version="1.4">${header}<body><tu creationdate="2026-11-28"><tuv xml:lang="en"><seg>a<b>c</b></seg></tuv></tu></body></tmx>`)).toEqual([
      "tu[1]: creationdate must be YYYYMMDDThhmmssZ.",
      "tu[1]/tuv[1]/seg: <b> is not allowed in a segment.",
    ]);
    expect(tmxProblems(`<tmx version="1.4">${header}<body/></tmx>`)).toEqual([]);
  });

  it("refuses what the DTD refuses, and accepts what it accepts", () => {
    const header = `<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>`;
    const tu = (inner: string, attributes = "") => `<tmx version="1.4">${header}<body><tu${attributes}>${inner}</tu></body></tmx>`;
    const invalid = [
      `<tmx version="1.4"><body/></tmx>`,
      `<tmx version="1.4"><header creationtool="x"/><body/></tmx>`,
      `<tmx version="1.4">${header.replace(`segtype="sentence"`, `segtype="word"`)}<body/></tmx>`,
      `<tmx version="1.4">${header}</tmx>`,
      `<tmx version="1.4">${header}<body/><body/></tmx>`,
      tu(`<seg>x</seg>`),
      tu(`<tuv xml:lang="en"><seg>a</seg></tuv><prop type="a">b</prop>`),
      tu(`<tuv><seg>a</seg></tuv>`),
      tu(`<tuv xml:lang="en"><seg>a<b>c</b></seg></tuv>`),
      tu(`<tuv xml:lang="en"><seg>a</seg><seg>b</seg></tuv>`),
      tu(`<tuv xml:lang="en"><seg>a</seg></tuv>`, ` segtype="word"`),
      tu(`<tuv xml:lang="en"><seg>a</seg></tuv>`, ` colour="red"`),
      tu(`<prop>no type</prop><tuv xml:lang="en"><seg>a</seg></tuv>`),
      `<tmx version="1.4">${header}<body>text<tu><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>`,
    ];
    for (const xml of invalid) {
      expect(tmxDtdProblems(xml), xml).not.toEqual([]);
      expect(tmxProblems(xml), xml).not.toEqual([]);
    }
    const valid = [
      `<tmx version="1.4">${header}<body/></tmx>`,
      tu(`<note>n</note><prop type="a">b</prop><tuv xml:lang="en"><prop type="c">d</prop><seg>a <bpt i="1">&lt;b&gt;</bpt>b<ept i="1">&lt;/b&gt;</ept> <ph>x</ph><hi>y</hi></seg></tuv><tuv xml:lang="fr"><seg/></tuv>`),
    ];
    for (const xml of valid) {
      expect(tmxDtdProblems(xml), xml).toEqual([]);
      expect(tmxProblems(xml), xml).toEqual([]);
    }
  });

  it("refuses malformed XML, non-TMX and entity declarations with a clear error", () => {
    const refused = (xml: string) => {
      try {
        readTmx(xml);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return (error as AppError).message;
      }
      throw new Error("not refused");
    };
    expect(refused("<tmx version='1.4'><header>")).toMatch(/not well-formed/);
    expect(refused("<xliff/>")).toMatch(/not TMX 1.4b/);
    expect(refused(`<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx/>`)).toMatch(/DOCTYPE/);
  });

  it("skips units that are not MT/correction pairs and says why", () => {
    const header = `<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr" datatype="plaintext"/>`;
    const xml = `<tmx version="1.4">${header}<body>
      <tu><tuv xml:lang="fr"><seg>Bonjour</seg></tuv><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
      <tu><tuv xml:lang="en-x-mt"><seg>Helo <ph>&lt;b/&gt;</ph>world</seg></tuv><tuv xml:lang="en"><seg>Hello world</seg></tuv></tu>
    </body></tmx>`;
    expect(readTmx(xml, "fr")).toEqual({
      pairs: [{ sourceLang: "fr", targetLang: "en", mt: "Helo world", correction: "Hello world", createdAt: undefined, changedAt: undefined }],
      skipped: [{ unit: 1, reason: "no machine-translation side (xml:lang ending in -x-mt)" }],
    });
  });
});
