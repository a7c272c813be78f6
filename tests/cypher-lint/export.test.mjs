// The Cypher script that `graph export --format cypher` writes is checked statement by statement with the same
// front end as the adapter's files: it is Cypher a user runs as it is, so it must pass Neo4j's parser too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintText, repoRoot } from './lint-cypher.mjs';

/** The built CLI, the newer of Release (./run-tests builds it before the Node suites) and Debug (a developer's build). */
function graphDll() {
  const built = ['Release', 'Debug']
    .map((config) => join(repoRoot, 'src', 'Graph.Cli', 'bin', config, 'net10.0', 'graph.dll'))
    .filter((dll) => existsSync(dll))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (built.length === 0) throw new Error('graph.dll is not built: run dotnet build first');
  return built[0];
}

function graph(db, ...args) {
  const run = spawnSync('dotnet', [graphDll(), '--db', db, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, `graph ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/** Statements of an exported script: the exporter ends each with ";\n" and never puts a raw line break inside a literal. */
function statements(script) {
  return script.split(';\n')
    .map((s) => s.split('\n').filter((line) => !line.trimStart().startsWith('//')).join('\n').trim())
    .filter((s) => s.length > 0);
}

test('the exported Cypher script of the seed gold passes Neo4j\'s parser and semantic analysis', () => {
  const folder = mkdtempSync(join(tmpdir(), 'graph-export-'));
  try {
    const db = join(folder, 'graph.db');
    graph(db, 'import', join(repoRoot, '..', 'shared', 'extraction', 'gold', 'seeds.jsonl'));
    const script = graph(db, 'export', '--format', 'cypher');
    const all = statements(script);
    assert.ok(all.some((s) => /^CREATE CONSTRAINT/.test(s)), 'the schema comes first');
    assert.ok(all.some((s) => /MERGE \(s\)-\[r:MET\]->\(o\)/.test(s)), 'typed relationships');
    assert.ok(all.some((s) => /e:Person/.test(s)), 'entity labels');
    assert.ok(all.some((s) => /MERGE \(a\)-\[m:MENTIONS\]->\(e\)/.test(s)), 'mentions, so entities named without a statement survive');
    assert.ok(all.some((s) => /MERGE \(a\)-\[:STATES\]->\(s:Statement/.test(s)), 'statements hang from their articles');
    const problems = all.flatMap((s, i) => lintText(s).map((p) => ({ statement: i, ...p })));
    assert.deepEqual(problems, []);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
