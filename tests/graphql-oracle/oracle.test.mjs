// Our engine against graphql-js, the reference implementation:
//  1. our introspection result loads with buildClientSchema and prints the same SDL as our printer;
//  2. for every corpus document, our validation reports the same errors (count, locations, messages) as validate().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, graphql, parse, printSchema, validate, GraphQLError,
} from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEngine } from './engine.mjs';
import { loadCorpus } from './corpus.mjs';

const schemas = [
  { file: 'pets.graphql', corpus: 'pets' },
  { file: 'features.graphql', corpus: 'features' },
];

for (const { file, corpus } of schemas) {
  let engine;
  let ourSdl;
  let clientSchema;

  before(async () => {
    engine = startEngine(file);
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
    const documents = loadCorpus(corpus);
    const mismatches = [];
    for (const document of documents) {
      const expected = referenceErrors(clientSchema, document.text);
      const actual = (await engine.ask({ op: 'validate', query: document.text })).errors;
      const same = JSON.stringify(normalise(expected)) === JSON.stringify(normalise(actual));
      if (!same) mismatches.push({ document: document.name, text: document.text, expected, actual });
    }
    console.log(`corpus ${corpus}: ${documents.length} documents, ${documents.length - mismatches.length} agree`);
    for (const m of mismatches) {
      console.log(`MISMATCH ${m.document}\n${m.text}\n  graphql-js: ${JSON.stringify(normalise(m.expected))}\n  ours:       ${JSON.stringify(normalise(m.actual))}`);
    }
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
