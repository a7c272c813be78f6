// The explorer page in a real browser (Debian's Chromium via playwright-core) against the real `graph serve`,
// over a store filled by the real `graph ingest` from the seed articles plus one article this test writes (it has
// a title, a link and a date, so the evidence view's citation is checked in full). Each test saves a screenshot.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, screenshot } from './support/browser.js';
import { ingestedStore, ingestInto, repo, serve } from './support/graph.js';

const seeds = join(repo, '..', 'shared', 'extraction', 'articles');

const ownArticle = `title: Scholz and Macron meet in Berlin
url: https://news.example.org/2024/03/scholz-macron-berlin
date: 2024-03-05

German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Tuesday. Scholz criticized Putin over the war in Ukraine.
`;

let store;
let server;
let browser;

before(async () => {
  store = await ingestedStore([seeds]);
  const extra = join(store.folder, 'extra');
  mkdirSync(extra);
  writeFileSync(join(extra, 'scholz-macron.txt'), ownArticle);
  await ingestInto(store, extra);
  server = await serve(store);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  store?.remove();
});

/** A new tab on the explorer at `query` (e.g. "?entity=person:putin"), with the page's errors collected. */
async function open(query = '') {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.errors = errors;
  await page.goto(`${server.url}/${query}`);
  return page;
}

/** Waits until the drawing has settled (no render in flight) and returns its nodes and edges as cytoscape holds them. */
async function drawing(page) {
  await page.waitForFunction(() => !document.getElementById('main').hasAttribute('aria-busy'));
  return page.evaluate(() => {
    const cy = window.graphExplorer.cy;
    return {
      nodes: cy.nodes().map((n) => ({ key: n.id(), name: n.data('name'), classes: n.classes() })),
      edges: cy.edges().map((e) => ({ id: e.id(), type: e.data('type'), source: e.source().data('name'), target: e.target().data('name'), classes: e.classes() })),
    };
  });
}

async function waitForNode(page, name) {
  await page.waitForFunction((n) => window.graphExplorer.cy.nodes().some((node) => node.data('name') === n), name);
}

