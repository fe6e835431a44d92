/**
 * A compact form of JSON-like values for passing parse results between threads.
 *
 * `postMessage` clones a value with V8's serializer, which builds the receiving thread's objects one
 * property at a time: taking in 5,000 parse results that way cost the calling thread about 250 ms,
 * as much as parsing a few thousand documents itself. Packed, the same results are one string (every
 * string value, end to end), one `Float64Array` (a tape of tags, numbers and lengths) and a short list
 * of object shapes; cloning those is a copy of memory, and unpacking walks the tape once.
 *
 * Values are what JSON holds, plus `undefined`: null, booleans, numbers (any double), strings, arrays
 * and plain objects. Anything else is refused with a TypeError, so it cannot be changed silently.
 */

/** What `pack` returns and `unpack` takes; every part survives `postMessage` unchanged. */
export interface Packed {
  /** Every string value, concatenated in the order the tape reads them. */
  strings: string;
  /** Tags, with the numbers, lengths and shape ids that follow them. */
  tape: Float64Array;
  /** The key lists of the objects, by shape id. */
  shapes: string[][];
}

const NULL = 0;
const UNDEFINED = 1;
const FALSE = 2;
const TRUE = 3;
/** Followed by the number. */
const NUMBER = 4;
/** Followed by the string's length. */
const STRING = 5;
/** Followed by the length, then the items. */
const ARRAY = 6;
/** Followed by the shape id, then the values in the shape's key order. */
const OBJECT = 7;

/** A node of the shape trie: the shape whose keys lead here, and the longer shapes below. */
interface ShapeNode {
  id: number;
  next: Map<string, ShapeNode>;
}

/** Packs `value` (see the module comment for what it may hold). */
export function pack(value: unknown): Packed {
  let tape = new Float64Array(1024);
  let length = 0;
  const strings: string[] = [];
  const shapes: string[][] = [];
  // Shapes are found by walking their keys down a trie: no key list is built or joined per object.
  const root: ShapeNode = { id: -1, next: new Map() };

  const push = (number: number): void => {
    if (length === tape.length) {
      const grown = new Float64Array(tape.length * 2);
      grown.set(tape);
      tape = grown;
    }
    tape[length++] = number;
  };

  const shapeOf = (object: object): number => {
    let node = root;
    for (const key in object) {
      if (!Object.hasOwn(object, key)) continue;
      let child = node.next.get(key);
      if (!child) {
        child = { id: -1, next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.id === -1) {
      node.id = shapes.length;
      shapes.push(Object.keys(object));
    }
    return node.id;
  };

  const write = (item: unknown): void => {
    switch (typeof item) {
      case 'string':
        push(STRING);
        push(item.length);
        strings.push(item);
        return;
      case 'number':
        push(NUMBER);
        push(item);
        return;
      case 'boolean':
        push(item ? TRUE : FALSE);
        return;
      case 'undefined':
        push(UNDEFINED);
        return;
      case 'object':
        if (item === null) {
          push(NULL);
        } else if (Array.isArray(item)) {
          push(ARRAY);
          push(item.length);
          for (let i = 0; i < item.length; i++) write(item[i]);
        } else if (Object.getPrototypeOf(item) === Object.prototype) {
          const id = shapeOf(item);
          push(OBJECT);
          push(id);
          for (const key of shapes[id] as string[]) write((item as Record<string, unknown>)[key]);
        } else {
          throw new TypeError(`cannot pack ${Object.prototype.toString.call(item)}`);
        }
        return;
      default:
        throw new TypeError(`cannot pack a ${typeof item}`);
    }
  };

  write(value);
  return { strings: strings.join(''), tape: tape.slice(0, length), shapes };
}

/** The value `pack` was given, rebuilt from its packed form. */
export function unpack({ strings, tape, shapes }: Packed): unknown {
  let at = 0;
  let offset = 0;

  const read = (): unknown => {
    const tag = tape[at++];
    switch (tag) {
      case STRING: {
        const end = offset + (tape[at++] as number);
        const text = strings.slice(offset, end);
        offset = end;
        return text;
      }
      case NUMBER:
        return tape[at++];
      case NULL:
        return null;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case UNDEFINED:
        return undefined;
      case ARRAY: {
        const length = tape[at++] as number;
        const items: unknown[] = new Array(length);
        for (let i = 0; i < length; i++) items[i] = read();
        return items;
      }
      case OBJECT: {
        const keys = shapes[tape[at++] as number];
        if (!keys) throw new RangeError('packed value names an unknown shape');
        const object: Record<string, unknown> = {};
        for (const key of keys) {
          // An assignment to "__proto__" would set the prototype instead of adding the key.
          if (key === '__proto__') {
            Object.defineProperty(object, key, {
              value: read(),
              enumerable: true,
              writable: true,
              configurable: true,
            });
          } else {
            object[key] = read();
          }
        }
        return object;
      }
      default:
        throw new RangeError(`packed value has an unknown tag ${tag} at ${at - 1}`);
    }
  };

  const value = read();
  if (at !== tape.length || offset !== strings.length) throw new RangeError('packed value has trailing data');
  return value;
}
