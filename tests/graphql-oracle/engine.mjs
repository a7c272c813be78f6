// Starts our engine (the .NET tool in ./engine) and talks to it one JSON line at a time.
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'engine', 'bin', 'oracle');

/** Builds the tool unless ORACLE_SKIP_BUILD is set (the lead's script may build it first). */
function ensureBuilt() {
  const dll = join(outDir, 'Graph.GraphQL.Oracle.dll');
  if (!process.env.ORACLE_SKIP_BUILD || !existsSync(dll)) {
    execFileSync('dotnet', ['build', join(here, 'engine'), '-c', 'Release', '-o', outDir, '--nologo', '-v', 'q'], { stdio: 'inherit' });
  }
  return dll;
}

/** Starts the tool on an SDL file (an absolute path). */
export function startEngine(schemaPath) {
  const dll = ensureBuilt();
  const child = spawn('dotnet', [dll, schemaPath], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => waiting.shift()?.(JSON.parse(line)));
  return {
    ask(request) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(JSON.stringify(request) + '\n');
      });
    },
    stop() {
      child.stdin.end();
      child.kill();
    },
  };
}
