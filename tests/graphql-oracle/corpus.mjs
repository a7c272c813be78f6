// Reads the document corpus: corpus/<schema>/*.graphql, documents separated by lines of "# ---".
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function loadCorpus(schemaName) {
  const dir = join(here, 'corpus', schemaName);
  const documents = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const parts = readFileSync(join(dir, file), 'utf8').split(/^# ---.*\n/m);
    parts.forEach((text, index) => {
      if (text.trim().length > 0) documents.push({ name: `${file}#${index + 1}`, text });
    });
  }
  return documents;
}
