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

  // Words that say how a seller asks, not what about: question words, pronouns and particles.
  // A query is searched for its other words (封号怎么办 for 封号; "how do I write a plan of
  // action" for write, plan, action), or for these when it has nothing else. English ones are
  // compared after stemming; the index's own stop words never reach here.
  var LIGHT = new Set((
    'i me my mine we our us they their he she his her its am were been being have has had having ' +
    'did done doing get got gets getting why where which who whom whose will would should ' +
    'could shall may might must mean meant happen after about anymore any there then than so ' +
    'not no now just still also very too much many some myself again please receive received ' +
    "can't cant don't dont won't didn't isn't it's i'm i've what's"
  ).split(' '));
  // Chinese question phrases and particles, matched inside a run of characters. A bigram that
  // touches one is light (号怎 in 封号怎么办). Single characters are listed only where they are
  // rarely part of a topic word (有 is not: 有效追踪率).
  var LIGHT_ZH = ('怎么办 怎么写 怎么样 怎么 怎样 如何 为什么 为何 什么 是什么 哪些 哪个 哪里 多少 多久 ' +
    '是不是 能不能 会不会 可不可以 可以 应该 需要 我的 我们 您的 你的 已经 还是 或者 因为 所以 如果 ' +
    '一下 一个 这个 那个 这些 那些 之后 以后 的话 收到 非常 特别 比较 一直 总是 突然 太 很 吗 呢 吧 啊 呀 的 了 我 您 你 被 把').split(' ');

  // The query's tokens, each with whether it is light (see LIGHT): the tokens of queryTokens,
  // once each, and a Chinese character that stands alone between light phrases.
  function queryTerms(text) {
    var s = foldWidth(String(text)).toLowerCase();
    var lightAt = new Uint8Array(s.length);
    LIGHT_ZH.forEach(function (p) {
      for (var at = s.indexOf(p); at >= 0; at = s.indexOf(p, at + 1)) for (var k = 0; k < p.length; k++) lightAt[at + k] = 1;
    });
    var terms = [], seen = new Map();
    var i = 0;
    function add(token, light, word) {
      var known = seen.get(token);
      if (known) { known.light = known.light && light; return; }
      var term = { token: token, light: light, word: word };
      seen.set(token, term);
      terms.push(term);
    }
    while (i < s.length) {
      var c = s[i];
      if (isCjk(c)) {
        var start = i;
        while (i < s.length && isCjk(s[i])) i++;
        if (i - start === 1) { add(c, !!lightAt[start]); continue; }
        for (var j = start; j + 1 < i; j++) add(s.slice(j, j + 2), !!(lightAt[j] || lightAt[j + 1]));
        // A character alone between light phrases is a word of its own (封 in 被封了怎么办):
        // every bigram it is in is light, so it is searched as itself (the index has every character).
        for (var m = start; m < i; m++) {
          if (!lightAt[m] && (m === start || lightAt[m - 1]) && (m + 1 === i || lightAt[m + 1])) add(s[m], false);
        }
      } else if (isWord(c)) {
        var from = i;
        while (i < s.length && (isWord(s[i]) || (isJoiner(s[i]) && i + 1 < s.length && isWord(s[i + 1]) && isWord(s[i - 1])))) i++;
        var word = s.slice(from, i), out = [];
        addWord(word, out);
        out.forEach(function (t) { add(t, LIGHT.has(t) || LIGHT.has(word), word); });
      } else i++;
    }
    return terms;
  }

  // True when a and b differ by one substituted, inserted or deleted character, or by two
  // neighbours swapped (counterfiet): the typos a keyboard makes.
  function oneTypoApart(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // How much a near form counts against the word typed: a prefix being typed, or a typo's fix.
  var PREFIX_FACTOR = 0.6, TYPO_FACTOR = 0.8;
  // The most query terms searched for (about 40 KiB of shard each at 10,000 pages).
  var MAX_TERMS = 24;

  // The index keys a query term matches in its shard, each with a factor: the term itself; for
  // the last word typed, longer words it begins; and when the term is absent, the words one
  // typo away (the shard holds every token with the same first two characters).
  function expand(term, shard, isLast) {
    var t = term.token, keys = [];
    if (Object.prototype.hasOwnProperty.call(shard, t)) keys.push({ key: t, factor: 1 });
    if (isCjk(t[0])) return keys;
    if (isLast && t.length >= 2) {
      for (var k in shard) if (k !== t && k.length > t.length && k.startsWith(t)) keys.push({ key: k, factor: PREFIX_FACTOR });
    }
    if (!keys.length && t.length >= 4) {
      for (var k2 in shard) if (oneTypoApart(t, k2)) keys.push({ key: k2, factor: TYPO_FACTOR, typo: true });
    }
    return keys;
  }

  // For each document that has any of the keys: its best weight for the term and, per section,
  // the weight there (a result links to the section that matched most).
  function postingsOf(keys, shard) {
    var docs = new Map();
    keys.forEach(function (e) {
      var p = shard[e.key], d = 0;
      for (var i = 0; i < p.length; i += 3) {
        d += p[i]; // documents are stored as gaps from the previous one
        var sec = p[i + 1], w = p[i + 2] * e.factor;
        var entry = docs.get(d);
        if (!entry) docs.set(d, entry = { best: 0, sections: new Map() });
        if (w > entry.best) entry.best = w;
        if (sec > 0 && w > (entry.sections.get(sec) || 0)) entry.sections.set(sec, w);
      }
    });
    return docs;
  }

  // Scores every document that matches any term: the sum, over the terms it has, of the term's
  // rarity (idf) times where the document has it (the posting's weight: title over alias over
  // heading over body). Every word counts on its own, so a document with more of the query's
  // words ranks first and a long pasted sentence is not lost to the one word an article lacks
  // (requiring every word made such a sentence find nothing). Measured on
  // tests/Search/SellerQueries.tsv (bench/search_quality.js): scaling the sum by the share of
  // the query a document covers, or ranking by the number of words matched first, did worse.
  function rank(perTerm, docCount) {
    var scores = new Map();
    perTerm.forEach(function (docs) {
      var idf = 1 + Math.log(docCount / (1 + Math.max(1, docs.size)));
      docs.forEach(function (entry, d) {
        var s = scores.get(d);
        if (!s) scores.set(d, s = { doc: d, score: 0, sections: new Map() });
        s.score += entry.best * idf;
        entry.sections.forEach(function (w, sec) { s.sections.set(sec, (s.sections.get(sec) || 0) + w * idf); });
      });
    });
    return Array.from(scores.values());
  }

  // The word of the loaded documents that a key was stemmed from, to offer as the correction:
  // the key itself if a document has it as a word, else the shortest word with that stem
  // (injunction, not injunctions), else the key.
  function surfaceOf(key, texts) {
    var best = null;
    for (var n = 0; n < texts.length; n++) {
      var words = String(texts[n]).toLowerCase().match(/[a-z0-9]+(?:[-&'][a-z0-9]+)*/g) || [];
      for (var i = 0; i < words.length; i++) {
        if (words[i] === key) return key;
        if ((!best || words[i].length < best.length) && stem(words[i]) === key) best = words[i];
      }
    }
    return best || key;
  }

  // Runs a query. loader(path) returns a promise of parsed JSON for a path under search/{lang}/.
  // isCurrent, if given, is asked before the ranking: a query overtaken by the next keystroke
  // stops there (the promise resolves to null) instead of ranking for nothing.
  function search(queryText, typeFilter, loader, limit, isCurrent) {
    var terms = queryTerms(queryText);
    // Light words are searched for only when the query has nothing else: weighing them a little
    // ranked worse than leaving them out, and each costs a shard to fetch.
    if (terms.some(function (t) { return !t.light; })) terms = terms.filter(function (t) { return !t.light; });
    // A whole notice pasted into the box would fetch a shard for each of hundreds of words; its
    // first words name the complaint as well as all of them (the notice decoder reads the rest).
    terms = terms.slice(0, MAX_TERMS);
    var tokens = terms.map(function (t) { return t.token; });
    if (!terms.length) return Promise.resolve({ results: [], counts: {}, total: 0, tokens: [], corrections: [] });
    return loader('meta.json').then(function (meta) {
      var shardIds = Array.from(new Set(tokens.map(function (t) { return shardOf(t, meta.shards); })));
      return Promise.all(shardIds.map(function (n) { return loader('s/' + n + '.json'); })).then(function (loaded) {
        if (isCurrent && !isCurrent()) return null;
        var shards = {};
        shardIds.forEach(function (n, i) { shards[n] = loaded[i]; });
        // Only the last Latin word can be half typed.
        var last = terms[terms.length - 1];
        var expanded = terms.map(function (term) {
          return expand(term, shards[shardOf(term.token, meta.shards)] || {}, term === last);
        });
        var perTerm = terms.map(function (term, n) { return postingsOf(expanded[n], shards[shardOf(term.token, meta.shards)] || {}); });
        var matches = rank(perTerm, meta.docs);
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
          var texts = [];
          var results = matches.map(function (m) {
            var doc = byChunk[Math.floor(m.doc / meta.chunk)][m.doc % meta.chunk];
            var bestSec = 0, bestW = 0;
            m.sections.forEach(function (w, sec) { if (w > bestW) { bestW = w; bestSec = sec; } });
            var section = bestSec > 0 ? doc.h[bestSec - 1] : null;
            var typeName = meta.types[meta.docType[m.doc]].name;
            texts.push(doc.t, doc.s);
            doc.h.forEach(function (h) { texts.push(h[1], h[2]); });
            return {
              key: doc.k, title: doc.t, url: doc.u + (section && section[0] ? '#' + section[0] : ''),
              type: doc.y, typeName: typeName, section: section ? section[1] : '',
              snippet: section ? section[2] : doc.s, score: m.score
            };
          });
          // A word found only one typo away is offered corrected, as the commonest such word.
          var corrections = [];
          terms.forEach(function (term, n) {
            var typos = expanded[n].filter(function (e) { return e.typo; });
            if (!typos.length || !term.word) return;
            var shard = shards[shardOf(term.token, meta.shards)];
            typos.sort(function (a, b) { return shard[b.key].length - shard[a.key].length || (a.key < b.key ? -1 : 1); });
            corrections.push({ from: term.word, to: surfaceOf(typos[0].key, texts) });
          });
          var shown = tokens.concat(corrections.map(function (c) { return c.to; }));
          return { results: results, counts: counts, total: total, tokens: shown, types: meta.types, corrections: corrections };
        });
      });
    });
  }

  // The query with each correction applied to the word as typed.
  function corrected(queryText, corrections) {
    var text = foldWidth(String(queryText));
    corrections.forEach(function (c) {
      text = text.replace(new RegExp('(^|[^A-Za-z0-9])' + c.from.replace(/[^a-z0-9]/g, '\\$&') + '(?![A-Za-z0-9])', 'i'), function (m, before) { return before + c.to; });
    });
    return text;
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
        // The search starts once typing pauses, and a search overtaken by the next keystroke
        // stops before ranking: the input event itself only resets a timer.
        var mine = ++seq;
        timer = setTimeout(function () {
          search(q, '', loader, 8, function () { return mine === seq; })
            .then(function (found) { if (found && mine === seq) render(found); }).catch(close);
        }, 120);
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
      var suggestion = document.querySelector('[data-search-suggestion]');
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
        if (suggestion) { suggestion.textContent = ''; suggestion.hidden = true; }
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
          renderSuggestion(found, state);
          renderFacets(found, state);
        }).catch(function (e) { status.textContent = String(e.message || e); });
      }
      // "Did you mean: counterfeit", linking to the corrected query, when a word was found only
      // one typo away.
      function renderSuggestion(found, state) {
        if (!suggestion || !found.corrections.length) return;
        var next = { q: corrected(state.q, found.corrections), type: state.type };
        var a = document.createElement('a');
        var params = new URLSearchParams();
        params.set('q', next.q);
        if (next.type) params.set('type', next.type);
        a.href = window.location.pathname + '?' + params.toString();
        a.textContent = next.q;
        a.addEventListener('click', function (e) {
          e.preventDefault();
          writeUrl(next, false);
          run(next);
        });
        suggestion.appendChild(document.createTextNode(msg('did-you-mean') + ' '));
        suggestion.appendChild(a);
        suggestion.hidden = false;
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

  return { tokenize: tokenize, queryTokens: queryTokens, queryTerms: queryTerms, corrected: corrected, oneTypoApart: oneTypoApart, rank: rank, shardOf: shardOf, stem: stem, search: search, attach: attach };
});
