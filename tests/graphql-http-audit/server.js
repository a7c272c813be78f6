// Starts the real `graph serve` (the built graph.dll) on a free loopback port over a fresh SQLite file,
// waits until it answers, and stops it when asked. Used by the audit test; nothing here is a stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGraphServer } from '../node-support/graph-process.mjs';

/** Starts the server; resolves to { url, stop, output } once POST /graphql answers (url is the endpoint). */
export async function startServer({ env = {} } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'graph-audit-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    const server = await startGraphServer({ db: join(folder, 'graph.db'), cwd: folder, env });
    const stop = async () => { await server.stop(); remove(); };
    return { url: `${server.url}/graphql`, stop, output: server.output };
  } catch (error) {
    remove();
    throw error;
  }
}
