// The real `graph` program, built: ingests articles into a fresh SQLite file and serves it on a free loopback port.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The built CLI: Release (what ./run-tests builds), else Debug, else what ./graph built; each must hold the built page. */
export function graphDll() {
  const candidates = ['Release', 'Debug'].map((c) => join(repo, 'src', 'Graph.Cli', 'bin', c, 'net10.0')).concat(join(repo, '.build', 'cli'));
  for (const folder of candidates) {
    if (existsSync(join(folder, 'graph.dll'))) {
      if (!existsSync(join(folder, 'explorer', 'index.html'))) {
        throw new Error(`${folder} has no explorer/index.html: run scripts/setup.sh (it builds web/explorer) and build again`);
      }
      return join(folder, 'graph.dll');
    }
  }
  throw new Error(`graph.dll is not built: run "dotnet build Graph.sln -c Release" in ${repo} first`);
}

function run(args, cwd) {
  return new Promise((done, fail) => {
    const child = spawn('dotnet', [graphDll(), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done(output) : fail(new Error(`graph ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
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

/** A fresh store in a temporary folder, filled by `graph ingest` from each given file or folder. */
export async function ingestedStore(sources) {
  const folder = mkdtempSync(join(tmpdir(), 'graph-explorer-e2e-'));
  const db = join(folder, 'graph.db');
  const logs = [];
  for (const source of sources) logs.push(await run(['ingest', source, '--db', db], folder));
  return { folder, db, log: logs.join(''), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Ingests one more file or folder into a store made by {@link ingestedStore}. */
export async function ingestInto(store, source) {
  store.log += await run(['ingest', source, '--db', store.db], store.folder);
}

/** Starts `graph serve` over the store; resolves to { url, stop } once the page and the API answer. */
export async function serve(store) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [graphDll(), 'serve', '--urls', url, '--db', store.db], { cwd: store.folder, stdio: ['ignore', 'pipe', 'pipe'] });
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
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`graph serve exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.status === 200) return { url, stop, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`graph serve did not answer at ${url} within 60 s:\n${output}`);
}
