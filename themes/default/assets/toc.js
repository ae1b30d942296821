// "On this page": folded on phones, where it would fill the first screens of a long article;
// open on wider screens; and, where it stands in its own column beside the article, it marks
// the section being read.
(function () {
  'use strict';

  var toc = document.querySelector('[data-toc]');
  var details = toc && toc.querySelector('[data-toc-details]');
  if (!details) return;

  // The same width at which the sidebar becomes a drawer (site.css: 56rem).
  var wide = window.matchMedia('(min-width: 56.01rem)');
  var sync = function () { details.open = wide.matches; };
  sync();
  details.setAttribute('data-toc-ready', '');
  if (wide.addEventListener) wide.addEventListener('change', sync);

  // A link chosen in the folded list on a phone folds it again, so the section is not hidden under it.
  details.addEventListener('click', function (event) {
    if (event.target.closest('a') && !wide.matches) details.open = false;
  });

  var links = Array.prototype.slice.call(toc.querySelectorAll('a[href^="#"]'));
  var sections = links.map(function (a) {
    return document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
  });
  if (sections.some(function (s) { return !s; })) return;

  // The section being read is the last heading that has scrolled past the top fifth of the window;
  // at the end of the page, where the last short sections can never reach that line, it is the
  // last heading in view.
  var mark = function () {
    var bottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    var line = bottom ? window.innerHeight : window.innerHeight / 5;
    var current = -1;
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].getBoundingClientRect().top <= line) current = i; else break;
    }
    links.forEach(function (a, i) {
      if (i === current) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    });
  };
  var pending = false;
  var schedule = function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; mark(); });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  mark();
})();
