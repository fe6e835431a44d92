/**
 * A quick yes for values a zod schema accepts unchanged.
 *
 * `ProjectRecord.safeParse` costs about 20 µs a record: a tenth of loading 10,000 documents. Almost
 * every record the parsers build is valid and already in the schema's own shape, so `acceptsAsIs`
 * answers the common case from a predicate compiled once from the schema's definition, and zod itself
 * still decides everything else (and writes every error message).
 *
 * `acceptsAsIs(schema)(value)` is true only when `schema.parse(value)` succeeds and returns a value
 * equal to `value`, key order included: plain objects with exactly the shape's keys in its order,
 * arrays, and leaves that pass every check. It is false for anything it does not know (a type or check
 * outside the subset below, a catch-all, a refinement), which only means zod is asked. The zod schema
 * stays the single source of the record type; `test/records.validate.test.ts` holds this contract
 * against zod on valid and damaged records.
 *
 * Supported: object (strip mode), array (min/max length), string (min/max length, regex), number
 * (safe integer, bounds), boolean, enum, nullable.
 */
import type { z } from 'zod';

type Accepts = (value: unknown) => boolean;

/** What this module reads of a zod schema's internals (zod 4's `_zod.def`). */
interface Definition {
  type: string;
  checks?: { _zod: { def: CheckDefinition } }[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  entries?: Record<string, string | number>;
}

interface CheckDefinition {
  check: string;
  when?: unknown;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
}

interface Schema {
  _zod: { def: Definition };
}

const never: Accepts = () => false;

const compiled = new WeakMap<object, Accepts>();

/** The predicate of `schema`, compiled on first use. */
export function acceptsAsIs(schema: z.ZodType): Accepts {
  let accepts = compiled.get(schema);
  if (!accepts) {
    // Without code generation, zod decides every value: slower, never wrong.
    accepts = generatePredicate(schema) ?? never;
    compiled.set(schema, accepts);
  }
  return accepts;
}

/**
 * The predicate as one generated function, as zod itself compiles its object parsers: each field read
 * by name and each check inline (4 µs a record; a closure per schema node took 11). Null where code
 * cannot be generated from strings (`--disallow-code-generation-from-strings`).
 */
export function generatePredicate(schema: z.ZodType): Accepts | null {
  const constants: unknown[] = [];
  const constant = (value: unknown) => `c[${constants.push(value) - 1}]`;
  let names = 0;
  const name = () => `v${++names}`;

  /** Statements that `return false` unless the value in variable `v` passes `node`. */
  const statements = (node: Schema, v: string): string => {
    const def = node._zod?.def;
    if (!def) return 'return false;';
    const checks = checkStatements(def, v, constant);
    if (checks === null) return 'return false;';
    switch (def.type) {
      case 'string':
        return `if (typeof ${v} !== "string") return false; ${checks}`;
      case 'number':
        return `if (typeof ${v} !== "number" || !Number.isFinite(${v})) return false; ${checks}`;
      case 'boolean':
        return checks ? 'return false;' : `if (typeof ${v} !== "boolean") return false;`;
      case 'enum':
        return checks
          ? 'return false;'
          : `if (!${constant(new Set(Object.values(def.entries ?? {})))}.has(${v})) return false;`;
      case 'nullable':
        return checks || !def.innerType
          ? 'return false;'
          : `if (${v} !== null) { ${statements(def.innerType, v)} }`;
      case 'array': {
        if (!def.element) return 'return false;';
        const i = name();
        const item = name();
        return `if (!Array.isArray(${v})) return false; ${checks}
          for (let ${i} = 0; ${i} < ${v}.length; ${i}++) { const ${item} = ${v}[${i}]; ${statements(def.element, item)} }`;
      }
      case 'object': {
        if (checks || def.catchall) return 'return false;';
        const shape = def.shape ?? {};
        const keys = Object.keys(shape);
        const count = name();
        const key = name();
        // The own keys must be the shape's, in its order: zod's output is built in that order and leaves
        // out any other key.
        const own = constant(keys);
        let code = `if (typeof ${v} !== "object" || ${v} === null || Object.getPrototypeOf(${v}) !== Object.prototype) return false;
          const ${key} = Object.keys(${v});
          if (${key}.length !== ${keys.length}) return false;
          for (let ${count} = 0; ${count} < ${keys.length}; ${count}++) if (${key}[${count}] !== ${own}[${count}]) return false;`;
        for (const field of keys) {
          const value = name();
          code += `{ const ${value} = ${v}[${JSON.stringify(field)}]; ${statements(shape[field] as Schema, value)} }`;
        }
        return code;
      }
      default:
        return 'return false;';
    }
  };

  const body = statements(schema as unknown as Schema, 'value');
  try {
    return new Function('c', `return function accepts(value) { ${body} return true; };`)(
      constants,
    ) as Accepts;
  } catch {
    return null;
  }
}

/** The checks of a string, number or array as statements; null when one of them is unknown here. */
function checkStatements(def: Definition, v: string, constant: (value: unknown) => string): string | null {
  let code = '';
  const lengthy = def.type === 'string' || def.type === 'array';
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    switch (check.check) {
      case 'min_length':
        if (!lengthy || typeof check.minimum !== 'number') return null;
        code += `if (${v}.length < ${check.minimum}) return false;`;
        break;
      case 'max_length':
        if (!lengthy || typeof check.maximum !== 'number') return null;
        code += `if (${v}.length > ${check.maximum}) return false;`;
        break;
      case 'string_format': {
        if (
          def.type !== 'string' ||
          check.format !== 'regex' ||
          !(check.pattern instanceof RegExp) ||
          check.when
        ) {
          return null;
        }
        const pattern = constant(check.pattern);
        code += `${pattern}.lastIndex = 0; if (!${pattern}.test(${v})) return false;`;
        break;
      }
      case 'number_format':
        if (def.type !== 'number' || check.format !== 'safeint' || check.when) return null;
        code += `if (!Number.isSafeInteger(${v})) return false;`;
        break;
      case 'greater_than':
      case 'less_than': {
        if (def.type !== 'number' || typeof check.value !== 'number' || check.when) return null;
        const operator =
          check.check === 'greater_than' ? (check.inclusive ? '<' : '<=') : check.inclusive ? '>' : '>=';
        code += `if (${v} ${operator} ${constant(check.value)}) return false;`;
        break;
      }
      default:
        return null;
    }
  }
  return code;
}
