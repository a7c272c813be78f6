// Reads the Neo4j Browser kit under cypher/browser/ for its checks: the saved queries (one titled statement each), the
// guide (well-formed slides whose runnable blocks are :param commands or saved queries) and the GraSS style (its rules
// and captions). Every check returns problems as strings, so the tests can show all of them and prove broken kits fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserKitRoot, entityLabel, lintText, ontologyNames } from './lint-cypher.mjs';

export const savedQueriesFile = join(browserKitRoot, 'saved-queries.cypher');
export const guideFile = join(browserKitRoot, 'guide.html');
export const styleFile = join(browserKitRoot, 'graph.grass');

/** The saved queries: [{title, text}], split at ';' line ends; each must open with a "// Title: …" comment. */
export function savedQueries(source = readFileSync(savedQueriesFile, 'utf8')) {
  const queries = [];
  const problems = [];
  for (const chunk of source.split(/;\s*\n/)) {
    const lines = chunk.split('\n');
    const titleLine = lines.find((l) => l.startsWith('// Title:'));
    const text = lines.filter((l) => !l.trimStart().startsWith('//')).join('\n').trim();
    if (text.length === 0) continue;
    if (!titleLine) problems.push(`a saved query has no "// Title:" line: ${text.split('\n')[0]}`);
    queries.push({ title: titleLine ? titleLine.slice('// Title:'.length).trim() : '', text });
  }
  return { queries, problems };
}

const entities = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/** Text of an HTML fragment with the entities the guide uses decoded (numeric ones included). */
export function decode(html) {
  return html
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&(lt|gt|amp|quot|#39);/g, (e) => entities[e]);
}

const voidElements = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr']);

/** Well-formedness of the guide's markup: every tag closed in order, attributes quoted, no stray '<' or bare '&'. */
export function markupProblems(html) {
  const problems = [];
  const open = [];
  const lineOf = (index) => html.slice(0, index).split('\n').length;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-:]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<|&(?![a-zA-Z]+;|#\d+;)/g;
  for (const m of html.matchAll(tag)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[0] === '<') { problems.push(`line ${lineOf(m.index)}: '<' that starts no well-formed tag`); continue; }
    if (m[0] === '&') { problems.push(`line ${lineOf(m.index)}: bare '&' (write &amp;)`); continue; }
    const [, closing, name, , selfClosing] = m;
    const lower = name.toLowerCase();
    if (closing) {
      const top = open.pop();
      if (!top || top.name !== lower) problems.push(`line ${lineOf(m.index)}: </${name}> closes ${top ? `<${top.name}> of line ${top.line}` : 'nothing'}`);
    } else if (!selfClosing && !voidElements.has(lower)) {
      open.push({ name: lower, line: lineOf(m.index) });
    }
  }
  for (const left of open) problems.push(`line ${left.line}: <${left.name}> is never closed`);
  return problems;
}

/** The guide's slides and runnable blocks: {slides: [{title, blocks: [text]}], problems}. */
export function guide(html = readFileSync(guideFile, 'utf8')) {
  const problems = markupProblems(html);
  if (!/^\s*<article class="guide">/.test(html) || !/<\/article>\s*$/.test(html)) problems.push('the guide must be one <article class="guide"> element');
  const carousel = /<carousel\b[^>]*>([\s\S]*)<\/carousel>/.exec(html);
  if (!carousel) problems.push('the guide has no <carousel> of slides');
  const slides = [...(carousel?.[1] ?? '').matchAll(/<slide\b[^>]*>([\s\S]*?)<\/slide>/g)].map((s) => ({
    title: decode(/<h3>([\s\S]*?)<\/h3>/.exec(s[1])?.[1] ?? ''),
    blocks: [...s[1].matchAll(/<pre mode="cypher"[^>]*>([\s\S]*?)<\/pre>/g)].map((b) => decode(b[1]).trim()),
  }));
  slides.forEach((s, i) => { if (!s.title) problems.push(`slide ${i + 1} has no <h3> title`); });
  return { slides, problems };
}

/** Problems of one runnable block: a ":param name => value" command (its value linted as an expression) or a saved query. */
export function blockProblems(block, saved) {
  const param = /^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+)$/s.exec(block);
  if (param) return lintText(`RETURN ${param[2]} AS ${param[1]}`).map((p) => `:param ${param[1]}: ${p.message}`);
  if (block.startsWith(':')) return [`"${block.split('\n')[0]}" is a Browser command other than :param`];
  if (!saved.some((q) => q.text === block)) return [`a runnable block is not one of the saved queries (keep them the same): ${block.split('\n')[0]}`];
  return lintText(block).map((p) => `${block.split('\n')[0]} — ${p.line}:${p.column} ${p.message}`);
}

/** The GraSS rules: {selector: {property: value}}; problems when the text is not a sequence of "selector { key: value; }". */
export function grass(text = readFileSync(styleFile, 'utf8')) {
  const rules = {};
  const problems = [];
  const rule = /\s*([A-Za-z_][\w.]*)\s*\{((?:'[^']*'|[^{}'])*)\}/y;
  let m;
  let at = 0;
  while ((m = rule.exec(text)) !== null) {
    at = rule.lastIndex;
    const props = {};
    for (const decl of m[2].split(';').map((d) => d.trim()).filter(Boolean)) {
      const colon = decl.indexOf(':');
      if (colon < 0) { problems.push(`${m[1]}: "${decl}" is not "property: value"`); continue; }
      props[decl.slice(0, colon).trim()] = decl.slice(colon + 1).trim();
    }
    if (rules[m[1]]) problems.push(`${m[1]} has two rules`);
    rules[m[1]] = props;
  }
  if (text.slice(at).trim().length > 0) problems.push(`cannot read the style from: ${text.slice(at).trim().split('\n')[0]}`);
  return { rules, problems };
}

/** What the style must hold: a rule with colour and caption per ontology entity type, a '<type>' caption per relation type; captions lint. */
export function styleProblems(rules, ontology = ontologyNames()) {
  const problems = [];
  const entityTypes = ontology.labels;
  for (const label of entityTypes) {
    const r = rules[`node.${label}`];
    if (!r) { problems.push(`no rule node.${label}`); continue; }
    if (!/^#[0-9A-Fa-f]{6}$/.test(r.color ?? '')) problems.push(`node.${label} has no colour (#RRGGBB)`);
    if (!r.caption) problems.push(`node.${label} has no caption`);
  }
  for (const type of ontology.relationshipTypes) {
    const r = rules[`relationship.${type}`];
    if (!r) problems.push(`no rule relationship.${type}`);
    else if (r.caption !== "'<type>'") problems.push(`relationship.${type} caption is ${r.caption}, not '<type>'`);
  }
  for (const [selector, props] of Object.entries(rules)) {
    if (!props.caption) continue;
    const [kind, name] = selector.split('.');
    const caption = /^'(?:\{([A-Za-z_]\w*)\}|<(type|id)>)'$/.exec(props.caption);
    if (!caption) { problems.push(`${selector} caption ${props.caption} is neither '{property}' nor '<type>'`); continue; }
    const query = kind === 'node'
      ? `MATCH (n${name ? `:${name}` : ''}) RETURN ${caption[1] ? `n.${caption[1]}` : 'elementId(n)'} AS caption`
      : `MATCH ()-[r${name ? `:${name}` : ''}]->() RETURN ${caption[2] === 'type' ? 'type(r)' : caption[1] ? `r.${caption[1]}` : 'elementId(r)'} AS caption`;
    problems.push(...lintText(query).map((p) => `${selector} caption ${props.caption}: ${p.message}`));
  }
  return problems;
}

export { entityLabel };
