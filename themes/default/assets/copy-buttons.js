// A copy button on every code block: sellers paste the Plan of Action template and sample
// wording straight into Seller Central, and selecting a long block by hand on a phone is slow.
(function () {
  'use strict';

  var strings = document.querySelector('[data-copy-strings]');
  if (!strings || !navigator.clipboard) return;
  var label = strings.getAttribute('data-copy');
  var done = strings.getAttribute('data-copied');
  var hint = strings.getAttribute('data-copy-code');

  document.querySelectorAll('.prose pre').forEach(function (pre) {
    var code = pre.querySelector('code') || pre;
    var wrap = document.createElement('div');
    wrap.className = 'code-block';
    pre.parentNode.insertBefore(wrap, pre);
    wrap.appendChild(pre);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = label;
    button.title = hint;
    button.setAttribute('data-copy-button', '');
    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        button.textContent = done;
        button.classList.add('is-done');
        status.textContent = done;
        setTimeout(function () {
          button.textContent = label;
          button.classList.remove('is-done');
          status.textContent = '';
        }, 2000);
      });
    });
    wrap.appendChild(button);
    wrap.appendChild(status);
  });
})();
