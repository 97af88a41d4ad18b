import { readFileSync } from 'node:fs';
import { readArticle } from '../server/extract/document';
const a = readArticle(readFileSync(process.argv[2] ?? '/tmp/u.txt', 'utf8'));
for (const p of a.paragraphs) for (const s of p.sentences) console.log('>>', s.tokens.map((t) => t.text).join(' '));
