// The Neo4j Browser kit (cypher/browser/): every saved query, every runnable block of the guide and every caption of the
// style passes Neo4j's parser and semantic analysis against the adapter's model; the guide is well-formed slides; the
// style has a rule for every entity and relation type of the ontology. Broken kits are shown to fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockProblems, grass, guide, markupProblems, savedQueries, styleProblems } from './browser-kit.mjs';
import { lintText } from './lint-cypher.mjs';

test('every saved query has a title and passes the Cypher check', () => {
  const { queries, problems } = savedQueries();
  assert.deepEqual(problems, []);
  assert.ok(queries.length >= 10, `expected the kit's queries, found ${queries.length}`);
  const lint = queries.flatMap((q) => lintText(q.text).map((p) => `${q.title}: ${p.line}:${p.column} ${p.message}`));
  assert.deepEqual(lint, []);
  assert.equal(new Set(queries.map((q) => q.title)).size, queries.length, 'titles are distinct');
});

test('the saved queries cover what an analyst asks', () => {
  const all = savedQueries().queries.map((q) => q.text).join('\n');
  for (const [what, pattern] of [
    ['who met whom', /\[r:MET\]/], ['who criticized whom', /\[r:CRITICIZED\]/], ['strongest relations', /ORDER BY support DESC/],
    ['paths between two people', /allShortestPaths/], ['a timeline', /ORDER BY date/], ['facts with their sentences', /s\.sentence AS sentence/],
  ]) {
    assert.match(all, pattern, what);
  }
  assert.doesNotMatch(all, /'[A-Z][a-z]+ [A-Z][a-z]+'/, 'names come in as parameters, never written into a query');
});

test('the guide is well-formed slides whose runnable blocks are :param commands or saved queries, all passing the check', () => {
  const { slides, problems } = guide();
  assert.deepEqual(problems, []);
  assert.ok(slides.length >= 8, `slides: ${slides.length}`);
  const saved = savedQueries().queries;
  const blocks = slides.flatMap((s) => s.blocks);
  assert.deepEqual(blocks.flatMap((b) => blockProblems(b, saved)), []);
  assert.deepEqual(saved.filter((q) => !blocks.includes(q.text)).map((q) => q.title), [], 'the guide walks through every saved query');
  assert.ok(blocks.some((b) => b.startsWith(':param person')), 'the guide sets its parameters');
});

test('the style has a colour and caption for every entity type and the relation type on every edge; captions pass the check', () => {
  const { rules, problems } = grass();
  assert.deepEqual(problems, []);
  assert.deepEqual(styleProblems(rules), []);
});

test('a broken guide fails: an unclosed tag, a stray <, a block that is not a saved query, a bad :param', () => {
  assert.ok(markupProblems('<article class="guide"><slide><p>open</slide></article>').some((p) => /closes <p>/.test(p)));
  assert.ok(markupProblems('<p>a < b</p>').some((p) => /'<' that starts no well-formed tag/.test(p)));
  assert.ok(markupProblems('<p>R&D</p>').some((p) => /bare '&'/.test(p)));
  assert.ok(guide('<article class="guide"><p>no slides</p></article>').problems.some((p) => /no <carousel>/.test(p)));
  const saved = savedQueries().queries;
  assert.ok(blockProblems('MATCH (e:Entity) RETURN e.name AS name', saved).some((p) => /not one of the saved queries/.test(p)));
  assert.ok(blockProblems(":param person => 'unclosed", saved).length > 0);
  assert.ok(blockProblems(':clear', saved).some((p) => /other than :param/.test(p)));
});

test('a broken style fails: a missing type, a wrong edge caption, a misspelled caption property, unreadable text', () => {
  const { rules } = grass();
  const withoutPerson = { ...rules };
  delete withoutPerson['node.Person'];
  assert.ok(styleProblems(withoutPerson).includes('no rule node.Person'));
  assert.ok(styleProblems({ ...rules, 'relationship.MET': { caption: "'{support}'" } }).some((p) => /relationship.MET caption/.test(p)));
  assert.ok(styleProblems({ ...rules, 'node.Person': { color: '#FFFFFF', caption: "'{nmae}'" } }).some((p) => /nmae/.test(p)));
  assert.ok(grass('node { color: #FFF; } relationship {').problems.some((p) => /cannot read the style/.test(p)));
});
