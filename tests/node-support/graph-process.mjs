// The real, built `graph` program for the Node suites: finds graph.dll, runs a command, and starts `graph serve`
// on a free loopback port, resolving once /graphql answers. Shared by tests/graphql-http-audit and
// tests/explorer-e2e; nothing here is a stand-in. (No package.json here: it is a module, not a suite.)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The built CLI: Release (what ./run-tests builds), else Debug, else what ./graph built.
 * With `withExplorer`, the build must also hold the explorer page it serves.
 */
export function graphDll({ withExplorer = false } = {}) {
  const folders = ['Release', 'Debug'].map((c) => join(repo, 'src', 'Graph.Cli', 'bin', c, 'net10.0')).concat(join(repo, '.build', 'cli'));
  for (const folder of folders) {
    if (!existsSync(join(folder, 'graph.dll'))) continue;
    if (withExplorer && !existsSync(join(folder, 'explorer', 'index.html'))) {
      throw new Error(`${folder} has no explorer/index.html: run scripts/setup.sh (it builds web/explorer) and build again`);
    }
    return join(folder, 'graph.dll');
  }
  throw new Error(`graph.dll is not built: run "dotnet build Graph.sln -c Release" in ${repo} first`);
}

export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

function collectOutput(child) {
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  return () => output;
}

/** Runs `graph ARGS…` to completion; resolves to its output, rejects with it on a non-zero exit. */
export function runGraph(args, { cwd, withExplorer = false } = {}) {
  return new Promise((done, fail) => {
    const child = spawn('dotnet', [graphDll({ withExplorer }), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = collectOutput(child);
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done(output()) : fail(new Error(`graph ${args.join(' ')} exited with ${code}:\n${output()}`))));
  });
}

/**
 * Starts `graph serve --db DB` on a free port; resolves to { url, stop, output } once POST /graphql answers,
 * where url is the server's base address. `stop` sends SIGTERM (SIGKILL after 10 s) and waits for the exit.
 */
export async function startGraphServer({ db, cwd, env = {}, withExplorer = false }) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [graphDll({ withExplorer }), 'serve', '--urls', url, '--db', db], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collectOutput(child);
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
    if (child.exitCode !== null) throw new Error(`graph serve exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      if (res.status === 200) return { url, stop, output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`graph serve did not answer at ${url} within 60 s:\n${output()}`);
}
