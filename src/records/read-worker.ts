/**
 * Read-ahead worker of `loadFolder`: reads the files the calling thread is going to parse, a claim at a
 * time, and posts their bytes (moved, not copied) on the port it was given, so that the calling thread
 * spends its time parsing. It stays at most `ReadAheadData.ahead` claims in front of the parsing.
 */
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import type { ReadAheadData, ReadFiles } from './files.ts';
import { appendFile, claimFiles } from './files.ts';

const { dir, files, next, claim: size, flow, ahead, port } = workerData as ReadAheadData;
let buffer: Buffer = Buffer.allocUnsafe(1024 * 1024);
for (let claim = claimFiles(next, size, files.length); claim; claim = claimFiles(next, size, files.length)) {
  const [start, end] = claim;
  const ends = new Uint32Array(end - start);
  const failures: ReadFiles['failures'] = [];
  let length = 0;
  for (let i = start; i < end; i++) {
    try {
      ({ buffer, length } = appendFile(join(dir, files[i] as string), buffer, length));
    } catch (error) {
      failures.push({ index: i, message: error instanceof Error ? error.message : String(error) });
    }
    ends[i - start] = length;
  }
  // A copy of just the bytes read, so the reading buffer is kept and the message moves the copy.
  const bytes = new Uint8Array(length);
  bytes.set(buffer.subarray(0, length));
  const message: ReadFiles = { start, ends, bytes, failures };
  port.postMessage(message, [bytes.buffer, ends.buffer]);
  Atomics.add(flow, 0, 1);
  Atomics.notify(flow, 0);
  // Waits while the parsing is `ahead` claims behind: what is read and not parsed is memory.
  for (let posted = Atomics.load(flow, 0); posted - Atomics.load(flow, 1) >= ahead; ) {
    Atomics.wait(flow, 1, Atomics.load(flow, 1), 1000);
  }
}
port.close();
