// Glossary tooltips: the definition opens next to the term it explains. The stylesheet alone
// would place it at the paragraph's left edge, often far from the term and over the sidebar;
// here it is anchored under the hovered or focused term and kept inside the window. Escape
// hides it without moving the pointer or the focus (WCAG 1.4.13).
(function () {
  'use strict';

  var MARGIN = 8;  // keep this far from the window's edges
  var GAP = 6;     // between the term and its tip

  function tipOf(link) {
    var id = link.getAttribute('aria-describedby');
    var tip = id && document.getElementById(id);
    return tip && tip.classList.contains('glossary-tip') ? tip : null;
  }

  function place(link, tip) {
    // The tip is fixed to the window (a table that scrolls sideways must not clip it), so
    // window coordinates are its coordinates.
    // A term that wraps has one box per line: anchor to the line the term starts on.
    var term = link.getClientRects()[0] || link.getBoundingClientRect();
    var width = tip.offsetWidth;
    var height = tip.offsetHeight;
    var viewport = document.documentElement.clientWidth;
    var left = Math.max(MARGIN, Math.min(term.left, viewport - MARGIN - width));
    var below = term.bottom + GAP;
    var top = below + height > window.innerHeight - MARGIN && term.top - GAP - height > MARGIN
      ? term.top - GAP - height
      : below;
    tip.style.left = Math.round(left) + 'px';
    tip.style.top = Math.round(top) + 'px';
  }

  function open(link) {
    var tip = tipOf(link);
    if (!tip) return;
    document.querySelectorAll('.glossary-tip.is-open').forEach(function (other) {
      if (other !== tip) other.classList.remove('is-open');
    });
    tip.classList.remove('is-dismissed');
    tip.classList.add('is-open');
    place(link, tip);
  }

  function close(link) {
    var tip = tipOf(link);
    if (tip) tip.classList.remove('is-open');
  }

  function linkFrom(event) {
    return event.target.closest ? event.target.closest('.glossary-link') : null;
  }

  document.documentElement.classList.add('glossary-tips');
  document.addEventListener('mouseover', function (event) { var l = linkFrom(event); if (l) open(l); });
  document.addEventListener('mouseout', function (event) { var l = linkFrom(event); if (l) close(l); });
  document.addEventListener('focusin', function (event) { var l = linkFrom(event); if (l) open(l); });
  document.addEventListener('focusout', function (event) { var l = linkFrom(event); if (l) close(l); });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('.glossary-tip.is-open').forEach(function (tip) {
      tip.classList.remove('is-open');
      tip.classList.add('is-dismissed');
    });
  });
  // A tip left open while the page scrolls under a resting pointer follows its term.
  window.addEventListener('scroll', function () {
    document.querySelectorAll('.glossary-tip.is-open').forEach(function (tip) {
      var link = document.querySelector('[aria-describedby="' + tip.id + '"]');
      if (link) place(link, tip);
    });
  }, { passive: true });
})();
