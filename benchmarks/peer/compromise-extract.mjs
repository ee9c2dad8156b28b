// Reads a JSON Lines corpus (one JSON string per line) and does with compromise what `newsentities extract` does:
// people, organizations, places and quotations per document. Prints one JSON line of throughput figures to stderr,
// in the same shape as `newsentities extract --stats`, and a count of what it found to stdout.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const path = process.argv[2];
const loadStart = process.hrtime.bigint();
nlp('Warm up the lexicon.').people();
const modelLoadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;

const documents = readFileSync(path, 'utf8').split('\n').filter(line => line.length > 0).map(line => JSON.parse(line));
let bytes = 0;
let found = 0;
const start = process.hrtime.bigint();
for (const text of documents) {
  bytes += Buffer.byteLength(text, 'utf8');
  const doc = nlp(text);
  found += doc.people().length + doc.organizations().length + doc.places().length + doc.quotations().length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.error(JSON.stringify({ documents: documents.length, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, modelLoadSeconds }));
console.log(JSON.stringify({ found }));
