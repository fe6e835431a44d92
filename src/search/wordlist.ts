/**
 * The Finnish word list of the npm package `@cspell/dict-fi-fi` (LGPL-3.0; the words come from the
 * hunspell fi_FI dictionary, GPL-2.0): about 4.1 million full word forms (inflected forms and
 * compounds too: "hankkeessa", "nuorisotyö", "suurempi"). The fallback analyser asks it whether a stem
 * it reconstructed is a real word, and splits compounds with it.
 *
 * The package ships the list as a cspell "TrieXv3" text (a DAWG, 9 MB unzipped). It is read once, on the
 * first lookup, into three typed arrays (about 20 MB) and the text is dropped; a missing or unreadable
 * package leaves the list empty, so every lookup says "not a word" and the analyser keeps its rules.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A read-only set of words, walked letter by letter. */
export interface WordList {
  /** Number of trie nodes, 0 when the package could not be read. */
  readonly size: number;
  /** Whether `word` is in the list (as written, or capitalised: proper names are stored so). */
  has(word: string): boolean;
  /** Whether `word` is in the list exactly as written (compound parts: "ella" is no word, Ella is). */
  hasExact(word: string): boolean;
  /** Lengths `n` (ascending) such that `word.slice(0, n)` is a word, for n ≥ minLength. */
  prefixLengths(word: string, minLength: number): number[];
  /** Why the list is empty, when it is. */
  readonly error?: string;
}

/** Node 0 is the root; a node's edges are a linked list from firstEdge through edgeNext (−1 ends). */
export interface Dawg {
  firstEdge: Int32Array;
  final: Uint8Array;
  edgeChar: Uint16Array;
  edgeTarget: Int32Array;
  edgeNext: Int32Array;
}

let loaded: WordList | undefined;

/** The word list, read on first use and kept. */
export function finnishWordList(): WordList {
  loaded ??= load();
  return loaded;
}

function load(): WordList {
  let source: string;
  let version: string;
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('@cspell/dict-fi-fi/cspell-ext.json'));
    source = join(dir, 'dict', 'fi-fi.trie.gz');
    version = String(
      (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown }).version,
    );
  } catch (err) {
    return emptyList(`@cspell/dict-fi-fi is not installed: ${(err as Error).message}`);
  }
  // The parsed arrays are kept next to other tools' caches in node_modules: reading them back takes
  // milliseconds where parsing the text takes a quarter of a second.
  const cacheFile = join(
    dirname(dirname(dirname(source))),
    '..',
    '.cache',
    'hankebotti',
    `fi-fi-${version}-${statSync(source).size}-r${CACHE_REVISION}.dawg`,
  );
  const cached = readCache(cacheFile);
  if (cached) return wordListOf(cached);
  let dawg: Dawg;
  try {
    dawg = parseTrieV3(gunzipSync(readFileSync(source)).toString('utf8'));
  } catch (err) {
    return emptyList(`@cspell/dict-fi-fi could not be read: ${(err as Error).message}`);
  }
  writeCache(cacheFile, dawg);
  return wordListOf(dawg);
}

/** Bumped when the cached layout changes. */
const CACHE_REVISION = 1;
const MAGIC = 0x4b574431; // "KWD1"

function writeCache(file: string, dawg: Dawg): void {
  const parts = [dawg.firstEdge, dawg.edgeTarget, dawg.edgeNext, dawg.edgeChar, dawg.final];
  const header = new Uint32Array([MAGIC, ...parts.map((p) => p.length)]);
  const chunks: Uint8Array[] = [new Uint8Array(header.buffer)];
  for (const part of parts) {
    chunks.push(new Uint8Array(part.buffer, part.byteOffset, part.byteLength));
    const pad = (4 - (part.byteLength % 4)) % 4;
    if (pad) chunks.push(new Uint8Array(pad));
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat(chunks));
    renameSync(temporary, file);
  } catch {
    // A read-only install parses the text every time: slower, not wrong.
  }
}

function readCache(file: string): Dawg | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  try {
    // Typed-array views need 4-byte alignment: copy when the buffer is not aligned.
    const data = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
    const { buffer, byteOffset } = data;
    const header = new Uint32Array(buffer, byteOffset, 6);
    if (header[0] !== MAGIC) return null;
    const [nodes, targets, nexts, chars, finals] = [1, 2, 3, 4, 5].map((k) => header[k] as number);
    let at = byteOffset + 24;
    const take = <T>(make: (offset: number) => T, byteLength: number): T => {
      const view = make(at);
      at += byteLength + ((4 - (byteLength % 4)) % 4);
      return view;
    };
    const firstEdge = take((o) => new Int32Array(buffer, o, nodes as number), (nodes as number) * 4);
    const edgeTarget = take((o) => new Int32Array(buffer, o, targets as number), (targets as number) * 4);
    const edgeNext = take((o) => new Int32Array(buffer, o, nexts as number), (nexts as number) * 4);
    const edgeChar = take((o) => new Uint16Array(buffer, o, chars as number), (chars as number) * 2);
    const final = take((o) => new Uint8Array(buffer, o, finals as number), finals as number);
    if (at - byteOffset > data.byteLength + 3) return null;
    return { firstEdge, edgeTarget, edgeNext, edgeChar, final };
  } catch {
    return null;
  }
}

function emptyList(error: string): WordList {
  return { size: 0, has: () => false, hasExact: () => false, prefixLengths: () => [], error };
}

