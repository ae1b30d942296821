// The notice decoder (/{lang}/notice/): reads a pasted Amazon notice, ranks the complaint types
// whose notice phrases it contains, and pulls out the ASINs, order ids, dates and deadlines.
// The pasted text is only ever read here: it is never put in the URL, in storage or in a
// request, and it is shown back only through textContent.
(function (root, factory) {
  var api = factory();
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
  else if (typeof document !== 'undefined') api.attach(document, window);
})(this, function () {
  'use strict';

  // Words that say nothing about the complaint type; dropped from phrases and text alike, so
  // "removed your selling privileges" matches "removed the selling privileges".
  var STOP = new Set('a an and are as at be been by for from has have i in is it its of on or our that the this to was we were will with you your'.split(' '));

  function isCjk(code) {
    return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
  }
  function hasCjk(s) {
    for (var i = 0; i < s.length; i++) if (isCjk(s.charCodeAt(i))) return true;
    return false;
  }

  // Full-width letters and digits (common in Chinese notices) to ASCII; curly quotes to straight.
  function fold(text) {
    return String(text)
      .replace(/[\uFF01-\uFF5E]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); })
      .replace(/[\u3000\u00A0]/g, ' ')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u2010-\u2013]/g, '-');
  }

  // A light stemmer: enough for a notice's "deactivated"/"deactivation" to meet a phrase's
  // "deactivate", not a linguistic one. Short words stay whole ("ODR", "CPC").
  function stem(w) {
    if (w.length <= 4) return w;
    if (w.endsWith('ation')) return w.slice(0, -5) + 'at';
    if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
    if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3);
    else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
    else if (w.endsWith('es') && w.length > 5) w = w.slice(0, -2);
    else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
    if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
    if (w.endsWith('al') && w.length > 6) w = w.slice(0, -2);
    return w;
  }

  // The words of Latin-script text, stemmed, stop words left out; hyphenated words stay whole.
  function words(text) {
    var out = [];
    var re = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;
    var s = fold(text).toLowerCase();
    var m;
    while ((m = re.exec(s))) {
      var w = m[0].replace(/'s$/, '');
      if (!STOP.has(w)) out.push(stem(w));
    }
    return out;
  }

  // Chinese is matched as written, with the spacing and punctuation of a copy-paste ignored.
  function compact(text) {
    return fold(text).toLowerCase().replace(/[\s"'“”「」『』《》()（）:：,，.。;；!！?？、]/g, '');
  }

  // Phrases weigh by how much they say, and by how few complaint types share them. A policy
  // or metric the notice names is the strongest sign of all.
  var NAME_BONUS = 2;
  // Below this, a type was suggested by a stray word or two, not by the notice.
  var MIN_SCORE = 0.8;
  function baseWeight(phrase, tokens) {
    return hasCjk(phrase) ? Math.min(4, Math.max(1, compact(phrase).length / 2)) : Math.min(4, tokens.length);
  }

  // Single words (and Chinese character pairs) of the phrases count too, a little, so a notice
  // worded unlike any phrase still points somewhere. A word most types share says nothing.
  var WORD_WEIGHT = 0.4;
  var MAX_WORD_TYPES = 4;
  var GENERIC = new Set(words('account amazon seller selling sell listing listings product products order orders item items customer customers buyer buyers notice please appeal review removed remove policy policies').concat(['亚马逊', '账户', '卖家', '商品', '订单', '买家', '申诉', '政策', '移除', '您的']));

  function pairs(s) {
    var out = [];
    for (var i = 0; i + 1 < s.length; i++) if (hasCjk(s[i]) && hasCjk(s[i + 1])) out.push(s.slice(i, i + 2));
    return out;
  }

  function prepare(data) {
    var shared = new Map();
    var entries = [];
    var wordTypes = new Map();
    (data.types || []).forEach(function (type) {
      var seen = new Set();
      var own = new Set();
      function add(phrase, isName) {
        var cjk = hasCjk(phrase);
        var norm = cjk ? compact(phrase) : words(phrase).join(' ');
        if (!norm || seen.has(norm)) return;
        seen.add(norm);
        shared.set(norm, (shared.get(norm) || 0) + 1);
        entries.push({ type: type, text: phrase, norm: norm, cjk: cjk, tokens: cjk ? null : norm.split(' '), name: isName });
        (cjk ? pairs(norm) : norm.split(' ')).forEach(function (w) {
          if (w.length > 2 || (cjk && w.length === 2)) own.add(w);
        });
      }
      (type.names || []).forEach(function (p) { add(p, true); });
      (type.phrases || []).forEach(function (p) { add(p, false); });
      own.forEach(function (w) {
        if (GENERIC.has(w)) return;
        var list = wordTypes.get(w);
        if (list) list.push(type); else wordTypes.set(w, [type]);
      });
    });
    entries.forEach(function (e) {
      e.weight = (baseWeight(e.text, e.tokens || []) + (e.name ? NAME_BONUS : 0)) / shared.get(e.norm);
    });
    var single = [];
    wordTypes.forEach(function (types, w) {
      if (types.length <= MAX_WORD_TYPES) single.push({ word: w, types: types, weight: WORD_WEIGHT / types.length });
    });
    return { types: data.types || [], entries: entries, words: single };
  }

  // Whether the phrase's words occur in order, allowing a few words in between
  // ("deactivated your Amazon.com selling account" for "deactivated selling account").
  function findSequence(tokens, positions) {
    var firsts = positions.get(tokens[0]);
    if (!firsts) return false;
    var slack = 2 + Math.floor(tokens.length / 2);
    for (var f = 0; f < firsts.length; f++) {
      var at = firsts[f];
      var ok = true;
      for (var k = 1; k < tokens.length && ok; k++) {
        var list = positions.get(tokens[k]);
        if (!list) return false;
        var next = -1;
        for (var j = 0; j < list.length; j++) if (list[j] > at) { next = list[j]; break; }
        if (next < 0 || next - at > slack + 1) ok = false;
        else at = next;
      }
      if (ok) return true;
    }
    return false;
  }

  function rank(prepared, text) {
    var tokens = words(text);
    var positions = new Map();
    tokens.forEach(function (t, i) {
      var list = positions.get(t);
      if (list) list.push(i); else positions.set(t, [i]);
    });
    var flat = compact(text);
    var byKey = new Map();
    prepared.entries.forEach(function (e) {
      var hit = e.cjk ? flat.indexOf(e.norm) >= 0 : findSequence(e.tokens, positions);
      if (!hit) return;
      var r = byKey.get(e.type.key);
      if (!r) byKey.set(e.type.key, r = { type: e.type, score: 0, matched: [], names: [] });
      r.score += e.weight;
      r.matched.push(e.text);
      if (e.name) r.names.push(e.text);
    });
    var textPairs = new Set(pairs(flat));
    (prepared.words || []).forEach(function (w) {
      if (!(hasCjk(w.word) ? textPairs.has(w.word) : positions.has(w.word))) return;
      w.types.forEach(function (type) {
        var r = byKey.get(type.key);
        if (!r) byKey.set(type.key, r = { type: type, score: 0, matched: [], names: [] });
        r.score += w.weight;
      });
    });
    var list = Array.from(byKey.values()).filter(function (r) { return r.score >= MIN_SCORE; });
    list.sort(function (a, b) { return b.score - a.score || (a.type.key < b.type.key ? -1 : 1); });
    // Types far behind the best are noise from shared words ("funds", "account").
    var best = list.length ? list[0].score : 0;
    return list.filter(function (r) { return r.score >= best * 0.25; }).slice(0, 5);
  }

  var MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
  var MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  var NUMBERS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90 };
  var TENS = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
  var ZH_DIGITS = { '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

  function zhNumber(s) {
    if (/^\d+$/.test(s)) return parseInt(s, 10);
    var ten = s.indexOf('十');
    if (ten < 0) return ZH_DIGITS[s] || 0;
    var tens = ten === 0 ? 1 : ZH_DIGITS[s[0]] || 0;
    var ones = ten === s.length - 1 ? 0 : ZH_DIGITS[s[s.length - 1]] || 0;
    return tens * 10 + ones;
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function iso(y, m, d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 2000 && y <= 2100 ? y + '-' + pad(m) + '-' + pad(d) : null;
  }

  // Words just before a date or a number of days that make it a deadline rather than a
  // fact ("within 17 days", "by June 5, 2025", "请在 7 天内", "于 2025年6月5日前").
  var EN_CUE = /(within|within the next|in the next|by|before|no later than|you have|deadline(?: is| of)?|due(?: on| by)?|on or before|until|not later than|unless you \w+ (?:it |them )?(?:by|before|within))\s*$/i;
  var ZH_BEFORE = /(请在|须在|需在|必须在|应在|请于|须于|需于|应于|在|于|截止(?:日期)?(?:为|是)?|最晚|之后的|后的)\s*$/;
  var ZH_AFTER = /^\s*(内|之内|以内|前|之前|以前|截止)/;
  var EN_AFTER = /^\s*(?:to (?:respond|submit|send|provide|appeal|reply|upload|enter|complete|request|take)|of (?:receiving|this|the date)|from (?:the date|today|receiving)|or we|,? or (?:your|we|the)|after which|unless|otherwise)/i;

  // What makes a number of days a waiting time, a window or Amazon's own pace instead
  // ("after 90 days", "in the last 30 days", "过去 90 天内", "units within 50 days of expiration",
  // "we usually reply within 48 hours").
  var NOT_BEFORE = /(?:\b(?:after|for|up to|take|takes|generally|usually|last|past)|过去|最近|长达|为期)\s*$/i;
  var NOT_AFTER = /^\s*(?:of (?:remaining )?(?:shelf life|expir)|before (?:the )?expir)/i;
  var OURS = /^\s*(?:we|amazon|reviews?|it|我们|亚马逊)(?![a-z])/i;
  var YOURS = /\b(?:you|your|please)\b|您|你|请/i;
  var DEFINITION = /percentage|百分比|是指/i;

  function isDeadline(text, start, end) {
    var before = text.slice(Math.max(0, start - 40), start);
    var after = text.slice(end, end + 40);
    var sentenceStart = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1), text.lastIndexOf('。', start - 1), text.lastIndexOf('！', start - 1), text.lastIndexOf('？', start - 1)) + 1;
    var sentence = text.slice(sentenceStart, start);
    if (NOT_BEFORE.test(before) || NOT_AFTER.test(after) || DEFINITION.test(sentence)) return false;
    if (OURS.test(sentence) && !YOURS.test(sentence)) return false;
    return EN_CUE.test(before) || ZH_BEFORE.test(before) || ZH_AFTER.test(after) || EN_AFTER.test(after);
  }

  function extract(text) {
    var t = fold(text);
    var found = { asins: [], orders: [], dates: [], deadlines: [], periods: [] };
    function push(list, value) { if (list.indexOf(value) < 0) list.push(value); }
    // Dates as ISO dates, periods as "17 days": the same deadline written twice counts once.
    function deadline(value, shown, at) {
      if (!found.deadlines.some(function (d) { return d.value === value; })) found.deadlines.push({ value: value, text: shown, at: at });
    }

    var m;
    var asinRe = /\b(B0[0-9A-Z]{8})\b/g;
    while ((m = asinRe.exec(t))) push(found.asins, m[1]);
    // Books are listed under their ISBN-10, which a notice labels as the ASIN.
    var isbnRe = /\b(?:ASIN|ISBN)s?\s*[:：#]?\s*((?:\d{9}[\dX])(?:\s*[,、，]\s*\d{9}[\dX])*)\b/g;
    while ((m = isbnRe.exec(t))) m[1].split(/\s*[,、，]\s*/).forEach(function (v) { push(found.asins, v); });
    var orderRe = /\b(\d{3}-\d{7}-\d{7})\b/g;
    while ((m = orderRe.exec(t))) push(found.orders, m[1]);

    // Dates, each once with its position; what a date looks like varies by marketplace.
    var taken = [];
    function date(start, end, value) {
      if (!value) return;
      taken.push([start, end]);
      var shown = t.slice(start, end);
      if (!found.dates.some(function (d) { return d.value === value; })) found.dates.push({ value: value, text: shown, at: start });
      if (isDeadline(t, start, end)) deadline(value, shown, start);
    }
    var patterns = [
      [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, function (x) { return iso(+x[1], +x[2], +x[3]); }],
      [/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g, function (x) { return iso(+x[1], +x[2], +x[3]); }],
      // Month first, as US notices write it (05-29-2025), unless the first number cannot be a month.
      [/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g, function (x) { return +x[1] > 12 ? iso(+x[3], +x[2], +x[1]) : iso(+x[3], +x[1], +x[2]); }],
      [new RegExp('\\b' + MONTH + '\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b', 'gi'), function (x) { return iso(+x[3], MONTHS[x[1].slice(0, 3).toLowerCase()], +x[2]); }],
      [new RegExp('\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+' + MONTH + ',?\\s+(\\d{4})\\b', 'gi'), function (x) { return iso(+x[3], MONTHS[x[2].slice(0, 3).toLowerCase()], +x[1]); }],
    ];
    patterns.forEach(function (p) {
      var re = p[0];
      while ((m = re.exec(t))) {
        var s = m.index;
        var e = s + m[0].length;
        if (taken.some(function (r) { return s < r[1] && e > r[0]; })) continue;
        date(s, e, p[1](m));
      }
    });
    found.dates.sort(function (a, b) { return a.at - b.at; });

    // Numbers of days or hours.
    function period(start, end, count, unit) {
      if (!count || taken.some(function (r) { return start < r[1] && end > r[0]; })) return;
      var value = count + ' ' + unit;
      push(found.periods, value);
      if (isDeadline(t, start, end)) deadline(value, null, start);
    }
    var enRe = /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|sixty|ninety)(?:\s*\((\d{1,3})\))?[\s-]+(business |calendar |working )?(days?|hours?)\b/gi;
    while ((m = enRe.exec(t))) {
      // "seventy-two (72) hours": the figure in brackets is the number, whatever the words before it.
      var n = m[3] ? parseInt(m[3], 10) : /^\d+$/.test(m[2]) ? parseInt(m[2], 10) : (m[1] ? TENS[m[1].toLowerCase()] : 0) + NUMBERS[m[2].toLowerCase()];
      var unit = m[5].toLowerCase().startsWith('hour') ? 'hours' : (m[4] ? m[4].trim().toLowerCase() + ' days' : 'days');
      period(m.index, m.index + m[0].length, n, unit);
    }
    var zhRe = /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个)?\s*(工作日|日历日|自然日|天|日|小时)/g;
    while ((m = zhRe.exec(t))) {
      var unitZh = m[2] === '小时' ? 'hours' : m[2] === '工作日' ? 'business days' : 'days';
      period(m.index, m.index + m[0].length, zhNumber(m[1]), unitZh);
    }
    found.deadlines.sort(function (a, b) { return a.at - b.at; });
    return found;
  }

  // Policies and metrics by the name a notice gives them, beyond those the data names:
  // "Fair Pricing Policy", "Section 3 of the Amazon Services Business Solutions Agreement".
  function namedPolicies(text, ranked) {
    var out = [];
    function push(v) {
      v = v.replace(/\s+/g, ' ').trim();
      if (v && !out.some(function (o) { return o.toLowerCase() === v.toLowerCase(); })) out.push(v);
    }
    ranked.forEach(function (r) { r.names.forEach(push); });
    var t = fold(text);
    var m;
    var re = /\b((?:[A-Z][A-Za-z-]*|of|and|&)(?:\s+(?:[A-Z][A-Za-z-]*|of|and|&)){0,5}\s+(?:Policy|Policies|Agreement|Rate|Code of Conduct))\b(?!\s+Compliance)/g;
    while ((m = re.exec(t))) push(m[1].replace(/^(?:of|and|&)\s+/, '').replace(/^(?:Our|The|Your|This|Amazon's)\s+/, ''));
    var sec = /\bSection\s+\d+(?:\.\d+)?\s+of\s+(?:the\s+)?(?:Amazon\s+Services\s+)?Business\s+Solutions\s+Agreement\b/gi;
    while ((m = sec.exec(t))) push(m[0]);
    // Chinese has no spaces to end a name at, so only a title in book quotes is taken as written.
    var zh = /《([^》]{2,30})》/g;
    while ((m = zh.exec(t))) push(m[1]);
    // "Business Solutions Agreement" says nothing that "Section 3 of the ... Agreement" does not.
    return out.filter(function (o) {
      var lower = o.toLowerCase();
      return !out.some(function (p) { return p.length > o.length && p.toLowerCase().indexOf(lower) >= 0; });
    });
  }

  function decode(prepared, text) {
    var ranked = rank(prepared, text);
    var found = extract(text);
    found.types = ranked;
    found.policies = namedPolicies(text, ranked);
    return found;
  }

  function attach(document, window) {
    var input = document.querySelector('[data-notice-input]');
    var results = document.querySelector('[data-notice-results]');
    if (!input || !results) return;
    var form = document.querySelector('[data-notice-form]');
    var output = document.querySelector('[data-notice-output]');
    var status = document.querySelector('[data-notice-status]');
    var details = document.querySelector('[data-notice-details]');
    var messages = document.querySelector('[data-notice-messages]');
    function msg(name) { return messages ? messages.getAttribute('data-' + name) || '' : name; }
    var builder = messages ? messages.getAttribute('data-builder-url') : '../poa-builder/';
    if (form) form.hidden = false;
    var nojs = document.querySelector('[data-notice-nojs]');
    if (nojs) nojs.hidden = true;

    var prepared = null;
    var url = new URL(input.getAttribute('data-notice-data'), window.location.href);
    var loading = fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (data) { prepared = prepare(data); }).catch(function () { status.textContent = msg('failed'); });

    function el(tag, className, text) {
      var e = document.createElement(tag);
      if (className) e.className = className;
      if (text != null) e.textContent = text;
      return e;
    }

    function render() {
      var text = input.value;
      results.textContent = '';
      details.textContent = '';
      if (!text.trim()) { output.hidden = true; status.textContent = ''; return; }
      output.hidden = false;
      if (!prepared) { status.textContent = msg('loading'); loading.then(render); return; }
      var found = decode(prepared, text);
      status.textContent = found.types.length ? msg('found') : msg('none');
      found.types.forEach(function (r, i) {
        var li = el('li', 'notice-result');
        li.setAttribute('data-key', r.type.key);
        var h = el('h3', 'notice-result-title');
        var a = el('a', null, r.type.title);
        a.href = r.type.url;
        h.appendChild(a);
        li.appendChild(h);
        li.appendChild(el('p', 'notice-result-type', (i === 0 ? msg('best') + ' · ' : '') + r.type.typeName));
        var matched = el('p', 'notice-matched');
        matched.appendChild(el('span', 'notice-matched-label', msg('matched') + ' '));
        r.matched.forEach(function (p, n) {
          if (n) matched.appendChild(document.createTextNode(' · '));
          matched.appendChild(el('q', null, p));
        });
        if (!r.matched.length) matched.appendChild(document.createTextNode(msg('words-only')));
        li.appendChild(matched);
        var poa = el('a', 'notice-poa', msg('poa'));
        poa.href = builder + '?key=' + encodeURIComponent(r.type.key);
        li.appendChild(poa);
        results.appendChild(li);
      });
      function row(label, values) {
        if (!values.length) return;
        details.appendChild(el('dt', null, label));
        var dd = el('dd');
        values.forEach(function (v) { dd.appendChild(el('span', 'notice-value', v)); });
        details.appendChild(dd);
      }
      row(msg('deadlines'), found.deadlines.map(function (d) { return d.text || localPeriod(d.value); }));
      row(msg('asins'), found.asins);
      row(msg('orders'), found.orders);
      row(msg('dates'), found.dates.map(function (d) { return d.text; }));
      row(msg('periods'), found.periods.map(localPeriod));
      row(msg('policies'), found.policies);
      if (!details.firstChild) details.appendChild(el('dd', 'notice-nothing', msg('no-details')));
    }

    function localPeriod(v) {
      var parts = v.split(' ');
      return parts[0] + ' ' + msg('unit-' + parts.slice(1).join('-'));
    }

    var timer = null;
    // Typing runs the decoder once the keys pause; a paste arrives in one input event and runs it at once.
    input.addEventListener('input', function (e) {
      clearTimeout(timer);
      if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') render();
      else timer = setTimeout(render, 120);
    });
    if (form) form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); render(); });
    var clear = document.querySelector('[data-notice-clear]');
    if (clear) clear.addEventListener('click', function () { input.value = ''; render(); input.focus(); });
    if (input.value) render(); // text kept by the browser on going back
  }

  return { words: words, stem: stem, prepare: prepare, rank: rank, extract: extract, decode: decode, attach: attach };
});
