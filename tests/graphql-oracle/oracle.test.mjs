// Our engine against graphql-js, the reference implementation:
//  1. our introspection result loads with buildClientSchema and prints the same SDL as our printer;
//  2. for every corpus document, our validation reports the same errors (count, locations, messages) as validate().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, graphql, parse, printSchema, validate, GraphQLError,
} from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEngine } from './engine.mjs';
import { loadCorpus } from './corpus.mjs';
import { generatedDocuments } from './generate-graph-corpus.mjs';

const here = dirname(fileURLToPath(import.meta.url));

// The graph's own API schema is read where the repository keeps it (kept equal to the code by Graph.Api.Tests),
// never copied, so the oracle follows every change to it.
const schemas = [
  { file: join(here, 'schemas', 'pets.graphql'), corpus: 'pets' },
  { file: join(here, 'schemas', 'features.graphql'), corpus: 'features' },
  { file: join(here, '..', '..', 'schema.graphql'), corpus: 'graph', generate: true },
];

for (const { file: path, corpus, generate } of schemas) {
  const file = basename(path);
  let engine;
  let ourSdl;
  let clientSchema;

  before(async () => {
    engine = startEngine(path);
    ourSdl = (await engine.ask({ op: 'sdl' })).sdl;
    const query = getIntrospectionQuery({
      descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true,
    });
    const result = await engine.ask({ op: 'execute', query });
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    clientSchema = buildClientSchema(result.data);
  });

  after(() => engine?.stop());

  test(`${file}: introspection → buildClientSchema → printSchema equals our SDL`, () => {
    assert.equal(printSchema(clientSchema), ourSdl);
  });

  test(`${file}: our SDL reads back in graphql-js and prints unchanged`, () => {
    assert.equal(printSchema(buildSchema(ourSdl)), ourSdl);
  });

  test(`${file}: validation matches graphql-js on every corpus document`, async () => {
    const documents = [...loadCorpus(corpus), ...(generate ? generatedDocuments(buildSchema(readFileSync(path, 'utf8'))) : [])];
    const known = knownDifferences(corpus);
    const mismatches = [];
    const knownSeen = [];
    for (const document of documents) {
      const expected = referenceErrors(clientSchema, document.text);
      const actual = (await engine.ask({ op: 'validate', query: document.text })).errors;
      const same = JSON.stringify(normalise(expected)) === JSON.stringify(normalise(actual));
      if (!same && known.has(document.name)) knownSeen.push({ document: document.name, why: known.get(document.name), expected, actual });
      else if (!same) mismatches.push({ document: document.name, text: document.text, expected, actual });
    }
    const invalid = documents.filter((d) => referenceErrors(clientSchema, d.text).length > 0).length;
    console.log(`corpus ${corpus}: ${documents.length} documents (${invalid} invalid per graphql-js), ` +
      `${documents.length - mismatches.length - knownSeen.length} agree, ${knownSeen.length} known differences`);
    for (const k of knownSeen) {
      console.log(`KNOWN DIFFERENCE ${k.document}: ${k.why}\n  graphql-js: ${JSON.stringify(normalise(k.expected))}\n  ours:       ${JSON.stringify(normalise(k.actual))}`);
    }
    for (const m of mismatches) {
      console.log(`MISMATCH ${m.document}\n${m.text}\n  graphql-js: ${JSON.stringify(normalise(m.expected))}\n  ours:       ${JSON.stringify(normalise(m.actual))}`);
    }
    // A listed difference that no longer shows (or a name that matches no document) must leave the list.
    const stale = [...known.keys()].filter((name) => !knownSeen.some((k) => k.document === name));
    assert.deepEqual(stale, [], `known differences that now agree or name no document: ${stale.join(', ')}`);
    assert.equal(mismatches.length, 0, `${mismatches.length} documents disagree with graphql-js`);
  });

  const executionFile = join(dirname(fileURLToPath(import.meta.url)), 'corpus', `${corpus}-execution.json`);
  if (existsSync(executionFile)) {
    test(`${file}: execution matches graphql-js (data, and errors by message, path and locations)`, async () => {
      const { rootValue, cases } = JSON.parse(readFileSync(executionFile, 'utf8'));
      const executable = buildSchema(ourSdl);
      const mismatches = [];
      for (const { query, variables, operationName } of cases) {
        const expected = await graphql({ schema: executable, source: query, rootValue, variableValues: variables, operationName });
        const actual = await engine.ask({ op: 'execute', query, variables, rootValue, operationName });
        const a = JSON.stringify(comparable(actual));
        const e = JSON.stringify(comparable(JSON.parse(JSON.stringify(expected))));
        if (a !== e) mismatches.push({ query, expected: e, actual: a });
      }
      console.log(`execution ${corpus}: ${cases.length} cases, ${cases.length - mismatches.length} agree`);
      for (const m of mismatches) console.log(`MISMATCH ${m.query}\n  graphql-js: ${m.expected}\n  ours:       ${m.actual}`);
      assert.equal(mismatches.length, 0, `${mismatches.length} executions disagree with graphql-js`);
    });
  }
}

/**
 * corpus/<corpus>-known-differences.json: { "<document name>": "why we differ" } — documents where our engine
 * is known to disagree with graphql-js; reported on every run, not failed on, and failed on once they agree.
 */
function knownDifferences(corpus) {
  const file = join(here, 'corpus', `${corpus}-known-differences.json`);
  return new Map(existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8'))) : []);
}

/** A response without extensions (graphql-js has no error codes), errors sorted by path then message. */
function comparable(response) {
  const errors = (response.errors ?? []).map((e) => ({ message: e.message, path: e.path ?? null, locations: e.locations ?? [] }));
  errors.sort((x, y) => JSON.stringify([x.path, x.message]).localeCompare(JSON.stringify([y.path, y.message])));
  return { errors, hasData: 'data' in response, data: response.data ?? null };
}

function referenceErrors(schema, text) {
  let document;
  try {
    document = parse(text);
  } catch (error) {
    if (error instanceof GraphQLError) return [{ message: error.message, locations: error.locations }];
    throw error;
  }
  return validate(schema, document).map((e) => ({ message: e.message, locations: e.locations ?? [] }));
}

/** Errors compared as a set: message with its locations, sorted. */
function normalise(errors) {
  return errors
    .map((e) => `${e.message} @ ${(e.locations ?? []).map((l) => `${l.line}:${l.column}`).join(',')}`)
    .sort();
}
