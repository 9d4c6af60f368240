// Expands a diplograph JSON-LD file with jsonld.js in safe mode and prints
// N-Quads. Fails on any undefined term or dropped value. No URL is fetched.
const fs = require('fs');
const jsonld = require('jsonld');

const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const documentLoader = async (url) => {
  throw new Error('refusing to fetch ' + url);
};
(async () => {
  const expanded = await jsonld.expand(doc, {safe: true, documentLoader});
  const nquads = await jsonld.toRDF(expanded, {format: 'application/n-quads', safe: true, documentLoader});
  if (!nquads.trim()) throw new Error('no triples');
  process.stdout.write(nquads);
})().catch((err) => {
  console.error(err && err.message ? err.message : err);
  process.exit(1);
});
