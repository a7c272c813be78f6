// The Cypher check must pass on the adapter's real statements and FAIL on broken ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cypherRoot, entityLabel, findCypherFiles, lintFolders, lintText, ontologyNames } from './lint-cypher.mjs';

const script = new URL('./lint-cypher.mjs', import.meta.url).pathname;

test('every statement under cypher/ passes Neo4j\'s parser and semantic analysis', () => {
  const { files, problems } = lintFolders([cypherRoot]);
  assert.deepEqual(problems, []);
  const folders = new Set(files.map((f) => relative(cypherRoot, f).split('/')[0]));
  assert.deepEqual([...folders].sort(), ['admin', 'queries', 'schema', 'writes']);
  assert.ok(files.length >= 50, `expected the adapter's ~55 statements, found ${files.length}`);
});

test('a syntax error fails', () => {
  const problems = lintText('MATCH (e:Entity {id: $id} RETURN e.name AS name');
  assert.ok(problems.some((p) => p.severity === 1 && /Invalid input/.test(p.message)), JSON.stringify(problems));
});

test('an undefined variable fails (semantic analysis, not only parsing)', () => {
  const problems = lintText('MATCH (e:Entity {id: $id}) RETURN other.name AS name');
  assert.ok(problems.some((p) => p.severity === 1 && /Variable `other` not defined/.test(p.message)), JSON.stringify(problems));
});

test('an unknown function or procedure fails', () => {
  assert.ok(lintText('MATCH (e:Entity) RETURN colesce(e.name, e.id) AS name').some((p) => /Function colesce/.test(p.message)));
  assert.ok(lintText("CALL db.index.fulltext.queryNode('entity_names', $q) YIELD node RETURN node").some((p) => /Procedure db.index.fulltext.queryNode/.test(p.message)));
});

test('a misspelled label, relationship type or property fails', () => {
  assert.ok(lintText('MATCH (e:Entiy {id: $id}) RETURN e.id AS id').some((p) => /Entiy/.test(p.message)));
  assert.ok(lintText('MATCH (e:Entity)-[:MEET]->(o:Entity) RETURN o.id AS id').some((p) => /MEET/.test(p.message)));
  assert.ok(lintText('MATCH (e:Entity) RETURN e.nmae AS name').some((p) => /nmae/.test(p.message)));
});

test('a deprecated construct fails (warnings count)', () => {
  const problems = lintText('UNWIND $ids AS id CALL { WITH id MATCH (e:Entity {id: id}) RETURN e } RETURN e.id AS id');
  assert.ok(problems.some((p) => p.severity === 2 && /deprecated/.test(p.message)), JSON.stringify(problems));
});

test('two statements in one file fail: each file is one statement the adapter sends', () => {
  assert.ok(lintText('RETURN 1 AS a; RETURN 2 AS b').some((p) => /exactly one statement/.test(p.message)));
});

test('parameters are not errors (the adapter supplies them)', () => {
  assert.deepEqual(lintText('UNWIND $rows AS row MATCH (e:Entity {id: row.id}) RETURN e.name AS name'), []);
});

test('the relation types of the ontology are known; the labels follow the adapter\'s naming rule', () => {
  const { labels, relationshipTypes } = ontologyNames();
  assert.ok(relationshipTypes.includes('MET') && relationshipTypes.includes('CALLED_FOR'));
  assert.ok(labels.includes('Person') && labels.includes('Organization'));
  assert.equal(entityLabel('MILITARY_UNIT'), 'MilitaryUnit');
  assert.deepEqual(lintText('MATCH (p:Person)-[:CALLED_FOR]->(o:Entity) RETURN o.id AS id'), []);
});

test('the command fails with exit code 1 on a folder holding a broken statement, and names the file and line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
  try {
    writeFileSync(join(folder, 'good.cypher'), 'MATCH (e:Entity {id: $id})\nRETURN e.name AS name\n');
    writeFileSync(join(folder, 'broken.cypher'), '// a comment line\nMATCH (e:Entity {id: $id})\nRETURN e.name AS name,\n');
    const run = spawnSync(process.execPath, [script, folder], { encoding: 'utf8' });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /broken\.cypher:\d+:\d+: error/);
    assert.doesNotMatch(run.stdout, /good\.cypher/);
    assert.match(run.stdout, /2 files, 1 clean, 1 with problems/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('the command passes with exit code 0 on a clean folder', () => {
  // (The real cypher/ folder is linted in-process by the first test; a second full run would double the suite's time.)
  const folder = mkdtempSync(join(tmpdir(), 'cypher-lint-'));
  try {
    writeFileSync(join(folder, 'good.cypher'), 'MATCH (e:Entity {id: $id})\nRETURN e.name AS name\n');
    const run = spawnSync(process.execPath, [script, folder], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1 files, 1 clean, 0 with problems/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('each statement file is what the adapter sends: no placeholders for string-building', () => {
  for (const file of findCypherFiles(cypherRoot)) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /\{\{|%s|\$\{/, `${file} looks like a template`);
  }
});
