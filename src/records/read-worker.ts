/**
 * Read-ahead worker of `loadFolder`: reads and decodes the files the calling thread is going to parse,
 * a claim at a time, and posts their text (moved, not copied) on the port it was given, so that the
 * calling thread spends its time parsing. It stays at most `ReadAheadData.ahead` claims in front of the parsing.
 */
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { claimFiles, type ReadAheadData, type ReadFiles, readBytes, UTF8, Utf16Batch } from './files.ts';

const { dir, files, next, claim: size, flow, ahead, port } = workerData as ReadAheadData;
const scratch = { buffer: Buffer.allocUnsafe(256 * 1024) };
for (let claim = claimFiles(next, size, files.length); claim; claim = claimFiles(next, size, files.length)) {
  const [start, end] = claim;
  const batch = new Utf16Batch();
  const failures: ReadFiles['failures'] = [];
  const decodings: ReadFiles['decodings'] = [];
  for (let i = start; i < end; i++) {
    try {
      const decoding = batch.add(readBytes(join(dir, files[i] as string), scratch));
      if (decoding !== UTF8) decodings.push({ index: i, decoding });
    } catch (error) {
      failures.push({ index: i, message: error instanceof Error ? error.message : String(error) });
      batch.skip();
    }
  }
  const { utf16, ends } = batch.finish();
  const message: ReadFiles = { start, ends, utf16, failures, decodings };
  port.postMessage(message, [utf16.buffer, ends.buffer]);
  Atomics.add(flow, 0, 1);
  Atomics.notify(flow, 0);
  // Waits while the parsing is `ahead` claims behind: what is read and not parsed is memory.
  for (let posted = Atomics.load(flow, 0); posted - Atomics.load(flow, 1) >= ahead; ) {
    Atomics.wait(flow, 1, Atomics.load(flow, 1), 1000);
  }
}
port.close();
