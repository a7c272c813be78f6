// Starts the real `graph serve` (the built graph.dll) on a free loopback port over a fresh SQLite file,
// waits until it answers, and stops it when asked. Used by the audit test; nothing here is a stand-in.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built CLI: Release (what ./run-tests builds), else Debug. */
export function graphDll() {
  for (const configuration of ['Release', 'Debug']) {
    const dll = join(repo, 'src', 'Graph.Cli', 'bin', configuration, 'net10.0', 'graph.dll');
    if (existsSync(dll)) return dll;
  }
  throw new Error(`graph.dll is not built: run "dotnet build Graph.sln -c Release" in ${repo} first`);
}

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts the server; resolves to { url, stop } once POST /graphql answers. */
export async function startServer({ env = {} } = {}) {
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), 'graph-audit-'));
  const url = `http://127.0.0.1:${port}/graphql`;
  const child = spawn('dotnet', [graphDll(), 'serve', '--urls', `http://127.0.0.1:${port}`, '--db', join(folder, 'graph.db')], {
    cwd: folder,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(folder, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`graph serve exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.status === 200) return { url, stop, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`graph serve did not answer at ${url} within 60 s:\n${output}`);
}
