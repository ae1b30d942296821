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

  var toggle = document.querySelector('[data-nav-toggle]');
  var sidebar = document.querySelector('[data-sidebar]');
  if (toggle && sidebar) {
    var setOpen = function (open) {
      toggle.setAttribute('aria-expanded', String(open));
      document.body.classList.toggle('nav-open', open);
    };
    toggle.addEventListener('click', function () {
      setOpen(toggle.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && document.body.classList.contains('nav-open')) {
        setOpen(false);
        toggle.focus();
      }
    });
    sidebar.addEventListener('click', function (event) {
      if (event.target.closest('a')) setOpen(false);
    });
  }
})();
