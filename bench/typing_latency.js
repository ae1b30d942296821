#!/usr/bin/env node
// Does typing in the header search box ever wait for the search? Serves a built site, opens an
// article in headless Chromium (/usr/bin/chromium, over the DevTools protocol), types each query
// into the header box one key at a time, and reports what the page itself measured: long tasks
// (50 ms or more on the main thread) while typing, the longest delay between a key and its
// handler running (Event Timing), and the time from the last key to the suggestions shown.
//
//   node --experimental-websocket bench/typing_latency.js OUTPUT_DIR [--key-delay 60] [--runs 3]
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const out = args[0];
if (!out) { console.error('usage: node --experimental-websocket bench/typing_latency.js OUTPUT_DIR [--key-delay 60] [--runs 3]'); process.exit(2); }
const keyDelay = Number(opt('--key-delay', '60'));
const runs = Number(opt('--runs', '3'));
const port = Number(opt('--port', '5193'));
const debugPort = Number(opt('--debug-port', '9293'));

// A question, a pasted sentence and a typo per language, in the benchmark corpus's vocabulary.
const QUERIES = [
  ['en', 'how do I send the invoice and tracking number for my brand authorization letter'],
  ['en', 'brand authorizaiton'],
  ['zh', '资金冻结了怎么办，快递单号和质检报告要怎么准备'],
  ['zh', '保证金'],
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (p.endsWith('/')) p += 'index.html';
  const file = path.join(out, path.normalize(p));
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(body);
  });
}).listen(port, '127.0.0.1');

const chromium = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${debugPort}`, 'about:blank'], { stdio: 'ignore' });

async function connect() {
  for (let i = 0; i < 200; i++) {
    try {
      const targets = await (await fetch(`http://127.0.0.1:${debugPort}/json/list`)).json();
      const page = targets.find((t) => t.type === 'page');
      if (page) return page.webSocketDebuggerUrl;
    } catch { /* not up yet */ }
    await sleep(50);
  }
  throw new Error('Chromium did not start');
}

// Installed in the page before typing: what the main thread did while the keys arrived.
const OBSERVE = `(() => {
  const m = window.__typing = { longTasks: [], inputDelays: [], lastKey: 0, shown: 0 };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => m.longTasks.push(e.duration))).observe({ type: 'longtask' });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => m.inputDelays.push(e.processingStart - e.startTime)))
    .observe({ type: 'event', durationThreshold: 16 });
  const input = document.querySelector('[data-search-input]');
  input.addEventListener('input', () => { m.lastKey = performance.now(); });
  new MutationObserver(() => { m.shown = performance.now(); })
    .observe(document.getElementById(input.getAttribute('aria-controls')), { childList: true });
  input.focus();
})()`;

async function main() {
  const ws = new WebSocket(await connect());
  await new Promise((r) => ws.addEventListener('open', r, { once: true }));
  let id = 0;
  const pending = new Map();
  const listeners = [];
  ws.addEventListener('message', (e) => {
    const msg = JSON.parse(e.data);
    if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg); pending.delete(msg.id); }
    else if (msg.method) listeners.forEach((l) => l(msg));
  });
  const send = (method, params = {}) => new Promise((r) => { const n = ++id; pending.set(n, r); ws.send(JSON.stringify({ id: n, method, params })); });
  const nextEvent = (method) => new Promise((r) => { const l = (m) => { if (m.method === method) { listeners.splice(listeners.indexOf(l), 1); r(m); } }; listeners.push(l); });
  const evaluate = async (expression) => (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result.result.value;
  await send('Page.enable');
  await send('Runtime.enable');

  const rows = [];
  for (let run = 1; run <= runs; run++) {
    for (const [lang, q] of QUERIES) {
      const article = fs.readdirSync(path.join(out, lang)).find((d) => fs.existsSync(path.join(out, lang, d, 'index.html')) && !['search', 'glossary', 'types', 'status'].includes(d));
      const loaded = nextEvent('Page.loadEventFired');
      // A fresh page each time: nothing of the index is cached in memory (the HTTP cache may be).
      await send('Page.navigate', { url: `http://127.0.0.1:${port}/${lang}/${article}/` });
      await loaded;
      await evaluate(OBSERVE);
      for (const ch of q) {
        await send('Input.dispatchKeyEvent', { type: 'keyDown', text: ch, unmodifiedText: ch, key: ch });
        await send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
        await sleep(keyDelay);
      }
      // Wait for the suggestions of the last key.
      let m;
      for (let i = 0; i < 200; i++) {
        m = await evaluate('window.__typing');
        if (m.shown > m.lastKey) break;
        await sleep(20);
      }
      rows.push({ run, lang, q, keys: [...q].length, longTasks: m.longTasks, maxDelay: Math.max(0, ...m.inputDelays), toShown: m.shown - m.lastKey });
    }
  }

  const size = fs.readdirSync(path.join(out, 'en')).length + fs.readdirSync(path.join(out, 'zh')).length;
  console.log(`Typing in the header box, ${keyDelay} ms between keys, ${runs} runs, site of about ${size} pages.`);
  console.log('');
  console.log('| run | query | lang | keys | long tasks while typing (ms) | longest key → handler (ms) | last key → suggestions (ms) |');
  console.log('|---:|---|---|---:|---|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.run} | \`${r.q}\` | ${r.lang} | ${r.keys} | ${r.longTasks.length ? r.longTasks.map((d) => d.toFixed(0)).join(', ') : 'none'} | ${r.maxDelay.toFixed(0)} | ${r.toShown.toFixed(0)} |`);
  }
  ws.close();
}

main()
  .catch((e) => { console.error(e.stack || e.message); process.exitCode = 1; })
  .finally(() => { server.close(); chromium.kill(); });
