#!/usr/bin/env node
// How long after an article is saved does the open page in the browser show the change?
//
//   node --experimental-websocket bench/preview_latency.js --cli PATH/appeal-handbook --input INPUT_DIR [--edits 10] [--key KEY]
//
// Starts `appeal-handbook preview` on INPUT_DIR, opens the article in headless Chromium
// (/usr/bin/chromium, driven over the DevTools protocol), then saves the article N times with a
// new sentence and measures, for each save, the time from the end of the write to the moment the
// reloaded page's DOM is ready and contains the sentence. Before each save it waits until the
// preview's background full build has finished, so every edit meets an idle server (the usual
// case while writing), and it also reports the time the server itself took ("Rebuilt ... in N ms").
// Prints a Markdown table. The article file is restored at the end.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const cli = arg('--cli');
const input = path.resolve(arg('--input', 'input'));
const edits = Number(arg('--edits', '10'));
const port = Number(arg('--port', '5191'));
const debugPort = Number(arg('--debug-port', '9291'));
const lang = arg('--lang', 'en');
// 0: wait for the background full build after each save; N: save every N ms whatever the server is doing.
const spacing = Number(arg('--spacing', '0'));
if (!cli) {
  console.error('usage: node --experimental-websocket bench/preview_latency.js --cli PATH --input DIR');
  process.exit(2);
}

const key = arg('--key', fs.readdirSync(path.join(input, lang)).filter((f) => f.endsWith('.md') && !['glossary.md', 'disclaimer.md'].includes(f)).sort()[0].replace(/\.md$/, ''));
const file = path.join(input, lang, `${key}.md`);
const original = fs.readFileSync(file, 'utf8');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// The preview process, with its output kept so the script can wait for its messages.
let log = '';
const server = spawn(cli, ['preview', '--input', input, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
server.stdout.on('data', (d) => { log += d; });
server.stderr.on('data', (d) => { log += d; });
async function waitFor(pattern, from, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const m = log.slice(from).match(pattern);
    if (m) return m;
    await sleep(5);
  }
  throw new Error(`timed out waiting for ${pattern}; preview said:\n${log.slice(-2000)}`);
}

const chromium = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${debugPort}`, 'about:blank'], { stdio: 'ignore' });

async function connect() {
  for (let i = 0; i < 200; i++) {
    try {
      const targets = await (await fetch(`http://127.0.0.1:${debugPort}/json/list`)).json();
      const pageTarget = targets.find((t) => t.type === 'page');
      if (pageTarget) return pageTarget.webSocketDebuggerUrl;
    } catch { /* not up yet */ }
    await sleep(50);
  }
  throw new Error('Chromium did not start');
}

async function main() {
  const started = Date.now();
  await waitFor(/Serving on/, 0, 600000);
  const ready = Date.now() - started;
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

  await send('Page.enable');
  await send('Runtime.enable');
  const url = `http://localhost:${port}/${lang}/${key}/`;
  const loaded = nextEvent('Page.loadEventFired');
  await send('Page.navigate', { url });
  await loaded;

  const rows = [];
  for (let i = 1; i <= edits; i++) {
    const marker = `Preview latency check number ${i} ${Date.now()}.`;
    // Append the sentence to the last paragraph of the body, which is all that changes.
    const edited = original.replace(/\s*$/, ` ${marker}\n`);
    const from = log.length;
    const shown = nextEvent('Page.domContentEventFired');
    const t0 = performance.now();
    fs.writeFileSync(file, edited);
    let t1 = null;
    for (let tries = 0; tries < 5 && t1 === null; tries++) {
      await (tries === 0 ? shown : nextEvent('Page.domContentEventFired'));
      const at = performance.now();
      const r = await send('Runtime.evaluate', { expression: `document.body.textContent.includes(${JSON.stringify(marker)})`, returnByValue: true });
      if (r.result && r.result.result && r.result.result.value === true) t1 = at;
    }
    const server = await waitFor(/Rebuilt \/\S+ in (\d+) ms\.|Ready in (\d+) ms\./, from, 600000);
    rows.push({ i, browser: t1 - t0, server: Number(server[1] ?? server[2]), incremental: Boolean(server[1]) });
    if (spacing > 0) {
      await sleep(Math.max(0, spacing - (performance.now() - t0)));
    } else {
      // Let the background full build finish before the next save.
      await waitFor(/Updated|Rebuilt:|Ready in/, from + server.index + server[0].length, 600000).catch(() => {});
      await sleep(200);
    }
  }

  const articles = fs.readdirSync(path.join(input, lang)).filter((f) => f.endsWith('.md')).length;
  console.log(`Preview with ${articles} ${lang} articles; first build ready after ${(ready / 1000).toFixed(1)} s; page /${lang}/${key}/; ` +
    (spacing > 0 ? `a save every ${spacing} ms, while the background full build runs.` : 'each save after the background full build of the previous one finished.'));
  console.log('');
  console.log('| save | save → page shown with the change (ms) | server rebuild (ms) | rebuild |');
  console.log('|---:|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.i} | ${r.browser.toFixed(0)} | ${r.server} | ${r.incremental ? 'this page only' : 'full'} |`);
  console.log(`| **median** | **${median(rows.map((r) => r.browser)).toFixed(0)}** | **${median(rows.map((r) => r.server))}** | |`);
  console.log(`| **max** | **${Math.max(...rows.map((r) => r.browser)).toFixed(0)}** | **${Math.max(...rows.map((r) => r.server))}** | |`);
  if (process.env.PREVIEW_LOG) console.error(log);
  ws.close();
}

main()
  .catch((e) => { console.error(e.message); process.exitCode = 1; })
  .finally(() => {
    fs.writeFileSync(file, original);
    server.kill('SIGINT');
    chromium.kill();
  });