/** A word list over parsed trie arrays. */
export function wordListOf(dawg: Dawg): WordList {
  const { firstEdge, edgeChar, edgeTarget, edgeNext, final } = dawg;
  const child = (node: number, code: number): number => {
    for (let e = firstEdge[node] as number; e >= 0; e = edgeNext[e] as number) {
      if (edgeChar[e] === code) return edgeTarget[e] as number;
    }
    return -1;
  };
  const walk = (word: string): boolean => {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      node = child(node, word.charCodeAt(i));
      if (node < 0) return false;
    }
    return final[node] === 1;
  };
  return {
    size: final.length,
    has(word) {
      if (word.length === 0) return false;
      if (walk(word)) return true;
      const first = word[0] as string;
      const upper = first.toUpperCase();
      return upper !== first && walk(upper + word.slice(1));
    },
    hasExact: (word) => word.length > 0 && walk(word),
    prefixLengths(word, minLength) {
      const out: number[] = [];
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        node = child(node, word.charCodeAt(i));
        if (node < 0) break;
        if (i + 1 >= minLength && final[node] === 1) out.push(i + 1);
      }
      return out;
    },
  };
}

/** A growable Int32Array. */
class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }
  trimmed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Reads cspell's TrieXv3 format: a depth-first stream of letters with '$' (a word ends; one step up),
 * '<' and digits (steps up), '#ref;' (this edge goes to an earlier node, numbered in the base the
 * header gives, counting nodes in the order cspell-trie-lib's TrieNodeBuilder creates them, which this
 * parser follows so that references land right) and '\' (a literal). Nodes and edges go straight into
 * typed arrays (edges as linked lists): no object per node, so reading stays fast and small.
 */
export function parseTrieV3(text: string): Dawg {
  const header = /(?:^|\n)TrieXv3\nbase=(\d+)\n/.exec(text.slice(0, 200));
  if (!header) throw new Error('not a TrieXv3 file');
  const radix = Number(header[1]);
  const dataAt = text.indexOf('__DATA__');
  if (dataAt < 0) throw new Error('no __DATA__ section');
  const estimate = Math.max(1024, text.length >> 3);
  const firstEdge = new IntList(estimate);
  const finalFlags = new IntList(estimate);
  const edgeChar = new IntList(estimate * 2);
  const edgeTarget = new IntList(estimate * 2);
  const edgeNext = new IntList(estimate * 2);
  const newNode = (final: number): number => {
    firstEdge.push(-1);
    return finalFlags.push(final);
  };
  const ROOT = newNode(0);
  // The shared leaf that every word without a continuation points to; copied before it grows.
  const LEAF = newNode(1);
  // The builder's list of nodes, which references index into.
  const built = new IntList(estimate);
  built.push(ROOT);
  built.push(LEAF);
  const parents: number[] = [ROOT];
  const via: number[] = [0];
  let current = ROOT;
  let depth = 0;
  const findEdge = (node: number, code: number): number => {
    for (let e = firstEdge.data[node] as number; e >= 0; e = edgeNext.data[e] as number) {
      if (edgeChar.data[e] === code) return e;
    }
    return -1;
  };
  const addEdge = (node: number, code: number, target: number) => {
    edgeChar.push(code);
    edgeTarget.push(target);
    const e = edgeNext.push(firstEdge.data[node] as number);
    firstEdge.data[node] = e;
  };
  const setChild = (parent: number, code: number, node: number) => {
    const e = findEdge(parent, code);
    if (e >= 0) edgeTarget.data[e] = node;
    else addEdge(parent, code, node);
  };
  const insert = (code: number) => {
    if (current === LEAF) {
      const copy = newNode(1);
      setChild(parents[depth] as number, via[depth] as number, copy);
      current = copy;
      built.push(copy);
    }
    const e = findEdge(current, code);
    let next: number;
    if (e >= 0) next = edgeTarget.data[e] as number;
    else {
      next = newNode(0);
      addEdge(current, code, next);
    }
    built.push(next);
    depth++;
    parents[depth] = current;
    via[depth] = code;
    current = next;
  };
  const endWord = () => {
    if (firstEdge.data[current] === -1) {
      setChild(parents[depth] as number, via[depth] as number, LEAF);
      if (built.data[built.length - 1] === current) built.length--;
      current = LEAF;
    } else finalFlags.data[current] = 1;
  };
  const back = (steps: number) => {
    if (steps <= 0) return;
    if (steps > depth) throw new Error('step above the root');
    depth -= steps;
    current = parents[depth + 1] as number;
  };
  let i = text.indexOf('\n', dataAt) + 1;
  let afterStep = false;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (afterStep) {
      // '<' and 2–9 right after '$' or '<' are steps: '<' one, a digit n means n − 1 more.
      if (ch === 60) {
        back(1);
        i++;
        continue;
      }
      if (ch >= 50 && ch <= 57) {
        back(ch - 49);
        i++;
        continue;
      }
      afterStep = false;
    }
    if (ch === 36) {
      endWord();
      back(1);
      afterStep = true;
      i++;
    } else if (ch === 60) {
      back(1);
      afterStep = true;
      i++;
    } else if (ch === 35) {
      const end = text.indexOf(';', i);
      const ref = Number.parseInt(text.slice(i + 1, end), radix) + 1;
      if (ref >= built.length) throw new Error(`reference ${ref} out of range`);
      setChild(parents[depth] as number, via[depth] as number, built.data[ref] as number);
      built.length--;
      i = end + 1;
    } else if (ch === 92) {
      const next = text[i + 1];
      insert((next === 'n' ? '\n' : next === 'r' ? '\r' : (next ?? '\\')).charCodeAt(0));
      i += 2;
    } else if (ch === 10 || ch === 13) {
      i++;
    } else {
      insert(ch);
      i++;
    }
  }
  return {
    firstEdge: firstEdge.trimmed(),
    final: Uint8Array.from(finalFlags.trimmed()),
    edgeChar: Uint16Array.from(edgeChar.trimmed()),
    edgeTarget: edgeTarget.trimmed(),
    edgeNext: edgeNext.trimmed(),
  };
}
