// `npm run vocabulary:write`: rewrites the README's table of relation types from the vocabulary.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withVocabularyTable } from '../model/vocabulary-table';

const readme = path.resolve(__dirname, '..', '..', 'README.md');
writeFileSync(readme, withVocabularyTable(readFileSync(readme, 'utf8')));
console.log('wrote the vocabulary table of README.md');
