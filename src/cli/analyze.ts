/**
 * `analyze [WORD…] [--engine auto|voikko|fallback] [--json]`: the keys the Finnish analyser gives a
 * word (what it is indexed and searched under) and the parts of a compound. Without words it reads one
 * word per stdin line and writes one JSON line each: `{ "word", "keys", "parts" }`.
 */
import { createInterface } from 'node:readline';
import { type AnalyzerEngine, createAnalyzer, type DetailedAnalyzer } from '../search/analyzer.ts';

export interface AnalyzeOptions {
  engine?: AnalyzerEngine;
  json?: boolean;
}

/** One word's analysis as the command prints it. */
export interface AnalyzeLine {
  word: string;
  keys: string[];
  parts: string[];
}

export function analyzeWord(analyzer: DetailedAnalyzer, word: string): AnalyzeLine {
  const { lemmas, parts } = analyzer.analyze(word.trim());
  return { word, keys: lemmas, parts };
}

export async function runAnalyze(words: string[], options: AnalyzeOptions): Promise<number> {
  // Both engines are detailed analysers; the Analyzer interface only promises baseForms.
  const analyzer = createAnalyzer({ engine: options.engine }) as DetailedAnalyzer;
  const print = (line: AnalyzeLine, json: boolean) => {
    process.stdout.write(
      json ? `${JSON.stringify(line)}\n` : `${line.word}\t${line.keys.join(' ')}\t${line.parts.join(' ')}\n`,
    );
  };
  if (words.length > 0) {
    for (const word of words) print(analyzeWord(analyzer, word), !!options.json);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    const word = raw.trim();
    if (word) print(analyzeWord(analyzer, word), true);
  }
  return 0;
}
