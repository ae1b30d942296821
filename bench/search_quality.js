#!/usr/bin/env node
// Ranking quality of the search over a built site: hit@1 and hit@3 of every query in
// tests/Search/SellerQueries.tsv, per kind, with the queries that miss the top 3.
//
//   node bench/search_quality.js OUTPUT_DIR [--queries FILE] [--client PATH/search.js] [--misses]
'use strict';
const fs = require('fs');
const path = require('path');

const repo = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const out = args[0];
if (!out) { console.error('usage: node bench/search_quality.js OUTPUT_DIR [--queries FILE] [--client search.js] [--misses]'); process.exit(2); }
const client = require(path.resolve(opt('--client', path.join(repo, 'themes', 'default', 'assets', 'search.js'))));
const file = opt('--queries', path.join(repo, 'tests', 'Search', 'SellerQueries.tsv'));

const queries = fs.readFileSync(file, 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => { const [kind, lang, type, key, q] = l.split('\t'); return { kind, lang, type: type === '-' ? '' : type, key, q }; });

(async () => {
  const byKind = {};
  const misses = [];
  for (const x of queries) {
    const loader = (p) => Promise.resolve(JSON.parse(fs.readFileSync(path.join(out, 'search', x.lang, p), 'utf8')));
    const found = await client.search(x.q, x.type, loader, 3);
    const keys = found.results.map((r) => r.key);
    const k = byKind[x.kind] || (byKind[x.kind] = { n: 0, at1: 0, at3: 0 });
    k.n++;
    if (keys[0] === x.key) k.at1++;
    if (keys.includes(x.key)) k.at3++; else misses.push(`[${x.lang}] ${x.kind} '${x.q}' → ${x.key}, got [${keys.join(', ')}]`);
  }
  const all = Object.values(byKind).reduce((a, k) => ({ n: a.n + k.n, at1: a.at1 + k.at1, at3: a.at3 + k.at3 }), { n: 0, at1: 0, at3: 0 });
  const pct = (a, n) => (100 * a / n).toFixed(1) + '%';
  console.log('| kind | queries | hit@1 | hit@3 |');
  console.log('|---|---:|---:|---:|');
  for (const [kind, k] of Object.entries(byKind)) console.log(`| ${kind} | ${k.n} | ${pct(k.at1, k.n)} | ${pct(k.at3, k.n)} |`);
  console.log(`| **all** | ${all.n} | **${pct(all.at1, all.n)}** | **${pct(all.at3, all.n)}** |`);
  if (args.includes('--misses')) misses.forEach((m) => console.log(m));
})().catch((e) => { console.error(e); process.exit(1); });
