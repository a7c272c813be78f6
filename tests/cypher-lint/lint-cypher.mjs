// Lints every Cypher statement of the Neo4j adapter (every .cypher file under cypher/) with Neo4j's own front end:
// @neo4j-cypher/language-support's lintCypherQuery runs Neo4j's Cypher parser and semantic analysis. Errors and
// warnings (deprecations, cartesian products, unknown labels / types / properties / functions / procedures) fail;
// "parameter not defined" is filtered with the package's isNotParamError, since the adapter supplies parameters at run time.
//
// Usage: node lint-cypher.mjs [folder ...]   (default: the repository's cypher/ folder). Exit code 1 when anything fails.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isNotParamError, lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const cypherRoot = join(repoRoot, 'cypher');
export const ontologyFile = join(repoRoot, 'src', 'Graph.Core', 'Ontology', 'ontology.ini');

/** The Cypher versions the adapter's statements must be valid in: Neo4j 5.26 LTS runs Cypher 5, 2025.x also offers Cypher 25. */
export const cypherVersions = ['CYPHER 5', 'CYPHER 25'];

// LSP severities: 1 error, 2 warning, 3 information, 4 hint.
const failingSeverities = new Set([1, 2]);

/** The Neo4j Browser kit (guide, style, saved queries): checked by browser-kit.test.mjs, not part of the adapter's statements. */
export const browserKitRoot = join(cypherRoot, 'browser');

/** Every .cypher file under a folder, sorted, as absolute paths (the Browser kit's folder left out: it is no adapter statement). */
export function findCypherFiles(folder) {
  const found = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (path === browserKitRoot) continue;
    if (statSync(path).isDirectory()) {
      found.push(...findCypherFiles(path));
    } else if (name.endsWith('.cypher')) {
      found.push(path);
    }
  }
  return found;
}

/** Entity labels (PERSON -> Person) and relation types declared by the ontology file, as the adapter derives them. */
export function ontologyNames(path = ontologyFile) {
  const labels = [];
  const relationshipTypes = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\s*\[(entity|relation)\s+([A-Z][A-Z0-9_]*)\s*\]/.exec(line);
    if (!m) continue;
    if (m[1] === 'entity') labels.push(entityLabel(m[2]));
    else relationshipTypes.push(m[2]);
  }
  return { labels, relationshipTypes };
}

/** The node label of an entity type, the same rule as the adapter's EntityLabels: PERSON -> Person, MILITARY_UNIT -> MilitaryUnit. */
export function entityLabel(typeName) {
  return typeName.split('_').filter(Boolean).map((w) => w[0] + w.slice(1).toLowerCase()).join('');
}

/** The schema the linter checks against: the graph model, the ontology's names, and Neo4j's functions and procedures. */
export function graphSchema(version) {
  const model = JSON.parse(readFileSync(join(here, 'graph-model.json'), 'utf8'));
  const ontology = ontologyNames();
  return {
    labels: [...model.labels, ...ontology.labels],
    relationshipTypes: [...model.relationshipTypes, ...ontology.relationshipTypes],
    propertyKeys: model.propertyKeys,
    // The function and procedure signatures of a real Neo4j server, as recorded and shipped by the package.
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    defaultLanguage: version,
  };
}

/** Problems in one statement text: [{line, column, severity, message, version}] (line and column from 1). */
export function lintText(text) {
  const problems = [];
  for (const version of cypherVersions) {
    const { diagnostics, symbolTables } = lintCypherQuery(text, graphSchema(version));
    if (symbolTables.length !== 1) {
      problems.push({ line: 1, column: 1, severity: 1, version, message: `expected exactly one statement, found ${symbolTables.length}` });
    }
    for (const d of diagnostics.filter(isNotParamError)) {
      if (!failingSeverities.has(d.severity)) continue;
      problems.push({ line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity, version, message: d.message });
    }
  }
  return problems;
}

/** Lints every .cypher file under the folders; returns {files, problems: [{file, line, column, severity, message, version}]}. */
export function lintFolders(folders) {
  const files = folders.flatMap((f) => findCypherFiles(f));
  const problems = [];
  for (const file of files) {
    for (const p of lintText(readFileSync(file, 'utf8'))) {
      problems.push({ file, ...p });
    }
  }
  return { files, problems };
}

function main(args) {
  const folders = args.length > 0 ? args.map((a) => resolve(a)) : [cypherRoot];
  const { files, problems } = lintFolders(folders);
  for (const p of problems) {
    const kind = p.severity === 1 ? 'error' : 'warning';
    console.log(`${relative(process.cwd(), p.file)}:${p.line}:${p.column}: ${kind} (${p.version}): ${p.message}`);
  }
  const failed = new Set(problems.map((p) => p.file)).size;
  console.log(`cypher-lint: ${files.length} files, ${files.length - failed} clean, ${failed} with problems`);
  if (files.length === 0) {
    console.log('cypher-lint: no .cypher files found');
    return 1;
  }
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
