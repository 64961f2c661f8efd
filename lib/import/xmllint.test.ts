import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { runXmllint } from "./xmllint";

const schema = {
  fileName: "note.xsd",
  contents: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="note"><xs:complexType><xs:sequence>
    <xs:element name="to" type="xs:string" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`,
};

const validate = (xml: string, timeLimitMs?: number) =>
  runXmllint([{ fileName: "upload.xml", contents: xml }, schema], ["--schema", "note.xsd", "--noout", "upload.xml"], { maxMemoryPages: 1024, timeLimitMs });

describe("xmllint worker", () => {
  it("answers each of several runs sent at once with its own result", async () => {
    const runs = await Promise.all([
      validate("<note><to>A</to></note>"),
      validate("<note>\n<from>B</from></note>"),
      validate("<note><to>C</to><to>D</to></note>"),
    ]);
    expect(runs.map((run) => run.exitCode)).toEqual([0, expect.any(Number), 0]);
    expect(runs[1].exitCode).not.toBe(0);
    expect(runs[1].stderr).toMatch(/^upload\.xml:2: .*Element 'from'/m);
    // Output of one run never leaks into the next.
    expect(runs[2].stderr).not.toContain("from");
  });

  it("stops a run over the time limit, refuses it, and runs the next one in a new worker", async () => {
    const big = `<note>${"<to>x</to>".repeat(200_000)}</note>`;
    const error = await validate(big, 1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "unprocessable", message: expect.stringMatching(/took too long/) });
    expect((await validate("<note><to>A</to></note>")).exitCode).toBe(0);
  });
});
