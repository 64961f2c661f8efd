import { readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { assertZipExpansionWithin, isZip, maxInflatedBytes, zipEntries } from "./zip-limits";

/** A minimal deflated zip (CRCs left 0: the limits never read them), built fast with zlib. */
function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = typeof content === "string" ? Buffer.from(content) : Buffer.from(content);
    const data = deflateRawSync(raw, { level: 9 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Rewrites every declared uncompressed size in the central directory, as a lying zip bomb does. */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return copy;
}

async function refusal(bytes: Uint8Array): Promise<AppError> {
  try {
    await assertZipExpansionWithin(bytes);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("zip limits", () => {
  it("accepts the real .docx fixture and lists its parts", async () => {
    const docx = new Uint8Array(readFileSync("tests/fixtures/import/article.docx"));
    expect(isZip(docx)).toBe(true);
    expect(zipEntries(docx).map((entry) => entry.name)).toContain("word/document.xml");
    await expect(assertZipExpansionWithin(docx)).resolves.toBeUndefined();
  });

  it("refuses at once a zip whose entries declare more than the limit", async () => {
    const honest = zipOf({ "word/document.xml": new Uint8Array(maxInflatedBytes + 1) });
    expect(honest.length).toBeLessThan(200_000);
    const started = performance.now();
    const error = await refusal(honest);
    expect(error.code).toBe("payload_too_large");
    expect(error.message).toMatch(/50 MB/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("stops inflating at the limit when the declared sizes lie", async () => {
    const bomb = lieAboutSizes(zipOf({ "word/document.xml": new Uint8Array(maxInflatedBytes + 1024) }), 1000);
    expect(zipEntries(bomb)[0].declaredSize).toBe(1000);
    const error = await refusal(bomb);
    expect(error.code).toBe("payload_too_large");
  });

  it("counts every entry towards one total", async () => {
    const half = new Uint8Array(maxInflatedBytes / 2 + 1);
    const error = await refusal(zipOf({ a: half, b: half }));
    expect(error.code).toBe("payload_too_large");
    await expect(assertZipExpansionWithin(zipOf({ a: "x".repeat(1000), b: "y" }))).resolves.toBeUndefined();
  });

  it("refuses a damaged zip with a clear error", async () => {
    const zip = zipOf({ "word/document.xml": "<w:document/>" });
    const error = await refusal(zip.subarray(0, zip.length - 30));
    expect(error.code).toBe("unprocessable");
    expect(error.message).toMatch(/not a readable zip/);
  });
});
