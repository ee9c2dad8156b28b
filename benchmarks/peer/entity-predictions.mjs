// Runs compromise over documents (one JSON string per line, as `tools/EntityEval --texts` writes them) and prints
// its people, organizations and places per document as the predictions `tools/EntityEval --predictions` scores:
// one JSON array per line of {"start", "end", "type": "PER"|"ORG"|"LOC"}, offsets in UTF-16 code units.
// Usage: node entity-predictions.mjs TEXTS.jsonl
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(line => line.length > 0);
for (const line of lines) {
  const text = JSON.parse(line);
  const doc = nlp(text);
  const names = [];
  for (const [type, matches] of [['PER', doc.people()], ['ORG', doc.organizations()], ['LOC', doc.places()]]) {
    for (const m of matches.json({ offset: true })) {
      const name = trim(text, m.offset.start, m.offset.start + m.offset.length);
      if (name.end > name.start) {
        names.push({ ...name, type });
      }
    }
  }
  console.log(JSON.stringify(names));
}

// compromise keeps the spaced punctuation of tokenized text in a match ("Germany )"); trimmed here, in its favour,
// so that exact-span scoring counts names, not tokenization.
function trim(text, start, end) {
  while (start < end && /[\s()\[\]"',;:]/.test(text[start])) start++;
  while (end > start && /[\s()\[\]"',;:]/.test(text[end - 1])) end--;
  return { start, end };
}
