#!/usr/bin/env node
// Measures the static search index of a built site: its total size, and the bytes a browser
// fetches for one query, using the site's own client (themes/default/assets/search.js).
//
//   node bench/search_bytes.js OUTPUT_DIR [--limit 10] [--json] [--client PATH/search.js]
//
// For each language: the apparent size of every file under OUTPUT_DIR/search/<lang>/, raw and
// gzipped (each file gzipped on its own, level 6, as a web server or CDN would serve it). For each
// query below: search.js's search() runs with a loader that reads the files from disk and records
// them; the bytes fetched are meta.json + the shard files of the query's tokens + the document
// chunks of the first --limit results (exactly the files the browser would request).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const repo = path.resolve(__dirname, '..');
const ci = process.argv.indexOf('--client');
const client = require(ci >= 0 ? path.resolve(process.argv[ci + 1]) : path.join(repo, 'themes', 'default', 'assets', 'search.js'));

// Words and phrases that occur in the corpus (make_corpus.py's vocabulary), in the index's language.
const QUERIES = [
  ['en', 'invoice'],
  ['en', 'tracking number'],
  ['en', 'brand authorization letter'],
  ['en', 'warehou'], // a prefix, as typed: scans the shard for longer tokens
  ['zh', '保证金'],
  ['zh', '快递单号'],
  ['zh', '质检报告'],
  ['zh', '资金冻结 再次申诉'],
];

// Queries as sellers ask them (a question, a pasted sentence, a typo), in the same vocabulary:
// reported on their own, since each of their words fetches a shard.
const ASKED = [
  ['en', 'how do I send the invoice and tracking number for my brand authorization letter'],
  ['en', 'brand authorizaiton'],
  ['en', 'what is a warehouse invoice'],
  ['zh', '资金冻结了怎么办'],
  ['zh', '快递单号和质检报告要怎么准备'],
  ['zh', '保证金是什么'],
];

function gz(buf) { return zlib.gzipSync(buf, { level: 6 }).length; }

function walk(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p)); else out.push(p);
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function main() {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out) { console.error('usage: node bench/search_bytes.js OUTPUT_DIR [--limit 10] [--json]'); process.exit(2); }
  const li = args.indexOf('--limit');
  const limit = li >= 0 ? Number(args[li + 1]) : 10;
  const asJson = args.includes('--json');

  const totals = {};
  for (const lang of ['zh', 'en']) {
    const dir = path.join(out, 'search', lang);
    const files = walk(dir);
    let raw = 0, gzip = 0, shards = 0, docs = 0;
    for (const f of files) {
      const b = fs.readFileSync(f);
      raw += b.length; gzip += gz(b);
      if (f.includes(path.sep + 's' + path.sep)) shards++;
      if (f.includes(path.sep + 'd' + path.sep)) docs++;
    }
    totals[lang] = { files: files.length, shards, docs, raw, gzip };
  }

  const measure = async (list) => {
  const queries = [];
  for (const [lang, q] of list) {
    const dir = path.join(out, 'search', lang);
    const read = [];
    const loader = (p) => {
      const b = fs.readFileSync(path.join(dir, p));
      read.push({ p, raw: b.length, gzip: gz(b) });
      return Promise.resolve(JSON.parse(b.toString('utf8')));
    };
    const found = await client.search(q, '', loader, limit);
    const files = read.map((r) => r.p);
    queries.push({
      lang, q, tokens: found.tokens, total: found.total, shown: found.results.length,
      files: files.length,
      shardFiles: files.filter((p) => p.startsWith('s/')).length,
      docFiles: files.filter((p) => p.startsWith('d/')).length,
      raw: read.reduce((n, r) => n + r.raw, 0),
      gzip: read.reduce((n, r) => n + r.gzip, 0),
      metaRaw: read.filter((r) => r.p === 'meta.json').reduce((n, r) => n + r.raw, 0),
      shardRaw: read.filter((r) => r.p.startsWith('s/')).reduce((n, r) => n + r.raw, 0),
      docRaw: read.filter((r) => r.p.startsWith('d/')).reduce((n, r) => n + r.raw, 0),
      top: found.results.slice(0, 3).map((r) => r.key),
    });
  }
  return queries;
  };
  const queries = await measure(QUERIES);
  const asked = await measure(ASKED);

  if (asJson) { console.log(JSON.stringify({ totals, queries, asked, limit }, null, 2)); return; }

  const kb = (n) => (n / 1024).toFixed(1);
  const mb = (n) => (n / 1048576).toFixed(1);
  console.log('| lang | files (shards + docs + meta) | total raw MiB | total gzip MiB |');
  console.log('|---|---:|---:|---:|');
  for (const lang of ['zh', 'en']) {
    const t = totals[lang];
    console.log(`| ${lang} | ${t.files} (${t.shards} + ${t.docs} + ${t.files - t.shards - t.docs}) | ${mb(t.raw)} | ${mb(t.gzip)} |`);
  }
  console.log('');
  const table = (rows) => {
    console.log(`| query | lang | tokens | matches | files fetched (shards + docs + meta) | raw KiB | gzip KiB | raw KiB: shards / docs / meta.json |`);
    console.log('|---|---|---|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(`| \`${r.q}\` | ${r.lang} | ${r.tokens.length} | ${r.total} | ${r.files} (${r.shardFiles} + ${r.docFiles} + 1) | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.shardRaw)} / ${kb(r.docRaw)} / ${kb(r.metaRaw)} |`);
    }
    const raws = rows.map((r) => r.raw), gzs = rows.map((r) => r.gzip);
    console.log(`| **median** | | | | | **${kb(median(raws))}** | **${kb(median(gzs))}** | |`);
    console.log(`| **max** | | | | | **${kb(Math.max(...raws))}** | **${kb(Math.max(...gzs))}** | |`);
  };
  table(queries);
  console.log('');
  console.log('Asked as sellers ask (questions, a pasted sentence, a typo):');
  console.log('');
  table(asked);
}

main().catch((e) => { console.error(e); process.exit(1); });
