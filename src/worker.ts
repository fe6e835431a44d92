/**
 * Starting a worker thread on one of the project's TypeScript modules. Workers do not inherit the
 * TypeScript loader that `tsx` registers in the main thread, so a worker either registers it itself
 * (slow: compiling the module graph on every start costs a worker about 400 ms) or runs from a plain
 * JavaScript bundle of the module, which starts in under 100 ms.
 *
 * Bundles are built with esbuild into `node_modules/.cache/hankebotti/workers/` and rebuilt whenever
 * any of their input files (or this file, which holds the build settings) has changed, so an edited
 * source never runs stale. Where a bundle cannot be built, the worker registers tsx as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Transferable, Worker } from 'node:worker_threads';

export interface RunWorkerOptions {
  /**
   * Run the module from a cached bundle (see `workerBundle`), falling back to tsx. Only for modules
   * that find no files next to their own source: in a bundle, `import.meta.url` is the bundle's.
   */
  bundle?: boolean;
}

/** Runs `module` in a worker and resolves with the first message it posts. */
export function runWorker<T>(module: URL, workerData: unknown, options: RunWorkerOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(module, workerData, options);
    } catch (error) {
      reject(error);
      return;
    }
    worker.once('message', (message: T) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`worker ${module.pathname} exited with code ${code}`));
    });
  });
}

/**
 * Runs `module` in a worker, handing every message it posts to `onMessage`, and resolves once the
 * worker has ended by itself (Node delivers all its messages before that).
 */
export function streamWorker<T>(
  module: URL,
  workerData: unknown,
  onMessage: (message: T) => void,
  options: RunWorkerOptions = {},
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(module, workerData, options);
    } catch (error) {
      reject(error);
      return;
    }
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`worker ${module.pathname} exited with code ${code}`));
    });
  });
}

/**
 * Starts `module` in a worker and returns it, for callers that talk to it themselves (through a
 * `MessagePort` in `workerData`, listed in `transferList`). Throws when the worker cannot be created.
 */
export function startWorker(
  module: URL,
  workerData: unknown,
  options: RunWorkerOptions & { transferList?: Transferable[] } = {},
): Worker {
  const { transferList } = options;
  // Built synchronously, so the worker starts now even if the caller then keeps this thread busy.
  const bundle = options.bundle ? workerBundle(module) : null;
  if (bundle) return new Worker(bundle, { workerData, transferList });
  // A TypeScript module is imported after registering tsx's loader inside the worker itself.
  const source = module.pathname.endsWith('.ts')
    ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`
    : `import(${JSON.stringify(module.href)})`;
  return new Worker(`${source}.catch((error) => { throw error; });`, {
    eval: true,
    workerData,
    transferList,
  });
}

/** Where bundles are kept; `node_modules/.cache` is the customary place and goes with a clean install. */
export const BUNDLE_DIR = fileURLToPath(
  new URL('../node_modules/.cache/hankebotti/workers/', import.meta.url),
);

/** What a bundle was built from: every input file with its modification time then. */
interface BundleManifest {
  inputs: Record<string, number>;
}

/**
 * A file written this close before a build (or during it) may have changed while esbuild read it, so
 * its time is not trusted: the manifest is not written and the next call builds again.
 */
const UNSETTLED_MS = 1000;

/**
 * The path of an up-to-date ESM bundle of `module` (its imports included, packages too), built first
 * if it is missing or any of its inputs changed; null when it cannot be built (no esbuild, a
 * read-only install, a syntax error), so the caller can fall back to tsx.
 */
export function workerBundle(module: URL, dir = BUNDLE_DIR): string | null {
  const entry = fileURLToPath(module);
  const name = `${basename(entry).replace(/\.[cm]?[jt]s$/, '')}-${createHash('sha256').update(entry).digest('hex').slice(0, 8)}`;
  const bundle = resolve(dir, `${name}.mjs`);
  const manifest = resolve(dir, `${name}.json`);
  try {
    if (!isFresh(bundle, manifest)) build(entry, bundle, manifest);
    return bundle;
  } catch {
    return null;
  }
}

function isFresh(bundle: string, manifestPath: string): boolean {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BundleManifest;
  } catch {
    return false;
  }
  if (!statSync(bundle, { throwIfNoEntry: false })?.isFile()) return false;
  return Object.entries(manifest.inputs).every(
    ([file, mtimeMs]) => statSync(file, { throwIfNoEntry: false })?.mtimeMs === mtimeMs,
  );
}

function build(entry: string, bundle: string, manifestPath: string): void {
  // Loaded only when a build is due: an up-to-date bundle costs a few `stat` calls, not esbuild.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const started = Date.now();
  const root = dirname(fileURLToPath(new URL('../package.json', import.meta.url)));
  const result = esbuild.buildSync({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles.find((file) => file.path === bundle);
  if (!code) throw new Error(`esbuild wrote no ${bundle}`);
  const inputs: Record<string, number> = {};
  let settled = true;
  for (const file of [
    ...Object.keys(result.metafile.inputs).map((input) => resolve(root, input)),
    thisFile(),
  ]) {
    const { mtimeMs } = statSync(file);
    inputs[file] = mtimeMs;
    if (mtimeMs > started - UNSETTLED_MS) settled = false;
  }
  mkdirSync(dirname(bundle), { recursive: true });
  // Written aside and renamed, so a process starting a worker meanwhile never reads half a file.
  writeAtomically(bundle, code.contents);
  if (settled) writeAtomically(manifestPath, JSON.stringify({ inputs } satisfies BundleManifest));
}

/** This module, the home of the build settings: changing them must rebuild every bundle. */
function thisFile(): string {
  return fileURLToPath(import.meta.url);
}

function writeAtomically(path: string, contents: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}
