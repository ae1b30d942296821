// Behaviour shared by every page: the phone navigation drawer, and a language switch that keeps
// the reader's #section. Everything works without it; it only makes things smoother.
(function () {
  'use strict';

  // The language switch lands on the counterpart page; both languages share section ids,
  // so carrying the hash over keeps the reader where they were.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('[data-lang-switch]');
    if (link && location.hash) {
      link.setAttribute('href', link.getAttribute('href').split('#')[0] + location.hash);
    }
  });

  // The phone menu is a drawer over the page: while it is open the rest of the page is inert,
  // Tab stays between the menu button and the drawer's links, and Escape, the menu button or a
  // tap on the backdrop closes it.
  var toggle = document.querySelector('[data-nav-toggle]');
  var sidebar = document.querySelector('[data-sidebar]');
  if (toggle && sidebar) {
    var outside = function () {
      return [document.querySelector('main'), document.querySelector('.site-footer')].concat(
        Array.prototype.slice.call(document.querySelectorAll('.site-header > *:not([data-nav-toggle])')));
    };
    var isOpen = function () { return document.body.classList.contains('nav-open'); };
    var setOpen = function (open) {
      toggle.setAttribute('aria-expanded', String(open));
      document.body.classList.toggle('nav-open', open);
      outside().forEach(function (el) { if (el) el.inert = open; });
      if (open) {
        var start = sidebar.querySelector('a[aria-current="page"]') || sidebar.querySelector('a');
        if (start) start.focus({ preventScroll: true });
      }
    };
    var drawerMode = function () { return getComputedStyle(toggle).display !== 'none'; };
    toggle.addEventListener('click', function () {
      setOpen(!isOpen());
    });
    document.addEventListener('keydown', function (event) {
      if (!isOpen()) return;
      if (event.key === 'Escape') {
        setOpen(false);
        toggle.focus();
      } else if (event.key === 'Tab') {
        var stops = [toggle].concat(Array.prototype.slice.call(sidebar.querySelectorAll('a[href]')));
        var at = stops.indexOf(document.activeElement);
        var next = at < 0 ? 0 : (at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length;
        event.preventDefault();
        stops[next].focus();
      }
    });
    // The backdrop is the body's ::after: a tap on it is a click on no element of the page.
    document.addEventListener('click', function (event) {
      if (isOpen() && !sidebar.contains(event.target) && !toggle.contains(event.target)) setOpen(false);
    });
    sidebar.addEventListener('click', function (event) {
      if (event.target.closest('a')) setOpen(false);
    });
    // Widening the window past the phone layout leaves no drawer to close.
    window.addEventListener('resize', function () { if (isOpen() && !drawerMode()) setOpen(false); });
  }
})();
