// The Plan of Action builder (/{lang}/poa-builder/): the seller picks a complaint type, fills in
// their facts, chooses root causes, corrective actions and preventive measures from the handbook's
// building blocks (or writes their own), and gets the plan in the guide's structure, checked,
// ready to copy. Everything stays in this page: the only requests are for the site's own JSON
// files, nothing typed ever goes into a URL, and drafts live in localStorage on this device.
(function () {
  'use strict';

  var root = document.querySelector('[data-poa]');
  var configNode = document.querySelector('[data-poa-config]');
  if (!root || !configNode) return;

  var config = JSON.parse(configNode.textContent);
  var ui = config.ui;
  var lang = config.lang;
  var STEPS = ['type', 'facts', 'causes', 'corrective', 'preventive', 'review'];
  var PARTS = ['causes', 'corrective', 'preventive'];
  // The format of what is saved; a draft written in another format is read field by field.
  var DRAFT_FORMAT = 1;
  var STORE_PREFIX = 'appeal-handbook:poa:';
  // The guide asks for about one page (some 500 words); well past that is worth a warning.
  var LONG_WORDS = 800;

  var $ = function (selector, scope) { return (scope || root).querySelector(selector); };
  var $$ = function (selector, scope) { return Array.prototype.slice.call((scope || root).querySelectorAll(selector)); };

  $('[data-poa-nojs]').hidden = true;
  $('[data-poa-app]').hidden = false;

  var select = $('[data-poa-key]');
  var current = 'type';
  var data = null;  // the building blocks of the chosen key, as poa/{key}.json holds them
  var draft = null; // what the seller has done for that key
  var loading = 0;

  // Strings --------------------------------------------------------------------------------

  function say(name, values) {
    var text = ui[name] || name;
    return text.replace(/\{(\w+)\}/g, function (whole, key) {
      return values && values[key] !== undefined ? values[key] : whole;
    });
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === false || value === null || value === undefined) return;
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : value);
    });
    (children || []).forEach(function (child) {
      if (child) node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function shorten(text) {
    // Without its closing full stop, so it reads well inside quotation marks.
    text = String(text).replace(/\s+/g, ' ').trim().replace(/[。.．]$/, '');
    return text.length > 70 ? text.slice(0, 67) + '…' : text;
  }

  // Messages at the top of the builder (draft restored, unreadable, changed building blocks).
  function message(text, kind, extra) {
    var box = $('[data-poa-messages]');
    var note = el('div', { class: 'poa-message poa-message--' + (kind || 'info') }, [el('p', { text: text })]);
    if (extra) note.appendChild(extra);
    box.appendChild(note);
  }

  function clearMessages() { $('[data-poa-messages]').textContent = ''; }

  // Drafts ---------------------------------------------------------------------------------

  function storage() {
    try { return window.localStorage; } catch (e) { return null; } // blocked storage: the builder still works, unsaved
  }

  function emptyDraft() {
    return { format: DRAFT_FORMAT, version: data ? data.version : '', facts: {}, chosen: { causes: [], corrective: [], preventive: [] },
      texts: {}, own: { causes: [], corrective: [], preventive: [] }, closing: null, saved: false };
  }

  function save() {
    var store = storage();
    if (!store || !data) return;
    draft.version = data.version;
    // The text of each chosen item is kept too: should the building blocks change, the item survives as the seller's own.
    draft.texts = {};
    PARTS.forEach(function (part) {
      draft.chosen[part].forEach(function (id) {
        var item = find(part, id);
        if (item) draft.texts[id] = { en: item.en, zh: item.zh, answers: item.answers || [] };
      });
    });
    try {
      store.setItem(STORE_PREFIX + data.key, JSON.stringify(draft));
      draft.saved = true;
    } catch (e) { /* storage full or blocked: nothing to do but keep working */ }
    showDraftState();
  }

  function showDraftState() {
    $('[data-poa-draft-state]').textContent = draft && draft.saved ? ui.draft_saved : ui.draft_none;
    $('[data-poa-delete]').hidden = !(draft && draft.saved);
  }

  function list(value) { return Array.isArray(value) ? value.filter(function (v) { return typeof v === 'string'; }) : []; }

  // Reads a saved draft, keeping every part that can be read; says what could not be kept.
  function load(key) {
    var result = emptyDraft();
    var store = storage();
    var raw = store && store.getItem(STORE_PREFIX + key);
    if (!raw) return result;
    var saved;
    try {
      saved = JSON.parse(raw);
      if (!saved || typeof saved !== 'object' || Array.isArray(saved)) throw new Error('not an object');
    } catch (e) {
      // Set the unreadable text aside rather than overwrite it with the next save.
      store.setItem(STORE_PREFIX + key + ':unreadable', raw);
      store.removeItem(STORE_PREFIX + key);
      showUnreadable(key, raw);
      return result;
    }

    var partial = false;
    if (saved.facts && typeof saved.facts === 'object') {
      Object.keys(saved.facts).forEach(function (id) {
        if (typeof saved.facts[id] === 'string') result.facts[id] = saved.facts[id]; else partial = true;
      });
    } else if (saved.facts !== undefined) partial = true;
    var texts = saved.texts && typeof saved.texts === 'object' ? saved.texts : {};
    var lost = [];
    PARTS.forEach(function (part) {
      var chosen = saved.chosen && saved.chosen[part];
      if (chosen !== undefined && !Array.isArray(chosen)) partial = true;
      list(chosen).forEach(function (id) {
        if (find(part, id)) { if (result.chosen[part].indexOf(id) < 0) result.chosen[part].push(id); return; }
        // The item is gone from the building blocks: keep its saved text as the seller's own.
        var text = texts[id];
        if (text && typeof text.en === 'string') {
          result.own[part].push({ id: 'own-' + id, text: text.en, answers: list(text.answers) });
          lost.push(shorten(text.en));
        } else partial = true;
      });
      var own = saved.own && saved.own[part];
      if (own !== undefined && !Array.isArray(own)) partial = true;
      (Array.isArray(own) ? own : []).forEach(function (item) {
        if (item && typeof item.text === 'string' && typeof item.id === 'string') {
          result.own[part].push({ id: item.id, text: item.text, answers: list(item.answers) });
        } else partial = true;
      });
    });
    // Own actions may answer a cause that became an own cause when the building blocks changed.
    PARTS.slice(1).forEach(function (part) {
      result.own[part].forEach(function (item) {
        item.answers = item.answers.map(function (id) { return find('causes', id) || !ownCause(result, 'own-' + id) ? id : 'own-' + id; });
      });
    });
    if (typeof saved.closing === 'string') result.closing = saved.closing;
    result.saved = true;

    if (lost.length) message(say('draft_old', { items: lost.join('; ') }), 'warning');
    if (partial) message(ui.draft_partial, 'warning');
    if (!lost.length && !partial) message(ui.draft_restored, 'info');
    return result;
  }

  function ownCause(state, id) {
    return state.own.causes.some(function (c) { return c.id === id; });
  }

  function showUnreadable(key, raw) {
    var box = el('details', { class: 'poa-unreadable' }, [
      el('summary', { text: ui.draft_raw }),
      el('textarea', { readonly: true, rows: 6, 'aria-label': ui.draft_raw, text: raw }),
    ]);
    var remove = el('button', { type: 'button', class: 'poa-danger', text: ui.draft_raw_delete });
    remove.addEventListener('click', function () {
      var store = storage();
      if (store) store.removeItem(STORE_PREFIX + key + ':unreadable');
      remove.closest('.poa-message').remove();
    });
    box.appendChild(remove);
    message(ui.draft_corrupt, 'warning', box);
  }

  function deleteDraft() {
    var store = storage();
    if (store && data) store.removeItem(STORE_PREFIX + data.key);
    draft = emptyDraft();
    clearMessages();
    message(ui.draft_deleted, 'info');
    renderAll();
    showDraftState();
  }

  // Data -----------------------------------------------------------------------------------

  function find(part, id) {
    if (!data) return null;
    for (var i = 0; i < data[part].length; i++) if (data[part][i].id === id) return data[part][i];
    return null;
  }

  function chooseKey(key, fromSelect) {
    clearMessages();
    data = null;
    draft = null;
    var link = $('[data-poa-article]');
    link.hidden = true;
    if (!key) { renderAll(); showDraftState(); return; }
    // The key is chosen from the list, never typed, so it may go into the address for sharing and reloads.
    if (fromSelect && window.history && history.replaceState) {
      history.replaceState(null, '', '?key=' + encodeURIComponent(key) + location.hash);
    }
    var ticket = ++loading;
    fetch(config.data + encodeURIComponent(key) + '.json', { credentials: 'same-origin' })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (json) {
        if (ticket !== loading) return; // the seller picked another type meanwhile
        data = json;
        draft = load(key);
        $('[data-poa-article-link]').setAttribute('href', '../' + encodeURIComponent(key) + '/');
        link.hidden = false;
        renderAll();
        showDraftState();
      })
      .catch(function () {
        if (ticket !== loading) return;
        message(ui.load_failed, 'error');
        renderAll();
      });
  }

  // Facts ----------------------------------------------------------------------------------

  var FORMATS = {
    asin: /^(B0[A-Z0-9]{8}|\d{9}[\dX])$/,
    'order-id': /^\d{3}-\d{7}-\d{7}$/,
    date: /^\d{4}-\d{2}-\d{2}$/,
    number: /^\d+(\.\d+)?%?$/,
  };

  function values(field, raw) {
    raw = (raw || '').trim();
    if (!raw) return [];
    return field.list ? raw.split(/[\n,，、;；]+/).map(function (v) { return v.trim(); }).filter(Boolean) : [raw];
  }

  function validDate(text) {
    var parts = text.split('-').map(Number);
    var date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
    return date.getUTCFullYear() === parts[0] && date.getUTCMonth() === parts[1] - 1 && date.getUTCDate() === parts[2];
  }

  // The first problem with a field's value, or '' when it is empty or fine.
  function fieldError(field, raw) {
    var pattern = FORMATS[field.format];
    if (!pattern) return '';
    var found = '';
    values(field, raw).some(function (value) {
      var v = field.format === 'asin' ? value.toUpperCase() : value;
      if (!pattern.test(v) || (field.format === 'date' && !validDate(v))) { found = say('error_' + field.format, { value: value }); return true; }
      return false;
    });
    return found;
  }

  function fieldValue(field) {
    var list = values(field, draft.facts[field.id]);
    if (field.format === 'asin') list = list.map(function (v) { return v.toUpperCase(); });
    // The building blocks write the unit themselves ("{rate}%"), so a typed % is dropped.
    if (field.format === 'number') list = list.map(function (v) { return v.replace(/%$/, ''); });
    return list.join(', ');
  }

  function renderFacts() {
    var box = $('[data-poa-fields]');
    box.textContent = '';
    if (!data) { box.appendChild(el('p', { text: ui.facts_none })); return; }
    var used = usedFields();
    data.fields.forEach(function (field) {
      var id = 'poa-field-' + field.id;
      var hint = ui['format_' + field.format] + (field.list ? (lang === 'zh' ? '；' : '. ') + ui.list_hint : '');
      var input = el(field.list ? 'textarea' : 'input', {
        id: id, name: field.id, rows: field.list ? 2 : null, type: field.list ? null : 'text',
        autocomplete: 'off', spellcheck: 'false', 'aria-describedby': id + '-hint ' + id + '-error',
        inputmode: field.format === 'number' ? 'decimal' : null, 'data-poa-field': field.id,
      });
      input.value = draft.facts[field.id] || '';
      var error = el('p', { id: id + '-error', class: 'poa-error', 'aria-live': 'polite' });
      var check = function () {
        var problem = fieldError(field, input.value);
        error.textContent = problem;
        if (problem) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
      };
      input.addEventListener('input', function () { draft.facts[field.id] = input.value; save(); if (error.textContent) check(); });
      input.addEventListener('change', check);
      input.addEventListener('blur', check);
      var wrap = el('div', { class: 'poa-field' + (used[field.id] ? ' is-used' : '') }, [
        el('label', { for: id, text: field.label[lang] }),
        el('p', { id: id + '-hint', class: 'poa-hint', text: hint }),
        input,
        error,
      ]);
      box.appendChild(wrap);
      if (input.value) check();
    });
  }

  // Fields that the chosen items use.
  function usedFields() {
    var used = {};
    chosenItems().forEach(function (entry) {
      (entry.en.match(/\{([a-z_]+)\}/g) || []).forEach(function (m) { used[m.slice(1, -1)] = true; });
    });
    return used;
  }

  // Causes, actions, measures --------------------------------------------------------------

  function causeTitle(id) {
    var item = find('causes', id);
    if (item) return fill(item[lang === 'zh' ? 'zh' : 'en']);
    var own = draft.own.causes.filter(function (c) { return c.id === id; })[0];
    return own ? own.text : id;
  }

  function chosenCauseIds() {
    return draft.chosen.causes.concat(draft.own.causes.map(function (c) { return c.id; }));
  }

  function checkbox(part, item, text, note) {
    var id = 'poa-' + part + '-' + item.id;
    var input = el('input', { type: 'checkbox', id: id, value: item.id, 'data-poa-choice': part });
    input.checked = draft.chosen[part].indexOf(item.id) >= 0;
    input.addEventListener('change', function () {
      var chosen = draft.chosen[part];
      var at = chosen.indexOf(item.id);
      if (input.checked && at < 0) chosen.push(item.id);
      if (!input.checked && at >= 0) chosen.splice(at, 1);
      // Keep the file's order, which is the order the plan presents them in.
      draft.chosen[part] = data[part].map(function (i) { return i.id; }).filter(function (i) { return chosen.indexOf(i) >= 0; });
      save();
      if (part === 'causes') { renderItems('corrective'); renderItems('preventive'); }
    });
    var label = el('label', { for: id }, [el('span', { class: 'poa-choice-text', text: text })]);
    if (note) label.appendChild(el('span', { class: 'poa-choice-note', text: note }));
    return el('li', { class: 'poa-choice' }, [input, label]);
  }

  function renderItems(part) {
    var box = $('[data-poa-items="' + part + '"]');
    box.textContent = '';
    if (!data) { box.appendChild(el('p', { text: ui.facts_none })); return; }
    var causes = chosenCauseIds();
    var text = function (item) { return showFields(item[lang === 'zh' ? 'zh' : 'en']); };
    if (part === 'causes') {
      box.appendChild(el('ul', { class: 'poa-choices' }, data.causes.map(function (item) { return checkbox(part, item, text(item)); })));
    } else {
      if (!causes.length) box.appendChild(el('p', { class: 'poa-hint', text: ui.no_causes_yet }));
      var answersChosen = function (item) { return item.answers.some(function (a) { return causes.indexOf(a) >= 0; }); };
      var note = function (item) {
        return say('answers', { causes: item.answers.map(function (a) { return shorten(causeTitle(a)); }).join(lang === 'zh' ? '；' : '; ') });
      };
      var suggested = data[part].filter(answersChosen);
      var others = data[part].filter(function (item) { return !answersChosen(item); });
      if (suggested.length) {
        box.appendChild(el('h3', { class: 'poa-group-title', text: ui.suggested }));
        box.appendChild(el('ul', { class: 'poa-choices' }, suggested.map(function (item) { return checkbox(part, item, text(item), note(item)); })));
      }
      if (others.length) {
        box.appendChild(el('h3', { class: 'poa-group-title', text: ui.others }));
        box.appendChild(el('ul', { class: 'poa-choices' }, others.map(function (item) { return checkbox(part, item, text(item), note(item)); })));
      }
    }
    box.appendChild(renderOwn(part));
  }

  // A field as the lists show it: the seller's value when filled in, else its label in brackets.
  function showFields(text) {
    return text.replace(/\{([a-z_]+)\}/g, function (whole, id) {
      var field = fieldById(id);
      if (!field) return whole;
      return fieldValue(field) || '[' + field.label[lang] + ']';
    });
  }

  function fieldById(id) {
    for (var i = 0; data && i < data.fields.length; i++) if (data.fields[i].id === id) return data.fields[i];
    return null;
  }

  function renderOwn(part) {
    var group = el('fieldset', { class: 'poa-own' }, [el('legend', { text: ui.own_title })]);
    var mine = draft.own[part];
    if (mine.length) {
      group.appendChild(el('ul', { class: 'poa-own-list' }, mine.map(function (item) {
        var remove = el('button', { type: 'button', class: 'poa-link-button', text: ui.own_remove });
        remove.setAttribute('aria-label', ui.own_remove + ': ' + shorten(item.text));
        remove.addEventListener('click', function () {
          draft.own[part] = draft.own[part].filter(function (i) { return i !== item; });
          save();
          renderItems(part);
          if (part === 'causes') { renderItems('corrective'); renderItems('preventive'); }
          $('[data-poa-own-text="' + part + '"]').focus();
        });
        var answers = part === 'causes' ? '' : ' (' + say('answers', { causes: item.answers.map(function (a) { return shorten(causeTitle(a)); }).join('; ') }) + ')';
        return el('li', {}, [el('span', { text: item.text + answers }), ' ', remove]);
      })));
    }
    var id = 'poa-own-' + part;
    var area = el('textarea', { id: id, rows: 2, 'data-poa-own-text': part, 'aria-describedby': id + '-error' });
    group.appendChild(el('label', { for: id, text: ui.own_label }));
    group.appendChild(area);
    var boxes = [];
    if (part !== 'causes') {
      var causes = chosenCauseIds();
      if (causes.length) {
        var answerSet = el('fieldset', { class: 'poa-own-answers' }, [el('legend', { text: ui.own_answers })]);
        causes.forEach(function (cause, n) {
          var cid = id + '-answers-' + n;
          var input = el('input', { type: 'checkbox', id: cid, value: cause });
          // With one cause there is nothing to choose.
          input.checked = causes.length === 1;
          boxes.push(input);
          answerSet.appendChild(el('div', { class: 'poa-choice' }, [input, el('label', { for: cid, text: shorten(causeTitle(cause)) })]));
        });
        group.appendChild(answerSet);
      }
    }
    var error = el('p', { id: id + '-error', class: 'poa-error', 'aria-live': 'polite' });
    var add = el('button', { type: 'button', text: ui.own_add, 'data-poa-own-add': part });
    add.addEventListener('click', function () {
      var text = area.value.trim();
      var answers = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (!text) { error.textContent = ui.own_empty; area.focus(); return; }
      if (part !== 'causes' && !answers.length) { error.textContent = ui.own_needs_cause; (boxes[0] || area).focus(); return; }
      var n = 1;
      while (draft.own[part].some(function (i) { return i.id === 'own-' + part + '-' + n; })) n++;
      draft.own[part].push({ id: 'own-' + part + '-' + n, text: text, answers: answers });
      save();
      renderItems(part);
      if (part === 'causes') { renderItems('corrective'); renderItems('preventive'); }
      $('[data-poa-own-text="' + part + '"]').focus();
    });
    group.appendChild(error);
    group.appendChild(add);
    return group;
  }

  // The plan -------------------------------------------------------------------------------

  // Every chosen item, in the plan's order, with its texts in both languages.
  function chosenItems() {
    var items = [];
    if (!data || !draft) return items;
    PARTS.forEach(function (part) {
      draft.chosen[part].forEach(function (id) {
        var item = find(part, id);
        if (item) items.push({ part: part, id: id, en: item.en, zh: item.zh, answers: item.answers || [], own: false });
      });
      draft.own[part].forEach(function (item) {
        items.push({ part: part, id: item.id, en: item.text, zh: item.text, answers: item.answers, own: true });
      });
    });
    return items;
  }

  function fill(text) {
    return text.replace(/\{([a-z_]+)\}/g, function (whole, id) {
      var field = fieldById(id);
      return field && fieldValue(field) ? fieldValue(field) : whole;
    });
  }

  // The plan as paragraphs: each with its English text and, for the Chinese site, the Chinese beside it.
  function paragraphs() {
    var out = config.out;
    var items = chosenItems();
    var result = [{ kind: 'title', en: out.en.title, zh: out.zh.title }];
    PARTS.forEach(function (part, p) {
      var mine = items.filter(function (i) { return i.part === part; });
      result.push({ kind: 'heading', en: out.en[part], zh: out.zh[part] });
      mine.forEach(function (item, n) {
        var number = (p + 1) + '.' + (n + 1) + ' ';
        result.push({ kind: 'item', item: item, en: number + fill(item.en), zh: number + fill(item.zh) });
      });
    });
    var closing = draft.closing === null ? out.en.closing : draft.closing;
    result.push({ kind: 'closing', en: closing, zh: draft.closing === null ? out.zh.closing : '' });
    return result;
  }

  function planText() {
    var lines = [];
    paragraphs().forEach(function (p) {
      if (p.kind === 'heading' || p.kind === 'closing') lines.push('');
      lines.push(p.en);
    });
    return lines.join('\n').trim() + '\n';
  }

  function renderPlan() {
    var box = $('[data-poa-plan]');
    box.textContent = '';
    if (!data) return;
    paragraphs().forEach(function (p) {
      var tag = p.kind === 'title' ? 'p' : p.kind === 'heading' ? 'p' : 'p';
      var row = el('div', { class: 'poa-para poa-para--' + p.kind });
      row.appendChild(markPlaceholders(el(tag, { lang: 'en', class: 'poa-en' }), p.en));
      if (lang === 'zh') row.appendChild(markPlaceholders(el(tag, { lang: 'zh-Hans', class: 'poa-zh' }), p.zh));
      box.appendChild(row);
    });
    var closing = $('[data-poa-closing]');
    if (document.activeElement !== closing) closing.value = draft.closing === null ? config.out.en.closing : draft.closing;
    $('[data-poa-closing-note]').hidden = !(lang === 'zh' && draft.closing !== null);
  }

  // Unfilled fields and leftover placeholders stand out in the review.
  function markPlaceholders(node, text) {
    var parts = String(text).split(/(\{[a-z_]+\}|\[[^\]]*\])/);
    parts.forEach(function (part, i) {
      if (!part) return;
      if (i % 2 === 1) {
        var field = /^\{([a-z_]+)\}$/.exec(part);
        var label = field && fieldById(field[1]) ? '[' + fieldById(field[1]).label[lang] + ': ' + ui.fields_missing + ']' : part;
        node.appendChild(el('mark', { class: 'poa-missing', text: field ? label : part }));
      } else node.appendChild(document.createTextNode(part));
    });
    return node;
  }

  // Lint -----------------------------------------------------------------------------------

  var BLAME = [
    /\b(buyer|customer|shopper)s?('s)?\s+(was|were|is|are)\s+(wrong|lying|mistaken|at fault|to blame)/i,
    /\b(buyer|customer)s?('s)?\s+(fault|mistake|error|lie|lies|abuse)/i,
    /\bamazon('s)?\s+(fault|mistake|error|was wrong|is wrong|wrongly|unfairly)/i,
    /\b(unfair(ly)?|unjust(ly)?|false complaints?|fake complaints?|malicious|not our fault|no fault of ours)\b/i,
    /(买家|客户|顾客)的(错|责任|问题)|恶意(投诉|差评)|亚马逊的(错|问题|失误)|误判|不公平|不是我们的(错|问题|责任)/,
  ];
  var PROMISE = /\b(will|shall|going to|plan to|intend to|from now on|in (the )?future)\b|将会|将要|今后|以后|我们会/i;
  var DATED = /\b\d{4}-\d{2}-\d{2}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(daily|weekly|monthly|every|each)\b|\d{1,2}月\d{1,2}日|每(天|日|周|月)/i;
  var OWNER = /\b(manager|lead|leader|head|officer|supervisor|team|staff|responsible|owner|assigned|I)\b|负责|主管|经理|专员|团队/i;

  function lint() {
    var problems = [];
    var add = function (level, text, step) { problems.push({ level: level, text: text, step: step }); };
    var items = chosenItems();
    var causes = items.filter(function (i) { return i.part === 'causes'; });
    if (!causes.length) add('error', ui.lint_no_cause, 'causes');
    causes.forEach(function (cause) {
      ['corrective', 'preventive'].forEach(function (part) {
        var answered = items.some(function (i) { return i.part === part && i.answers.indexOf(cause.id) >= 0; });
        if (!answered) add('error', say('lint_unanswered_' + part, { item: shorten(fill(cause[lang === 'zh' ? 'zh' : 'en'])) }), part);
      });
    });
    var used = usedFields();
    data.fields.forEach(function (field) {
      if (!used[field.id]) return;
      var raw = draft.facts[field.id] || '';
      if (!values(field, raw).length) add('error', say('lint_empty_field', { field: field.label[lang] }), 'facts');
      else if (fieldError(field, raw)) add('error', say('lint_bad_field', { field: field.label[lang], error: fieldError(field, raw) }), 'facts');
    });
    var text = planText();
    var leftovers = {};
    (text.replace(/\{[a-z_]+\}/g, '').match(/\[[^\]\n]*\]|\{[^}\n]*\}/g) || []).forEach(function (found) {
      if (!leftovers[found]) { leftovers[found] = true; add('error', say('lint_braces', { text: found }), 'review'); }
    });
    items.forEach(function (item) {
      var en = fill(item.en);
      var step = item.part;
      if (BLAME.some(function (re) { return re.test(en); })) add('warning', say('lint_blame', { item: shorten(en) }), step);
      // The handbook's own items carry their date and owner as fields; the seller's own text may not.
      if (item.own && item.part !== 'causes' && PROMISE.test(en) && !(DATED.test(en) && OWNER.test(en))) add('warning', say('lint_promise', { item: shorten(en) }), step);
      if (item.own && /[\u3400-\u9fff]/.test(en)) add('warning', say('lint_chinese', { item: shorten(en) }), step);
    });
    var closing = draft.closing === null ? '' : draft.closing;
    if (BLAME.some(function (re) { return re.test(closing); })) add('warning', say('lint_blame', { item: shorten(closing) }), 'review');
    var words = (text.match(/[A-Za-z0-9][A-Za-z0-9'’\-]*/g) || []).length;
    if (words > LONG_WORDS) add('warning', say('lint_long', { n: words }), 'review');
    return problems;
  }

  function renderLint() {
    var listNode = $('[data-poa-lint-list]');
    listNode.textContent = '';
    if (!data) return;
    var problems = lint();
    var errors = problems.filter(function (p) { return p.level === 'error'; }).length;
    var warnings = problems.length - errors;
    $('[data-poa-lint]').setAttribute('data-state', errors ? 'errors' : warnings ? 'warnings' : 'clean');
    $('[data-poa-lint-count]').textContent = problems.length
      ? '(' + [errors ? say('lint_errors', { n: errors }) : '', warnings ? say('lint_warnings', { n: warnings }) : ''].filter(Boolean).join(lang === 'zh' ? '，' : ', ') + ')'
      : '';
    if (!problems.length) { listNode.appendChild(el('li', { class: 'poa-lint-ok', 'data-poa-lint-item': 'ok', text: ui.lint_ok })); return; }
    problems.forEach(function (problem) {
      var go = el('button', { type: 'button', class: 'poa-link-button', text: ui.lint_go });
      go.addEventListener('click', function () { show(problem.step, true); });
      listNode.appendChild(el('li', { class: 'poa-lint-' + problem.level, 'data-poa-lint-item': problem.level }, [
        el('span', { class: 'poa-lint-level', text: problem.level === 'error' ? '✗' : '!', 'aria-hidden': 'true' }),
        el('span', { text: problem.text }), ' ', problem.step === 'review' ? null : go,
      ]));
    });
  }

  // Steps ----------------------------------------------------------------------------------

  function renderAll() {
    renderFacts();
    PARTS.forEach(renderItems);
    if (current === 'review') { renderPlan(); renderLint(); }
  }

  function show(step, focus) {
    current = step;
    STEPS.forEach(function (name) { $('[data-poa-step="' + name + '"]').hidden = name !== step; });
    $$('[data-poa-goto]').forEach(function (button) {
      if (button.getAttribute('data-poa-goto') === step) button.setAttribute('aria-current', 'step'); else button.removeAttribute('aria-current');
    });
    var n = STEPS.indexOf(step);
    $('[data-poa-back]').hidden = n === 0;
    $('[data-poa-next]').hidden = n === STEPS.length - 1;
    $('[data-poa-progress]').textContent = say('step_of', { n: n + 1, m: STEPS.length });
    if (step === 'facts') renderFacts();
    if (step === 'corrective' || step === 'preventive' || step === 'causes') renderItems(step);
    if (step === 'review' && data) { renderPlan(); renderLint(); }
    if (focus) $('#poa-h-' + step).focus();
  }

  $$('[data-poa-goto]').forEach(function (button) {
    button.addEventListener('click', function () { show(button.getAttribute('data-poa-goto'), true); });
  });
  $('[data-poa-next]').addEventListener('click', function () { show(STEPS[Math.min(STEPS.indexOf(current) + 1, STEPS.length - 1)], true); });
  $('[data-poa-back]').addEventListener('click', function () { show(STEPS[Math.max(STEPS.indexOf(current) - 1, 0)], true); });
  select.addEventListener('change', function () { chooseKey(select.value, true); });
  $('[data-poa-delete]').addEventListener('click', deleteDraft);

  $('[data-poa-closing]').addEventListener('input', function (event) {
    if (!draft) return;
    var value = event.target.value;
    draft.closing = value === config.out.en.closing ? null : value;
    save();
    renderPlan();
    renderLint();
  });

  // Copy, download, print ------------------------------------------------------------------

  var status = $('[data-poa-copy-status]');
  $('[data-poa-copy]').addEventListener('click', function () {
    if (!data) return;
    var text = planText();
    var done = function () { status.textContent = ui.copied; };
    var fallback = function () {
      var area = el('textarea', { class: 'visually-hidden', readonly: true });
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      status.textContent = ok ? ui.copied : ui.copy_failed;
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  });

  $('[data-poa-download]').addEventListener('click', function () {
    if (!data) return;
    // A blob: address is made in this page; the file never travels over the network.
    var url = URL.createObjectURL(new Blob([planText()], { type: 'text/plain;charset=utf-8' }));
    var a = el('a', { href: url, download: 'plan-of-action-' + data.key + '.txt' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  });

  $('[data-poa-print]').addEventListener('click', function () { window.print(); });

  // Start ----------------------------------------------------------------------------------

  var wanted = new URLSearchParams(location.search).get('key') || '';
  if (wanted && select.querySelector('option[value="' + wanted.replace(/[^a-z0-9-]/g, '') + '"]')) {
    select.value = wanted;
  }
  show('type', false);
  renderAll();
  showDraftState();
  if (select.value) chooseKey(select.value, false);
})();
