/**
 * The quick check in front of zod (`acceptsAsIs`): whenever it says yes, zod must accept the value and
 * return an equal one, key order included; and it must say yes to the records the parsers build, or
 * it saves nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateCorpus } from '../bench/corpus.ts';
import { acceptsAsIs, generatePredicate } from '../src/records/fast-validate.ts';
import { parseDocument } from '../src/records/load.ts';
import { ProjectRecord, type ProjectRecord as Record } from '../src/records/schema.ts';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));

/** Parsed records of the seeds and of generated descriptions and cards. */
const records: Record[] = [
  ...readdirSync(SEEDS).map((name) => ({ text: readFileSync(join(SEEDS, name), 'utf8'), file: name })),
  ...generateCorpus({ count: 120, seed: 5, cardShare: 0.3 }),
]
  .map(({ text, file }) => parseDocument(text, file).record)
  .filter((record): record is Record => record !== null);

/** zod's verdict on a value, with the output as JSON (key order shows there). */
function zodVerdict(value: unknown): string | null {
  const parsed = ProjectRecord.safeParse(value);
  return parsed.success ? JSON.stringify(parsed.data) : null;
}

/** Every path in a value to a leaf or a container, as key lists. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(value.flatMap((item, i) => paths(item, [...prefix, i])));
  if (value && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key])));
  }
  return here;
}

const replacements: unknown[] = [
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  1.5,
  2 ** 60,
  0,
  11,
  -1,
  '',
  'x',
  'S1234',
  'S12345',
  '2020-1-1',
  '2020-01-01',
  'ESR',
  'card',
  true,
  [],
  [''],
  {},
  new Date(0),
  Object.create(null),
];

/** A deep copy of `record` with one change at `path`: a new value, the key removed, or keys reordered. */
function mutate(record: Record, path: (string | number)[], change: number, replacement: unknown): unknown {
  const copy = structuredClone(record) as unknown;
  if (path.length === 0) return replacement;
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as never)[key], copy) as
    | unknown[]
    | { [key: string]: unknown };
  const key = path.at(-1) as string | number;
  if (change === 0) (parent as never as { [key: string]: unknown })[key] = replacement;
  else if (change === 1 && !Array.isArray(parent)) delete parent[key as string];
  else if (change === 2 && !Array.isArray(parent)) {
    // Moves the key to the end: same keys, another order.
    const value = parent[key as string];
    delete parent[key as string];
    parent[key as string] = value;
  } else if (change === 3 && !Array.isArray(parent)) parent.extra = replacement;
  else if (Array.isArray(parent)) parent.push(replacement);
  return copy;
}

it('acceptsAsIs compiles a schema once, into the generated predicate', () => {
  expect(acceptsAsIs(ProjectRecord)).toBe(acceptsAsIs(ProjectRecord));
  expect(acceptsAsIs(ProjectRecord).name).toBe('accepts');
});

describe('the generated predicate', () => {
  const compile = (schema: z.ZodType) => generatePredicate(schema) as (value: unknown) => boolean;
  const accepts = compile(ProjectRecord);

  it('accepts every record the parsers build, and zod returns it unchanged', () => {
    expect(records.length).toBeGreaterThan(100);
    for (const record of records) {
      expect(accepts(record)).toBe(true);
      expect(zodVerdict(record)).toBe(JSON.stringify(record));
    }
  });

  it('says yes to a damaged record only when zod accepts it and returns it unchanged', () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: records.length - 1 }),
        fc.nat(),
        fc.nat({ max: 4 }),
        fc.constantFrom(...replacements),
        (which, where, change, replacement) => {
          const record = records[which] as Record;
          const all = paths(record);
          const value = mutate(record, all[where % all.length] as (string | number)[], change, replacement);
          const verdict = zodVerdict(value);
          if (accepts(value)) {
            expect(verdict).toBe(JSON.stringify(value));
            expect(ProjectRecord.parse(value)).toStrictEqual(value);
          } else {
            rejected++;
          }
        },
      ),
      { numRuns: 3000 },
    );
    // Most changes break the record: the property was tested on both answers.
    expect(rejected).toBeGreaterThan(1000);
  });

  it('says yes to a reordered but valid record only after zod: never itself', () => {
    const record = records[0] as Record;
    const { code, ...rest } = record;
    const reordered = { ...rest, code };
    expect(ProjectRecord.safeParse(reordered).success).toBe(true);
    expect(accepts(reordered)).toBe(false);
  });

  it('leaves what it does not know to zod', () => {
    const unknown = [
      z.string().email(),
      z.union([z.string(), z.number()]),
      z.string().optional(),
      z.object({ a: z.string() }).catchall(z.number()),
      z.string().refine((text) => text.length > 2),
      z.number().int().multipleOf(2),
    ];
    for (const schema of unknown) {
      for (const value of ['a@b.fi', 'abc', 4, undefined, { a: 'x' }])
        expect(compile(schema)(value)).toBe(false);
    }
  });

  it('follows zod on the leaves it knows', () => {
    const cases: [z.ZodType, unknown[]][] = [
      [z.string().min(2).max(3), ['', 'a', 'ab', 'abc', 'abcd', 3, null]],
      [z.string().regex(/^a+$/g), ['a', 'aa', 'b', '', 'aaa']],
      [z.number().int().min(1).max(3), [0, 1, 2.5, 3, 4, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1']],
      [z.number().gt(0).lt(1), [0, 0.5, 1, -0]],
      [z.enum(['a', 'b']), ['a', 'b', 'c', null]],
      [z.boolean().nullable(), [true, false, null, undefined, 0]],
      [z.array(z.number()).min(1), [[], [1], [1, 'x'], 'x', [Number.NaN]]],
    ];
    for (const [schema, values] of cases) {
      for (const value of values) expect(compile(schema)(value)).toBe(schema.safeParse(value).success);
    }
  });
});
