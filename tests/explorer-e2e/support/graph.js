// The real `graph` program, built: ingests articles into a fresh SQLite file and serves it on a free loopback port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo, runGraph, startGraphServer } from '../../node-support/graph-process.mjs';

export { repo };

const ingest = (store, source) => runGraph(['ingest', source, '--db', store.db], { cwd: store.folder, withExplorer: true });

/** A fresh store in a temporary folder, filled by `graph ingest` from each given file or folder. */
export async function ingestedStore(sources) {
  const folder = mkdtempSync(join(tmpdir(), 'graph-explorer-e2e-'));
  const store = { folder, db: join(folder, 'graph.db'), log: '', remove: () => rmSync(folder, { recursive: true, force: true }) };
  for (const source of sources) store.log += await ingest(store, source);
  return store;
}

/** Ingests one more file or folder into a store made by {@link ingestedStore}. */
export async function ingestInto(store, source) {
  store.log += await ingest(store, source);
}

/** Starts `graph serve` over the store; resolves to { url, stop, output } once the API answers. */
export function serve(store) {
  return startGraphServer({ db: store.db, cwd: store.folder, withExplorer: true });
}