/** Clicks the canvas where cytoscape drew an element (a node's centre, an edge's midpoint): the page's own hit-testing decides. */
async function clickOnCanvas(page, find, { double = false } = {}) {
  const at = await page.evaluate((spec) => {
    const cy = window.graphExplorer.cy;
    const element = spec.node
      ? cy.nodes().filter((n) => n.data('name') === spec.node)
      : cy.edges().filter((e) => e.data('type') === spec.type && e.source().data('name') === spec.source && e.target().data('name') === spec.target);
    if (element.empty()) return null;
    const p = spec.node ? element.renderedPosition() : element.renderedMidpoint();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, find);
  assert.ok(at, `nothing drawn for ${JSON.stringify(find)}`);
  if (double) await page.mouse.dblclick(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
}

describe('the explorer page', () => {
  test('is served at / with the API beside it: page revalidated, hashed assets cached, API paths not swallowed', async () => {
    const page = await fetch(`${server.url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /text\/html/);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    const html = await page.text();
    assert.match(html, /<title>Graph explorer<\/title>/);
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    assert.ok(script, 'the page loads a hashed script from /assets/');
    const asset = await fetch(`${server.url}${script}`);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('cache-control'), /max-age=31536000.*immutable/);
    const deepLink = await fetch(`${server.url}/some/shared/link?entity=person:putin`);
    assert.equal(deepLink.status, 200, 'an extensionless path answers the page');
    assert.equal((await fetch(`${server.url}/graphql/nothing-here`)).status, 404);
    assert.equal((await fetch(`${server.url}/missing.js`)).status, 404);
    const api = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { articles } }"}' });
    assert.deepEqual(await api.json(), { data: { stats: { articles: 3 } } });
  });

  test('search "Putin" shows it with its type and counts; opening it draws its neighbourhood', async () => {
    const page = await open();
    await page.fill('#search-input', 'Putin');
    await page.press('#search-input', 'Enter');
    const hit = page.locator('#search-results button[data-key="person:putin"]');
    await hit.waitFor();
    const hitText = await hit.innerText();
    assert.match(hitText, /Putin/);
    assert.match(hitText, /person/i, 'a type badge');
    assert.match(hitText, /\d+ mentions? · \d+ relations?/, 'mention and relation counts');
    await hit.click();
    await page.waitForURL(/entity=person%3Aputin/);
    await waitForNode(page, 'Xi Jinping');
    const { nodes, edges } = await drawing(page);
    const names = nodes.map((n) => n.name);
    for (const name of ['Putin', 'Xi Jinping', 'Narendra Modi', 'Olaf Scholz']) assert.ok(names.includes(name), `${name} is drawn (drawn: ${names})`);
    assert.ok(edges.some((e) => e.type === 'MET' && e.source === 'Putin' && e.target === 'Xi Jinping'), 'Putin -[:MET]- Xi Jinping is drawn');
    assert.ok(nodes.find((n) => n.key === 'person:putin').classes.includes('focus'));
    assert.match(await page.locator('#entity-title').innerText(), /Putin/);
    assert.match(await page.title(), /Putin/);
    await screenshot(page, '1-search-putin');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('double-clicking a neighbour expands it: its own neighbours join the drawing', async () => {
    const page = await open('?entity=person:putin');
    await waitForNode(page, 'Ukraine');
    const before = await drawing(page);
    assert.ok(!before.nodes.some((n) => n.name === 'NATO'), 'NATO is not a neighbour of Putin');
    await clickOnCanvas(page, { node: 'Ukraine' }, { double: true });
    await page.waitForURL(/expand=location%3Aukraine/);
    await waitForNode(page, 'NATO');
    const afterExpand = await drawing(page);
    assert.ok(afterExpand.nodes.length > before.nodes.length);
    assert.ok(afterExpand.nodes.find((n) => n.name === 'Ukraine').classes.includes('expanded'));
    assert.ok(afterExpand.edges.some((e) => [e.source, e.target].includes('NATO') && [e.source, e.target].includes('Ukraine')), 'the Ukraine–NATO relation is drawn');
    assert.match(await page.locator('#entity-title').innerText(), /Ukraine/, 'the expanded entity is selected');
    await screenshot(page, '2-expand-neighbour');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('clicking an edge shows the sentences behind it, names marked, with title, date and link', async () => {
    const page = await open('?entity=person:putin');
    await waitForNode(page, 'Olaf Scholz');
    await clickOnCanvas(page, { type: 'CRITICIZED', source: 'Olaf Scholz', target: 'Putin' });
    await page.waitForURL(/edge=/);
    const evidence = page.locator('#evidence');
    await evidence.locator('blockquote').first().waitFor();
    assert.match(await evidence.locator('h2').innerText(), /Olaf Scholz —CRITICIZED→ Putin/);
    const sentence = evidence.locator('blockquote').first();
    assert.equal(await sentence.innerText(), 'Scholz criticized Putin over the war in Ukraine.');
    assert.equal(await sentence.locator('mark.subject').first().innerText(), 'Scholz');
    assert.equal(await sentence.locator('mark.object').first().innerText(), 'Putin');
    const link = evidence.locator('.cite a');
    assert.equal(await link.innerText(), 'Scholz and Macron meet in Berlin');
    assert.equal(await link.getAttribute('href'), 'https://news.example.org/2024/03/scholz-macron-berlin');
    assert.match(await evidence.locator('.cite').innerText(), /5 Mar 2024/);
    await screenshot(page, '3-evidence-titled-article');

    // A seed article's edge: the sentence from seed-003 (dated inline, no title: the article's id stands in).
    await clickOnCanvas(page, { type: 'MET', source: 'Putin', target: 'Xi Jinping' });
    await page.waitForFunction(() => /Xi Jinping/.test(document.querySelector('#evidence h2')?.textContent ?? ''));
    const seedSentence = await evidence.locator('blockquote').first().innerText();
    assert.match(seedSentence, /with whom Putin met in Samarkand/);
    const marks = await evidence.locator('blockquote').first().locator('mark').allInnerTexts();
    assert.ok(marks.includes('Putin') && marks.some((m) => /Xi Jinping/.test(m)), `both ends marked (marks: ${marks})`);
    assert.match(await evidence.locator('.cite').first().innerText(), /seed-003 · .*2022/);
    const selected = (await drawing(page)).edges.filter((e) => e.classes.includes('selected'));
    assert.deepEqual(selected.map((e) => e.type), ['MET'], 'the open edge is highlighted');
    await screenshot(page, '3-evidence-seed-article');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the path finder links two entities and draws the path', async () => {
    const page = await open();
    await page.fill('#path-from-input', 'Xi Jinping');
    await page.press('#path-from-input', 'Enter');
    await page.click('#path-from-results button[data-key="person:xi-jinping"]');
    await page.waitForURL(/from=person%3Axi-jinping/);
    await page.fill('#path-to-input', 'Modi');
    await page.press('#path-to-input', 'Enter');
    await page.click('#path-to-results button[data-key="person:narendra-modi"]');
    await page.waitForURL(/to=person%3Anarendra-modi/);
    const first = page.locator('#path-list li').first();
    await first.waitFor();
    const text = await first.innerText();
    assert.match(text, /^Xi Jinping\s+—MET—\s+Putin\s+←WARNED—\s+Narendra Modi$/, `the path reads ${text}`);
    const { edges } = await drawing(page);
    const onPath = edges.filter((e) => e.classes.includes('path')).map((e) => e.type).sort();
    assert.deepEqual(onPath, ['MET', 'WARNED']);
    await first.locator('button', { hasText: 'WARNED' }).click();
    await page.locator('#evidence blockquote').first().waitFor();
    assert.match(await page.locator('#evidence h2').innerText(), /Narendra Modi —WARNED→ Putin/);
    await screenshot(page, '4-path-finder');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('the URL holds the view: reload restores it, Back steps back through it', async () => {
    const page = await open('?entity=person:putin');
    await waitForNode(page, 'Olaf Scholz');
    await page.click('#entity-list button[data-key="person:olaf-scholz"]');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'entity-title', 'picking from the list moves focus to the entity');
    assert.match(await page.locator('#entity-title').innerText(), /Olaf Scholz/);
    await page.click('#entity-expand');
    await waitForNode(page, 'Emmanuel Macron');
    await page.click('#type-MET');
    await page.waitForURL(/types=MET/);
    // MET reads the same both ways: the API puts its ends in a canonical order.
    const metLabel = /^(Olaf Scholz —MET— Emmanuel Macron|Emmanuel Macron —MET— Olaf Scholz)/;
    await page.locator('#relation-list button', { hasText: metLabel }).click();
    await page.locator('#evidence blockquote').first().waitFor();
    const url = page.url();
    assert.match(url, /entity=person%3Aputin/);
    assert.match(url, /expand=person%3Aolaf-scholz/);
    assert.match(url, /edge=/);

    await page.reload();
    await page.locator('#evidence blockquote').first().waitFor();
    assert.equal(page.url(), url);
    const heading = await page.locator('#evidence h2').innerText();
    assert.match(heading, metLabel);
    // The marks follow the heading's order even though the sentence names the two the other way round.
    const subjectName = heading.startsWith('Emmanuel Macron') ? 'Emmanuel Macron' : 'Olaf Scholz';
    assert.equal(await page.locator('#evidence blockquote mark.subject').first().innerText(), subjectName);
    assert.ok(await page.isChecked('#type-MET'), 'the type filter is restored');
    const restored = await drawing(page);
    assert.ok(restored.nodes.some((n) => n.name === 'Emmanuel Macron'), 'the expansion is restored');
    assert.ok(restored.edges.every((e) => e.type === 'MET'), `only MET drawn: ${restored.edges.map((e) => e.type)}`);
    await screenshot(page, '5-url-reload');

    await page.goBack();
    await page.waitForFunction(() => document.getElementById('evidence').hidden);
    assert.doesNotMatch(page.url(), /edge=/);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('types='));
    await page.goBack();
    await page.waitForFunction(() => !window.graphExplorer.cy.nodes().some((n) => n.data('name') === 'Emmanuel Macron'));
    assert.doesNotMatch(page.url(), /expand=/);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('filters: relation types and a time window narrow the drawing', async () => {
    const page = await open('?entity=person:putin');
    await waitForNode(page, 'Xi Jinping');
    const all = await drawing(page);
    await page.click('#type-MET');
    await page.waitForURL(/types=MET/);
    await page.waitForFunction(() => window.graphExplorer.cy.edges().every((e) => e.data('type') === 'MET'));
    const met = await drawing(page);
    assert.ok(met.edges.length > 0 && met.edges.length < all.edges.length);
    await page.click('#filter-clear');
    await page.waitForFunction(() => !location.search.includes('types='));
    await page.fill('#filter-since', '2024-01-01');
    await page.waitForURL(/since=2024-01-01/);
    await page.fill('#filter-until', '2024-12-31');
    await page.waitForURL(/until=2024-12-31/);
    await page.waitForFunction(() => window.graphExplorer.cy.edges().length === 1);
    const windowed = await drawing(page);
    assert.deepEqual(windowed.edges.map((e) => `${e.source} ${e.type} ${e.target}`), ['Olaf Scholz CRITICIZED Putin'], 'only the 2024 article’s relation');
    assert.match(await page.locator('#status').innerText(), /outside the time window are hidden/);
    await screenshot(page, '6-filters');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('keyboard only: search, pick, and open a relation’s evidence, with a visible focus', async () => {
    const page = await open();
    // Tab order: the two skip links, then the search box.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the search');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'search-input');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused search box shows a focus ring');
    await page.keyboard.type('Putin');
    await page.keyboard.press('Enter');
    await page.locator('#search-results button').first().waitFor();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.key), 'person:putin');
    await page.keyboard.press('Enter');
    await page.waitForURL(/entity=person%3Aputin/);
    await page.locator('#relation-list button').first().waitFor();
    // Tab on to the first relation in the list: the keyboard's way into the drawing.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('#relation-list') !== null);
    }
    assert.ok(reached, 'the relation list is reachable with Tab');
    const label = await page.evaluate(() => document.activeElement.textContent);
    await page.keyboard.press('Enter');
    await page.locator('#evidence blockquote').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'evidence-title', 'focus moves to the opened evidence');
    assert.ok(label.startsWith(await page.locator('#evidence h2').innerText()), `the evidence is for "${label}"`);
    await screenshot(page, '7-keyboard-only');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('a query the server refuses is shown with the server’s reason', async () => {
    const page = await open('?entity=person:putin&types=NOT_A_TYPE');
    const status = page.locator('#status.error');
    await status.waitFor();
    const text = await status.innerText();
    assert.match(text, /refused the query/);
    assert.match(text, /Unknown relation type "NOT_A_TYPE"/);
    assert.equal(await status.getAttribute('role'), 'alert');
    await screenshot(page, '8-graphql-error');
    await page.close();
  });

  test('a server that went away is reported', async () => {
    const own = await serve(store);
    const page = await browser.context.newPage();
    await page.goto(`${own.url}/`);
    await page.locator('#search-input').waitFor();
    await own.stop();
    await page.fill('#search-input', 'Putin');
    await page.press('#search-input', 'Enter');
    const status = page.locator('#status.error');
    await status.waitFor();
    assert.match(await status.innerText(), /cannot be reached/);
    await screenshot(page, '9-server-down');
    await page.close();
  });
});
