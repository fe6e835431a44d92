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

/** How a document's bytes became text; only a document that is not UTF-8 gets anything but `UTF8`. */
export type Decoding =
  | { readonly encoding: 'utf-8' }
  | { readonly encoding: 'windows-1252' }
  /** Neither: `reason` says why not Windows-1252, `line` and `found` where the UTF-8 breaks. */
  | { readonly encoding: null; readonly reason: string; readonly line: number; readonly found: string };

export const UTF8: Decoding = { encoding: 'utf-8' };
const WINDOWS_1252: Decoding = { encoding: 'windows-1252' };

/**
 * Bytes 0x80–0x9F in Windows-1252 (the WHATWG index); the rest of the code page is Latin-1. The five
 * bytes it leaves undefined stay C1 controls, as WHATWG decodes them, which `notFinnishText` refuses.
 * Not `TextDecoder('windows-1252')`: Node 20.18.3–20.20 and 22.13 decode it as Latin-1, so € would
 * become U+0080 (nodejs/node#60888).
 */
const WINDOWS_1252_HIGH =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/** `bytes` read as Windows-1252. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/** ä ö å Ä Ö Å, as Latin-1 (and Windows-1252) bytes. */
const FINNISH_LETTERS = new Set([0xe4, 0xf6, 0xe5, 0xc4, 0xd6, 0xc5]);
/** The letters of Windows-1252 below À: ƒ Š Œ Ž š œ ž Ÿ ª µ º. */
const OTHER_LETTERS_BELOW_C0 = new Set([0x83, 0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f, 0xaa, 0xb5, 0xba]);

/**
 * Why `latin1` (a file's bytes as Latin-1) is not Finnish text in Windows-1252, or null when it is.
 * Any bytes decode as Windows-1252, so the test is whether the result reads as Finnish: text has no
 * control characters but tab and line breaks, and Finnish has ä or ö in nearly every sentence, while
 * another code page read as Windows-1252 turns them into other signs (DOS 850 into „ ”, Mac Roman into
 * Š š) and a Cyrillic or Greek one into all of À–ÿ, of which ä, ö and å are a few. UTF-8 with a bad
 * byte shows its ä as "Ã¤", which Finnish never has.
 */
function notFinnishText(latin1: string): string | null {
  // UTF-16 has a BOM, or else a zero byte beside every ASCII character.
  if (/^(\xff\xfe|\xfe\xff)/.test(latin1) || latin1.split('\0').length > latin1.length / 4) {
    return 'it looks like UTF-16';
  }
  if (/^\xef\xbb\xbf|[\xc2\xc3][\x80-\xbf]/.test(latin1)) return 'it is partly UTF-8';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  if (/[\x00-\x08\x0e-\x1f\x7f\x81\x8d\x8f\x90\x9d]/.test(latin1)) {
    return 'it has control characters, as a binary file does';
  }
  let finnish = 0;
  let otherLetters = 0;
  for (let i = 0; i < latin1.length; i++) {
    const code = latin1.charCodeAt(i);
    if (code < 0x80) continue;
    if (FINNISH_LETTERS.has(code)) finnish += 1;
    else if ((code >= 0xc0 && code !== 0xd7 && code !== 0xf7) || OTHER_LETTERS_BELOW_C0.has(code)) {
      otherLetters += 1;
    }
  }
  if (finnish === 0) return 'read as Windows-1252 it has no ä, ö or å';
  if (finnish < otherLetters) return 'read as Windows-1252 most of its letters outside A–Z are not ä, ö or å';
  return null;
}

/** The index of the first byte where `bytes` stop being UTF-8, or -1 when they are UTF-8. */
export function firstMalformed(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * The UTF-16 code units of a document's text and how it was decoded: UTF-8 (through ICU, as
 * `utf16Of`), else Windows-1252 when that reads as Finnish, else nothing (`utf16` empty).
 */
export function decodeDocument(bytes: Buffer): { utf16: Buffer; decoding: Decoding } {
  try {
    return { utf16: transcode(bytes, 'utf8', 'utf16le'), decoding: UTF8 };
  } catch {
    // Not UTF-8: the slow path below runs only for such files.
  }
  const latin1 = bytes.toString('latin1');
  const reason = notFinnishText(latin1);
  if (reason === null) {
    return { utf16: Buffer.from(decodeWindows1252(bytes), 'utf16le'), decoding: WINDOWS_1252 };
  }
  const at = Math.max(0, firstMalformed(bytes));
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) line += 1;
  const found = Array.from(
    bytes.subarray(at, at + 4),
    (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join(' ');
  return { utf16: Buffer.alloc(0), decoding: { encoding: null, reason, line, found } };
}

/** Reads a document: its text and how it was decoded (see `decodeDocument`). */
export function readDocument(path: string): { text: string; decoding: Decoding } {
  const { utf16, decoding } = decodeDocument(readBytes(path, readScratch));
  return { text: utf16.toString('utf16le'), decoding };
}

/**
 * Documents decoded for one message of the read-ahead worker: their UTF-16 text end to end, and where
 * each ends. The worker decodes, so the parsing thread only turns the whole into one string.
 */
export class Utf16Batch {
  private readonly parts: Buffer[] = [];
  private units = 0;
  private readonly ends: number[] = [];

  /** Adds a document from its bytes (see `decodeDocument`); returns how they were decoded. */
  add(bytes: Buffer): Decoding {
    const { utf16, decoding } = decodeDocument(bytes);
    this.parts.push(utf16);
    this.units += utf16.length / 2;
    this.ends.push(this.units);
    return decoding;
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
  /** Files that are not UTF-8 and how they were decoded (see `decodeDocument`), by index in `files`. */
  decodings: { index: number; decoding: Decoding }[];
}
