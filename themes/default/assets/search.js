// Client-side search over the static index written by BuildSearchIndex (C#).
// The tokenizer below mirrors appeal-handbook/Search/SearchTokenizer.cs rule for rule, so a
// query is read exactly as the index was built. Untrusted text is only ever set as textContent.
(function (root, factory) {
  var api = factory();
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else if (typeof document !== 'undefined') api.attach(document, window);
})(this, function () {
  'use strict';

  var STOP = new Set('a an and are as at be by for from how if in is it of on or that the this to was what when with you your can do does'.split(' '));

  function isCjk(c) {
    var x = c.charCodeAt(0);
    return (x >= 0x3400 && x <= 0x4dbf) || (x >= 0x4e00 && x <= 0x9fff) || (x >= 0xf900 && x <= 0xfaff);
  }
  function isWord(c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
  function isJoiner(c) { return c === '-' || c === '&' || c === "'"; }

  function stem(w) {
    if (w.length <= 4) return w;
    if (w.endsWith('ies')) w = w.slice(0, -3) + 'y';
    else if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('es') && (w[w.length - 3] === 'x' || w[w.length - 3] === 'z' || w.endsWith('ches') || w.endsWith('shes'))) w = w.slice(0, -2);
    else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
    if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
    else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
    return w;
  }

  function addWord(word, out) {
    if (word.endsWith("'s")) word = word.slice(0, -2);
    function add(token, whole) {
      var s = stem(token);
      if (!s.length || (!whole && STOP.has(token)) || (s.length === 1 && s >= '0' && s <= '9')) return;
      out.push(s);
    }
    if (word.indexOf('-') >= 0 || word.indexOf('&') >= 0) {
      add(word, true);
      word.split(/[-&]/).forEach(function (p) { if (p.length >= 2) add(p, false); });
    } else add(word, false);
  }

  // Full-width ASCII to ASCII, ideographic space to space (SearchTokenizer.FoldWidth).
  function foldWidth(text) {
    return text.replace(/[\uFF01-\uFF5E\u3000]/g, function (c) {
      return c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    });
  }

  function scan(text, query) {
    var s = foldWidth(String(text)).toLowerCase();
    var out = [];
    var i = 0;
    while (i < s.length) {
      var c = s[i];
      if (isCjk(c)) {
        var start = i;
        while (i < s.length && isCjk(s[i])) i++;
        var run = s.slice(start, i);
        if (run.length === 1) { out.push(run); continue; }
        for (var j = 0; j + 1 < run.length; j++) out.push(run.slice(j, j + 2));
        if (!query) for (var k = 0; k < run.length; k++) out.push(run[k]);
      } else if (isWord(c)) {
        var from = i;
        while (i < s.length && (isWord(s[i]) || (isJoiner(s[i]) && i + 1 < s.length && isWord(s[i + 1]) && isWord(s[i - 1])))) i++;
        addWord(s.slice(from, i), out);
      } else i++;
    }
    return out;
  }

  function tokenize(text) { return scan(text, false); }
  function queryTokens(text) { return scan(text, true); }

  function shardOf(token, shards) {
    var h = 0;
    for (var i = 0; i < Math.min(2, token.length); i++) h = (Math.imul(h, 31) + token.charCodeAt(i)) >>> 0;
    return h % shards;
  }

  function editDistanceAtMostOne(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    var i = 0, j = 0, edits = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) { i++; j++; continue; }
      if (++edits > 1) return false;
      if (a.length > b.length) i++;
      else if (a.length < b.length) j++;
      else { i++; j++; }
    }
    return edits + (a.length - i) + (b.length - j) <= 1;
  }

  // Runs a query. loader(path) returns a promise of parsed JSON for a path under search/{lang}/.
  function search(queryText, typeFilter, loader, limit) {
    var qtokens = Array.from(new Set(queryTokens(queryText)));
    if (!qtokens.length) return Promise.resolve({ results: [], counts: {}, total: 0, tokens: [] });
    return loader('meta.json').then(function (meta) {
      var shardIds = Array.from(new Set(qtokens.map(function (t) { return shardOf(t, meta.shards); })));
      return Promise.all(shardIds.map(function (n) { return loader('s/' + n + '.json'); })).then(function (loaded) {
        var shards = {};
        shardIds.forEach(function (n, i) { shards[n] = loaded[i]; });
        var lastLatin = null;
        for (var q = qtokens.length - 1; q >= 0; q--) if (!isCjk(qtokens[q][0])) { lastLatin = qtokens[q]; break; }
        var perToken = qtokens.map(function (t) {
          var shard = shards[shardOf(t, meta.shards)] || {};
          var keys = [];
          if (shard[t]) keys.push(t);
          if (t === lastLatin && t.length >= 2 && t === qtokens[qtokens.length - 1]) {
            Object.keys(shard).forEach(function (k) { if (k !== t && k.startsWith(t)) keys.push(k); });
          }
          if (!keys.length && !isCjk(t[0]) && t.length >= 5) {
            Object.keys(shard).forEach(function (k) { if (editDistanceAtMostOne(t, k)) keys.push(k); });
          }
          var docs = new Map();
          keys.forEach(function (k) {
            var p = shard[k], d = 0;
            for (var i = 0; i < p.length; i += 3) {
              d += p[i]; // documents are stored as gaps from the previous one
              var sec = p[i + 1], w = p[i + 2] * (k === t ? 1 : 0.6);
              var entry = docs.get(d) || { best: 0, sections: new Map() };
              entry.best = Math.max(entry.best, w);
              if (sec > 0) entry.sections.set(sec, Math.max(entry.sections.get(sec) || 0, w));
              docs.set(d, entry);
            }
          });
          return docs;
        });
        function combine(requireAll) {
          var scores = new Map();
          perToken.forEach(function (docs) {
            var idf = 1 + Math.log(meta.docs / (1 + docs.size));
            docs.forEach(function (entry, d) {
              var s = scores.get(d) || { score: 0, hits: 0, sections: new Map() };
              s.score += entry.best * idf;
              s.hits++;
              entry.sections.forEach(function (w, sec) { s.sections.set(sec, (s.sections.get(sec) || 0) + w); });
              scores.set(d, s);
            });
          });
          var list = [];
          scores.forEach(function (s, d) { if (!requireAll || s.hits === perToken.length) list.push({ doc: d, score: s.score, sections: s.sections }); });
          return list;
        }
        var matches = combine(true);
        if (!matches.length) matches = combine(false);
        var counts = {};
        matches.forEach(function (m) { var y = meta.types[meta.docType[m.doc]].id; counts[y] = (counts[y] || 0) + 1; });
        if (typeFilter) matches = matches.filter(function (m) { return meta.types[meta.docType[m.doc]].id === typeFilter; });
        matches.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        var total = matches.length;
        matches = matches.slice(0, limit || 50);
        var chunks = Array.from(new Set(matches.map(function (m) { return Math.floor(m.doc / meta.chunk); })));
        return Promise.all(chunks.map(function (c) { return loader('d/' + c + '.json'); })).then(function (docsLoaded) {
          var byChunk = {};
          chunks.forEach(function (c, i) { byChunk[c] = docsLoaded[i]; });
          var results = matches.map(function (m) {
            var doc = byChunk[Math.floor(m.doc / meta.chunk)][m.doc % meta.chunk];
            var bestSec = 0, bestW = 0;
            m.sections.forEach(function (w, sec) { if (w > bestW) { bestW = w; bestSec = sec; } });
            var section = bestSec > 0 ? doc.h[bestSec - 1] : null;
            var typeName = meta.types[meta.docType[m.doc]].name;
            return {
              key: doc.k, title: doc.t, url: doc.u + (section && section[0] ? '#' + section[0] : ''),
              type: doc.y, typeName: typeName, section: section ? section[1] : '',
              snippet: section ? section[2] : doc.s, score: m.score
            };
          });
          return { results: results, counts: counts, total: total, tokens: qtokens, types: meta.types };
        });
      });
    });
  }

  // The part of text around the first match, so the snippet shows why the result matched.
  function excerpt(text, tokens, size) {
    var lower = text.toLowerCase();
    var first = -1;
    tokens.forEach(function (t) { var at = lower.indexOf(t); if (at >= 0 && (first < 0 || at < first)) first = at; });
    if (text.length <= size || first < size / 3) return text.length <= size ? text : text.slice(0, size) + '…';
    var start = Math.max(0, first - Math.floor(size / 3));
    return '…' + text.slice(start, start + size) + (start + size < text.length ? '…' : '');
  }

  // Appends text to el, wrapping the parts that match query tokens in <mark>.
  function highlight(el, text, tokens) {
    var lower = text.toLowerCase();
    var marks = [];
    tokens.forEach(function (t) {
      var needle = isCjk(t[0]) ? t : t.replace(/[^a-z0-9]/g, '');
      if (needle.length < 2 && !isCjk(t[0])) return;
      var at = lower.indexOf(needle);
      while (at >= 0) {
        // Latin tokens match at the start of a word only ("late" is not marked inside "related").
        if (isCjk(t[0]) || at === 0 || !isWord(lower[at - 1])) marks.push([at, at + needle.length]);
        at = lower.indexOf(needle, at + needle.length);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) { if (m[1] > pos) { el.lastChild.textContent += text.slice(pos, m[1]); pos = m[1]; } return; }
      el.appendChild(document.createTextNode(text.slice(pos, m[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(m[0], m[1]);
      el.appendChild(mark);
      pos = m[1];
    });
    el.appendChild(document.createTextNode(text.slice(pos)));
  }

  function attach(document, window) {
    var body = document.body;
    var lang = body.getAttribute('data-lang');
    if (!lang) return;
    var siteRoot = body.getAttribute('data-root') || './';
    var cache = {};
    function loader(path) {
      var url = siteRoot + 'search/' + lang + '/' + path;
      if (!cache[url]) cache[url] = fetch(url).then(function (r) { if (!r.ok) throw new Error(url + ': ' + r.status); return r.json(); });
      return cache[url];
    }

    // "/" focuses the header search box.
    var input = document.querySelector('[data-search-input]');
    document.addEventListener('keydown', function (e) {
      var tag = (e.target && e.target.tagName) || '';
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !/^(INPUT|TEXTAREA|SELECT)$/.test(tag) && !e.target.isContentEditable && input) {
        e.preventDefault();
        input.focus();
      }
    });
    if (input) attachCombobox(input);

    var resultsEl = document.querySelector('[data-search-results]');
    if (resultsEl) attachResultsPage(resultsEl);

    function attachCombobox(input) {
      var form = input.form;
      var list = document.getElementById(input.getAttribute('aria-controls'));
      var options = [];
      var active = -1;
      var timer = null;
      var seq = 0;
      function close() {
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
        input.removeAttribute('aria-activedescendant');
        active = -1;
      }
      function select(i) {
        options.forEach(function (o, n) { o.el.setAttribute('aria-selected', n === i ? 'true' : 'false'); });
        active = i;
        if (i >= 0) {
          input.setAttribute('aria-activedescendant', options[i].el.id);
          options[i].el.scrollIntoView({ block: 'nearest' });
        } else input.removeAttribute('aria-activedescendant');
      }
      function go(i) { window.location.href = siteRoot + options[i].url; }
      function render(found) {
        list.textContent = '';
        options = found.results.map(function (r, i) {
          var li = document.createElement('li');
          li.id = 'search-option-' + i;
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', 'false');
          var title = document.createElement('span');
          title.className = 'suggestion-title';
          title.textContent = r.title;
          var meta = document.createElement('span');
          meta.className = 'suggestion-meta';
          meta.textContent = r.section ? r.typeName + ' › ' + r.section : r.typeName;
          li.appendChild(title);
          li.appendChild(meta);
          li.addEventListener('mousedown', function (e) { e.preventDefault(); go(i); });
          list.appendChild(li);
          return { el: li, url: r.url };
        });
        active = -1;
        var open = options.length > 0;
        list.hidden = !open;
        input.setAttribute('aria-expanded', String(open));
      }
      input.addEventListener('input', function () {
        clearTimeout(timer);
        var q = input.value.trim();
        if (!q) { close(); return; }
        timer = setTimeout(function () {
          var mine = ++seq;
          search(q, '', loader, 8).then(function (found) { if (mine === seq) render(found); }).catch(close);
        }, 80);
      });
      input.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowDown' && options.length) {
          e.preventDefault();
          if (list.hidden) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
          select(Math.min(active + 1, options.length - 1));
        } else if (e.key === 'ArrowUp' && options.length) {
          e.preventDefault();
          select(Math.max(active - 1, 0));
        } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
          e.preventDefault();
          go(active);
        } else if (e.key === 'Escape') {
          if (!list.hidden) close(); else input.value = '';
        }
      });
      input.addEventListener('blur', function () { setTimeout(close, 150); });
      if (form) form.addEventListener('submit', function (e) { if (!input.value.trim()) e.preventDefault(); });
    }

    function attachResultsPage(resultsEl) {
      var form = document.querySelector('[data-search-form]');
      var status = document.querySelector('[data-search-status]');
      var facets = document.querySelector('[data-search-facets]');
      var messages = document.querySelector('[data-search-messages]');
      function msg(name) { return messages ? messages.getAttribute('data-' + name) : name; }
      var qInput = form.querySelector('[name=q]');
      var typeSelect = form.querySelector('[name=type]');

      function readUrl() {
        var params = new URLSearchParams(window.location.search);
        return { q: params.get('q') || '', type: params.get('type') || '' };
      }
      function writeUrl(state, replace) {
        var params = new URLSearchParams();
        if (state.q) params.set('q', state.q);
        if (state.type) params.set('type', state.type);
        var url = window.location.pathname + (params.toString() ? '?' + params.toString() : '');
        if (replace) window.history.replaceState(state, '', url); else window.history.pushState(state, '', url);
      }
      function run(state) {
        qInput.value = state.q;
        typeSelect.value = state.type;
        resultsEl.textContent = '';
        facets.textContent = '';
        if (!state.q.trim()) { status.textContent = ''; return; }
        status.textContent = msg('loading');
        search(state.q, state.type, loader, 50).then(function (found) {
          resultsEl.textContent = '';
          found.results.forEach(function (r) {
            var li = document.createElement('li');
            var a = document.createElement('a');
            a.href = siteRoot + r.url;
            a.textContent = r.title;
            li.appendChild(a);
            var sec = document.createElement('span');
            sec.className = 'result-section';
            sec.textContent = ' · ' + r.typeName + (r.section ? ' › ' + r.section : '');
            li.appendChild(sec);
            var p = document.createElement('p');
            p.className = 'result-snippet';
            highlight(p, excerpt(r.snippet, found.tokens, 160), found.tokens);
            li.appendChild(p);
            resultsEl.appendChild(li);
          });
          status.textContent = found.total ? found.total + ' ' + msg('results') : msg('no-results');
          renderFacets(found, state);
        }).catch(function (e) { status.textContent = String(e.message || e); });
      }
      function renderFacets(found, state) {
        var all = Object.keys(found.counts).reduce(function (n, k) { return n + found.counts[k]; }, 0);
        var items = [{ id: '', name: msg('all-types'), count: all }].concat(found.types.map(function (t) {
          return { id: t.id, name: t.name, count: found.counts[t.id] || 0 };
        }));
        items.forEach(function (item) {
          if (item.id && !item.count) return;
          var b = document.createElement('button');
          b.type = 'button';
          b.setAttribute('aria-pressed', String(item.id === state.type));
          b.setAttribute('data-type', item.id);
          b.textContent = item.name + ' (' + item.count + ')';
          b.addEventListener('click', function () {
            var next = { q: state.q, type: item.id };
            writeUrl(next, false);
            run(next);
          });
          facets.appendChild(b);
        });
      }
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var next = { q: qInput.value.trim(), type: typeSelect.value };
        writeUrl(next, false);
        run(next);
      });
      window.addEventListener('popstate', function () { run(readUrl()); });
      var initial = readUrl();
      writeUrl(initial, true);
      run(initial);
    }
  }

  return { tokenize: tokenize, queryTokens: queryTokens, shardOf: shardOf, stem: stem, search: search, attach: attach };
});
