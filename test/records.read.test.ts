/**
 * Reading documents: `readText` must give exactly the string `readFileSync(path, 'utf8')` gives, for
 * every kind of file a folder may hold, since it takes a faster path for valid UTF-8.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeDocument, decodeUtf8, readText, splitBatch, Utf16Batch } from '../src/records/load.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'hankebotti-read-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes `bytes` to a scratch file and returns its path. */
function fileWith(name: string, bytes: Uint8Array | string): string {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
}

describe('readText', () => {
  it('reads each seed exactly as readFileSync does', () => {
    for (const name of readdirSync(SEEDS)) {
      const path = join(SEEDS, name);
      expect(readText(path)).toBe(readFileSync(path, 'utf8'));
    }
  });

  it('keeps a BOM, CRLF and characters outside Latin-1 and the BMP', () => {
    const text = '\ufeffHankekoodi: S21154\r\nNimi – “Tšekki” 😀 İ\r\n';
    expect(readText(fileWith('bom.txt', text))).toBe(text);
  });

  it('reads an empty file as ""', () => {
    expect(readText(fileWith('empty.txt', ''))).toBe('');
  });

  it('decodes malformed UTF-8 with replacement characters, as readFileSync does', () => {
    const bytes = Buffer.from([0x48, 0xc3, 0x28, 0xe2, 0x82, 0xff, 0xed, 0xa0, 0x80, 0x61, 0xc3]);
    const path = fileWith('malformed.txt', bytes);
    expect(readText(path)).toBe(readFileSync(path, 'utf8'));
    expect(readText(path)).toContain('\ufffd');
  });

  it('reads a file larger than its buffer whole', () => {
    const line = 'Hankkeen tavoitteena on vahvistaa työ- ja toimintakykyä – ja osallisuutta.\n';
    const text = line.repeat(Math.ceil((600 * 1024) / line.length));
    expect(readText(fileWith('large.txt', text))).toBe(text);
  });

  it('throws for a missing file, as readFileSync does', () => {
    expect(() => readText(join(scratch, 'missing.txt'))).toThrow(/ENOENT/);
  });

  it('decodes any bytes the way Buffer#toString does', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.string({ unit: 'grapheme', maxLength: 32 }),
        (raw, text) => {
          const bytes = Buffer.from(raw);
          expect(decodeUtf8(bytes)).toBe(bytes.toString('utf8'));
          const valid = Buffer.from(text, 'utf8');
          expect(decodeUtf8(valid)).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('Utf16Batch and splitBatch', () => {
  /** The documents of `files` (UTF-8 bytes, or null for an unreadable file) through a batch and back. */
  const roundTrip = (files: (Buffer | null)[]) => {
    const batch = new Utf16Batch();
    for (const file of files) {
      if (file) batch.add(file);
      else batch.skip();
    }
    const { utf16, ends } = batch.finish();
    return splitBatch(utf16, ends);
  };

  it('gives each file the string decodeDocument gives it: UTF-8, Windows-1252 or none', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 40 }),
            fc.string({ unit: 'grapheme', maxLength: 30 }),
            fc.constant(null),
          ),
          { maxLength: 12 },
        ),
        (files) => {
          const buffers = files.map((file) => (file === null ? null : Buffer.from(file)));
          expect(roundTrip(buffers)).toEqual(
            buffers.map((buffer) => (buffer ? decodeDocument(buffer).utf16.toString('utf16le') : '')),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('moves the text in memory of its own, and reads it from the middle of a larger buffer', () => {
    const batch = new Utf16Batch();
    batch.add(Buffer.from('Hankekoodi: S21154\n'));
    batch.add(Buffer.from('nimi – äö 😀\n'));
    const { utf16, ends } = batch.finish();
    expect(utf16.byteOffset).toBe(0);
    expect(utf16.buffer.byteLength).toBe(utf16.byteLength);
    const padded = new Uint8Array(utf16.byteLength + 6);
    padded.set(utf16, 2);
    expect(splitBatch(padded.subarray(2, 2 + utf16.byteLength), ends)).toEqual([
      'Hankekoodi: S21154\n',
      'nimi – äö 😀\n',
    ]);
  });
});
