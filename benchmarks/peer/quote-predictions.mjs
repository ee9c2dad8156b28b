// Runs a peer over every article of a PolNeAR split and prints its quotes as the predictions file that
// `newsentities eval-polnear --predictions` scores (one JSON line per article, offsets in UTF-16 code units).
// Usage: node quote-predictions.mjs quote-parser|compromise TEXT_DIR
//   quote-parser: quotes and their authors, with the options its README shows for English ({ minLength: 10 });
//                 the author's span is the one it reports (name.index, name.text), which its README calls "NOT exact".
//   compromise:   doc.quotations(), which names no speaker.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const quoteParser = require('quote-parser');

const [system, dir] = process.argv.slice(2);
const systems = {
  'quote-parser': text => quoteParser.parse(text, 'en', { minLength: 10 }).map(q => ({
    start: q.index,
    end: q.index + q.text.length,
    ...(q.name && q.name.text ? { speakerStart: q.name.index, speakerEnd: q.name.index + q.name.text.length } : {}),
  })),
  compromise: text => nlp(text).quotations().json({ offset: true }).map(q => ({
    start: q.offset.start,
    end: q.offset.start + q.offset.length,
  })),
};
if (!systems[system] || !dir) {
  console.error('usage: node quote-predictions.mjs quote-parser|compromise TEXT_DIR');
  process.exit(2);
}

for (const file of readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
  // .NET's File.ReadAllText drops a byte order mark; so must we, or every offset is one off.
  const text = readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '');
  const quotes = systems[system](text).filter(q => q.start >= 0 && q.end <= text.length && q.start < q.end);
  console.log(JSON.stringify({ document: file.slice(0, -'.txt'.length), quotes }));
}
