// A link mark beside each section heading: it carries the section's address, and a click copies
// that address, so a seller can send a colleague straight to "Common causes".
(function () {
  'use strict';

  var strings = document.querySelector('[data-copy-strings]');
  if (!strings) return;
  var label = strings.getAttribute('data-copy-link');
  var done = strings.getAttribute('data-link-copied');
  var status = document.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.appendChild(status);

  document.querySelectorAll('.prose h2[id], .prose h3[id], .prose h4[id]').forEach(function (heading) {
    var link = document.createElement('a');
    link.className = 'heading-link';
    link.href = '#' + encodeURIComponent(heading.id);
    link.setAttribute('aria-label', label + ': ' + heading.textContent.trim());
    link.setAttribute('data-heading-link', '');
    link.textContent = '#';
    link.addEventListener('click', function (event) {
      if (!navigator.clipboard) return; // the plain link still leads to the section
      event.preventDefault();
      var url = location.href.split('#')[0] + '#' + encodeURIComponent(heading.id);
      history.replaceState(null, '', '#' + encodeURIComponent(heading.id));
      navigator.clipboard.writeText(url).then(function () {
        link.classList.add('is-done');
        status.textContent = done;
        setTimeout(function () { link.classList.remove('is-done'); status.textContent = ''; }, 2000);
      });
    });
    heading.appendChild(document.createTextNode(' '));
    heading.appendChild(link);
  });
})();
