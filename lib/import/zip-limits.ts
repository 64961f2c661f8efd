// Limits on what a zip file (.docx and the like) expands to, checked before any zip library opens it.
// A zip bomb declares (or, lying, reaches) gigabytes from a small file: refuse it from the central
// directory at once, then inflate each entry with a hard output cap so memory stays bounded.

import { promisify } from "node:util";
import { inflateRaw } from "node:zlib";
import { AppError } from "../errors";

/** Most bytes all entries of an uploaded zip may expand to together. */
export const maxInflatedBytes = 50 * 1024 * 1024;
/** Most entries an uploaded zip may have (a .docx has a few dozen). */
export const maxZipEntries = 5000;

const inflate = promisify(inflateRaw);

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const endOfCentralDirectory = 0x06054b50;
const centralEntry = 0x02014b50;
const localHeader = 0x04034b50;

/** Starts like a zip file (a local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function malformed(what: string): AppError {
  return new AppError("unprocessable", `The file is not a readable zip (${what}).`);
}

function tooLarge(): AppError {
  return new AppError("payload_too_large", `The file expands to more than ${maxInflatedBytes / (1024 * 1024)} MB when unzipped: it cannot be imported.`);
}

/** The entries listed in the zip's central directory; throws when it is missing, truncated or ZIP64. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) throw malformed("no central directory");
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw tooLarge();
  if (count > maxZipEntries) throw new AppError("unprocessable", `The file has more than ${maxZipEntries} parts: it cannot be imported.`);
  if (directoryOffset + directorySize > end) throw malformed("central directory out of bounds");
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== centralEntry) throw malformed("damaged central directory");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of one entry, found through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== localHeader) throw malformed(`no local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw malformed(`${entry.name} is truncated`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Refuses (413) a zip whose entries declare, or actually inflate to, more than `limit` bytes together.
 * Declared sizes are summed first (instant); then each entry is inflated off the main thread with an
 * output cap of what is left of the limit, so a lying header stops at the limit, never beyond it.
 */
export async function assertZipExpansionWithin(bytes: Uint8Array, limit = maxInflatedBytes): Promise<void> {
  const entries = zipEntries(bytes);
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > limit) throw tooLarge();
  let inflated = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (entry.method === 0) {
      inflated += data.length;
    } else if (entry.method === 8) {
      try {
        inflated += (await inflate(data, { maxOutputLength: Math.max(1, limit - inflated + 1) })).length;
      } catch (error) {
        if (error instanceof RangeError) throw tooLarge();
        throw malformed(`${entry.name} cannot be inflated`);
      }
    } else {
      throw malformed(`${entry.name} uses an unsupported compression method`);
    }
    if (inflated > limit) throw tooLarge();
  }
}
