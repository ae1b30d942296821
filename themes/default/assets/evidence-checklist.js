// Evidence checklists that remember: the task lists of an article's "evidence" section become
// checkboxes whose ticks are saved on this device. Items are known by their position in the
// section, which is the same in both languages, so a tick on the Chinese page shows on the
// English one. Without JavaScript (and in print) the lists stay plain lists.
(function () {
  'use strict';

  var heading = document.getElementById('evidence');
  var strings = document.querySelector('[data-checklist-strings]');
  var key = strings && strings.getAttribute('data-key');
  if (!heading || !key) return;

  // The section runs from its heading to the next heading of the same level.
  var items = [];
  var first = null;
  for (var node = heading.nextElementSibling; node && node.tagName !== 'H2'; node = node.nextElementSibling) {
    if (node.matches('ul.contains-task-list')) {
      if (!first) first = node;
      Array.prototype.forEach.call(node.querySelectorAll(':scope > li.task-list-item'), function (li) { items.push(li); });
    }
  }
  if (!items.length) return;

  var STORE = 'appeal-handbook:evidence:' + key;
  var storage = null;
  try { storage = window.localStorage; } catch (e) { storage = null; }

  function read() {
    try {
      var saved = JSON.parse((storage && storage.getItem(STORE)) || '{}');
      return Array.isArray(saved.checked) ? saved.checked.filter(function (n) { return typeof n === 'number'; }) : [];
    } catch (e) {
      return []; // an unreadable record only loses ticks, which the reader sees at once
    }
  }

  function write(checked) {
    try { if (storage) storage.setItem(STORE, JSON.stringify({ count: items.length, checked: checked })); } catch (e) { /* storage blocked or full */ }
  }

  var checked = read();
  var boxes = items.map(function (li, n) {
    var box = li.querySelector('input[type=checkbox]');
    if (!box) {
      box = document.createElement('input');
      box.type = 'checkbox';
      li.insertBefore(box, li.firstChild);
    }
    box.disabled = false;
    box.removeAttribute('disabled');
    box.id = 'evidence-item-' + (n + 1);
    box.checked = checked.indexOf(n) >= 0;
    // The item's text becomes the checkbox's label, so a click on the words ticks it too.
    var label = document.createElement('label');
    label.setAttribute('for', box.id);
    while (box.nextSibling) label.appendChild(box.nextSibling);
    li.appendChild(label);
    li.classList.add('is-interactive');
    return box;
  });

  var bar = document.createElement('div');
  bar.className = 'checklist-bar';
  var progress = document.createElement('p');
  progress.className = 'checklist-progress';
  progress.setAttribute('role', 'status');
  progress.setAttribute('data-checklist-progress', '');
  var meter = document.createElement('progress');
  meter.max = items.length;
  meter.setAttribute('aria-hidden', 'true');
  var reset = document.createElement('button');
  reset.type = 'button';
  reset.className = 'checklist-reset';
  reset.setAttribute('data-checklist-reset', '');
  reset.textContent = strings.getAttribute('data-reset');
  var note = document.createElement('p');
  note.className = 'checklist-note';
  note.textContent = strings.getAttribute('data-saved');
  bar.appendChild(progress);
  bar.appendChild(meter);
  bar.appendChild(reset);
  bar.appendChild(note);
  first.parentNode.insertBefore(bar, first);

  function update() {
    var ticked = [];
    boxes.forEach(function (box, n) { if (box.checked) ticked.push(n); });
    progress.textContent = strings.getAttribute('data-progress').replace('{n}', ticked.length).replace('{m}', items.length);
    meter.value = ticked.length;
    return ticked;
  }

  boxes.forEach(function (box) {
    box.addEventListener('change', function () { write(update()); });
  });
  reset.addEventListener('click', function () {
    boxes.forEach(function (box) { box.checked = false; });
    write(update());
    try { if (storage) storage.removeItem(STORE); } catch (e) { /* nothing to remove */ }
  });
  // Another tab (the other language) ticking an item shows here too.
  window.addEventListener('storage', function (event) {
    if (event.key !== STORE) return;
    var now = read();
    boxes.forEach(function (box, n) { box.checked = now.indexOf(n) >= 0; });
    update();
  });
  update();
})();
