import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readPage } from '../lib/extract/read-page';
const [file, url] = process.argv.slice(2);
const doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
const p = readPage(doc, new URL(url));
console.log(p.site, p.kind, p.cards.length);
for (const c of p.cards) console.log(' card', c.key, '|', c.title, '|', c.company, '|', c.location, '|', c.snippet.slice(0, 60), '|', c.url);
if (p.posting) { const { text, textMap, anchor, ...rest } = p.posting; console.log(rest); console.log(text); }
