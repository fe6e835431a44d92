/**
 * Reading document files, shared by the calling thread and the workers of `loadFolder`. Nothing here
 * parses: a worker that only reads imports this module alone.
 */
import { transcode } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';

/** The buffer `readText` reads into, one per thread; documents are a few kilobytes. */
const readBuffer = Buffer.allocUnsafe(256 * 1024);

/**
 * Reads a UTF-8 file into a string: the same string as `readFileSync(path, 'utf8')`, in about half the
 * time, which matters when reading is a fifth of loading a large folder. Two things make the difference
 * on Node 20: one reused buffer instead of a new one (and its option parsing) per file, and ICU's
 * converter, which is much faster than V8's UTF-8 decoder on text with ä and ö (see `decodeUtf8`).
 */
export function readText(path: string): string {
  const fd = openSync(path, 'r');
  let length = 0;
  try {
    for (;;) {
      const read = readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (read === 0) break;
      length += read;
      // A file larger than the buffer is read the ordinary way.
      if (length === readBuffer.length) return readFileSync(path, 'utf8');
    }
  } finally {
    closeSync(fd);
  }
  return decodeUtf8(readBuffer.subarray(0, length));
}

/**
 * `bytes.toString('utf8')`, through ICU when the bytes are valid UTF-8. ICU refuses malformed UTF-8
 * where V8 substitutes U+FFFD, so such bytes are decoded the usual way; valid text decodes to the same
 * string either way (`test/records.read.test.ts` checks both).
 */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return bytes.toString('utf8');
  }
}

/** The UTF-16 code units of the string `decodeUtf8(bytes)` gives. */
function utf16Of(bytes: Buffer): Buffer {
  try {
    return transcode(bytes, 'utf8', 'utf16le');
  } catch {
    return Buffer.from(bytes.toString('utf8'), 'utf16le');
  }
}

/**
 * Decodes the files of a batch (`ends` as in `ReadFiles`): the strings `decodeUtf8` gives each file,
 * made as slices of one string. A string of a megabyte is born in the large-object space, which the
 * young-generation collector never copies; each document's own string was copied twice, since the
 * record's values refer to it (about a third of the collector's time in a 10,000-file load).
 */
export function decodeBatch(bytes: Uint8Array, ends: Uint32Array): string[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (const to of ends) {
    parts.push(utf16Of(Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from)));
    from = to;
  }
  const all = Buffer.concat(parts).toString('utf16le');
  const texts: string[] = [];
  let at = 0;
  for (const part of parts) {
    texts.push(all.slice(at, at + part.length / 2));
    at += part.length / 2;
  }
  return texts;
}

/**
 * Appends the bytes of the file at `path` to `buffer` from `length` on, growing the buffer (a new one,
 * returned) when the file does not fit. Returns the buffer and the new length.
 */
export function appendFile(path: string, buffer: Buffer, length: number): { buffer: Buffer; length: number } {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return { buffer, length };
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

/** The read-ahead worker's message: the bytes of `files[start]` onwards. */
export interface ReadFiles {
  start: number;
  /** Where each file's bytes end in `bytes`; each starts where the one before ended. */
  ends: Uint32Array;
  bytes: Uint8Array;
  /** Files that could not be read (their bytes are empty), by index in `files`. */
  failures: { index: number; message: string }[];
}
