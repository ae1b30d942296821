#!/usr/bin/env node
// A small static file server for measuring the built site as a host serves it:
//   node scripts/static-server.js SITE_DIR PORT [BASE_PATH]
// Listens on 127.0.0.1 only. Folders serve their index.html, anything missing gets 404.html with
// status 404, and text is gzip-compressed when the browser accepts it, as GitHub Pages, Netlify
// and CDNs do (an uncompressed print edition would measure a download no reader waits for).
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const [root, port, base = '/'] = process.argv.slice(2);
const site = path.resolve(root);
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
};

function send(req, res, file, status) {
  const type = types[path.extname(file)] || 'application/octet-stream';
  const body = fs.readFileSync(file);
  const headers = { 'content-type': type, 'cache-control': 'max-age=600' };
  if (/^(text|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
    res.writeHead(status, headers);
    res.end(zlib.gzipSync(body));
  } else {
    res.writeHead(status, headers);
    res.end(body);
  }
}

http.createServer((req, res) => {
  const notFound = () => send(req, res, path.join(site, '404.html'), 404);
  let url;
  try { url = decodeURIComponent(new URL(req.url, 'http://localhost').pathname); } catch { return notFound(); }
  if (!url.startsWith(base)) return notFound();
  let file = path.join(site, url.slice(base.length));
  if (!file.startsWith(site)) return notFound();
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.statSync(file).isFile()) return notFound();
  } catch { return notFound(); }
  send(req, res, file, 200);
}).listen(Number(port), '127.0.0.1');
