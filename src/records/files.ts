/**
 * Reading document files, shared by the calling thread and the workers of `loadFolder`. Nothing here
 * parses: a worker that only reads imports this module alone.
 */
import { transcode } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';

/** The buffer `readText` reads into, one per thread (grown for a large file). */
const readScratch = { buffer: Buffer.allocUnsafe(256 * 1024) };

/**
 * Reads a UTF-8 file into a string: the same string as `readFileSync(path, 'utf8')`, in about half the
 * time, which matters when reading is a fifth of loading a large folder. Two things make the difference
 * on Node 20: one reused buffer instead of a new one (and its option parsing) per file, and ICU's
 * converter, which is much faster than V8's UTF-8 decoder on text with ä and ö (see `utf16Of`).
 */
export function readText(path: string): string {
  return decodeUtf8(readBytes(path, readScratch));
}

/**
 * `bytes.toString('utf8')`, through ICU when the bytes are valid UTF-8 (see `utf16Of`); valid text
 * decodes to the same string either way (`test/records.read.test.ts` checks both).
 */
export function decodeUtf8(bytes: Buffer): string {
  return utf16Of(bytes).toString('utf16le');
}

/**
 * The UTF-16 code units of `bytes.toString('utf8')`. ICU refuses malformed UTF-8 where V8 substitutes
 * U+FFFD, so such bytes are decoded by V8 instead.
 */
export function utf16Of(bytes: Buffer): Buffer {
  try {
    return transcode(bytes, 'utf8', 'utf16le');
  } catch {
    return Buffer.from(bytes.toString('utf8'), 'utf16le');
  }
}

/**
 * Documents decoded for one message of the read-ahead worker: their UTF-16 text end to end, and where
 * each ends. The worker decodes, so the parsing thread only turns the whole into one string.
 */
export class Utf16Batch {
  private readonly parts: Buffer[] = [];
  private units = 0;
  private readonly ends: number[] = [];

  /** Adds a document from its UTF-8 bytes. */
  add(bytes: Buffer): void {
    const utf16 = utf16Of(bytes);
    this.parts.push(utf16);
    this.units += utf16.length / 2;
    this.ends.push(this.units);
  }

  /** Adds an empty place for a file that could not be read. */
  skip(): void {
    this.ends.push(this.units);
  }

  /** The text and the ends, in memory of their own that a message can move. */
  finish(): { utf16: Uint8Array<ArrayBuffer>; ends: Uint32Array<ArrayBuffer> } {
    const utf16 = new Uint8Array(this.units * 2);
    let at = 0;
    for (const part of this.parts) {
      utf16.set(part, at);
      at += part.length;
    }
    return { utf16, ends: Uint32Array.from(this.ends) };
  }
}

/**
 * The documents of a `Utf16Batch`, as slices of one string. A string of a megabyte is made outside
 * the young generation, whose collector would otherwise copy each document's string twice, since the
 * record's values refer to it (a third of that collector's time in a 10,000-file load).
 */
export function splitBatch(utf16: Uint8Array, ends: Uint32Array): string[] {
  const all = Buffer.from(utf16.buffer, utf16.byteOffset, utf16.byteLength).toString('utf16le');
  const texts: string[] = [];
  let from = 0;
  for (const end of ends) {
    texts.push(all.slice(from, end));
    from = end;
  }
  return texts;
}

/** The bytes of the file at `path`, read into `scratch.buffer` (replaced by a larger one when needed). */
export function readBytes(path: string, scratch: { buffer: Buffer }): Buffer {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.buffer.length) {
        const grown = Buffer.allocUnsafe(scratch.buffer.length * 2);
        scratch.buffer.copy(grown, 0, 0, length);
        scratch.buffer = grown;
      }
      const read = readSync(fd, scratch.buffer, length, scratch.buffer.length - length, null);
      if (read === 0) return scratch.buffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** The next `size` files of `total` as [start, end), claimed for the calling thread; null when none are left. */
export function claimFiles(next: Int32Array, size: number, total: number): [number, number] | null {
  const start = Atomics.add(next, 0, size);
  return start < total ? [start, Math.min(start + size, total)] : null;
}

/** What `read-worker.ts` is given. */
export interface ReadAheadData {
  dir: string;
  files: readonly string[];
  /** `next[0]` is the index of the first file nobody has claimed yet (see `claimFiles`). */
  next: Int32Array;
  claim: number;
  /** `flow[0]`: claims the worker has posted; `flow[1]`: claims the parsing thread has taken. */
  flow: Int32Array;
  /** How many claims the worker may be in front of the parsing. */
  ahead: number;
  port: MessagePort;
}

/** The read-ahead worker's message: the text of `files[start]` onwards (see `Utf16Batch`). */
export interface ReadFiles {
  start: number;
  /** Where each file's text ends in `utf16`, in code units; each starts where the one before ended. */
  ends: Uint32Array;
  utf16: Uint8Array;
  /** Files that could not be read (their text is empty), by index in `files`. */
  failures: { index: number; message: string }[];
}
