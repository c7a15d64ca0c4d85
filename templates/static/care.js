/*
 * 适老化: large text and high contrast, each switched by a button in the header. The choice is kept in the
 * browser's localStorage, never in a cookie, and applied from <head> so the first paint already shows it.
 * Without scripts the buttons stay hidden rather than do nothing.
 */
(function () {
  'use strict';
  var KEY = 'gongkai-care';
  var MODES = ['large', 'contrast'];
  var root = document.documentElement;

  function stored() {
    try {
      var value = window.localStorage.getItem(KEY) || '';
      return value.split(' ').filter(function (m) { return MODES.indexOf(m) >= 0; });
    } catch (e) {
      // Storage may be switched off (private modes, some intranet policies): the modes then last for the page.
      return [];
    }
  }

  function apply(modes) {
    if (modes.length) root.setAttribute('data-care', modes.join(' '));
    else root.removeAttribute('data-care');
  }

  function keep(modes) {
    try {
      if (modes.length) window.localStorage.setItem(KEY, modes.join(' '));
      else window.localStorage.removeItem(KEY);
    } catch (e) {
      // As above: not kept, still applied.
    }
  }

  var modes = stored();
  apply(modes);

  function wire() {
    var group = document.querySelector('.care');
    if (!group) return;
    var buttons = group.querySelectorAll('button[data-care]');
    Array.prototype.forEach.call(buttons, function (button) {
      var mode = button.getAttribute('data-care');
      button.setAttribute('aria-pressed', String(modes.indexOf(mode) >= 0));
      button.addEventListener('click', function () {
        var at = modes.indexOf(mode);
        if (at >= 0) modes.splice(at, 1); else modes.push(mode);
        modes.sort();
        apply(modes);
        keep(modes);
        button.setAttribute('aria-pressed', String(at < 0));
      });
    });
    group.hidden = false;
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();

  // Another tab changed the choice: follow it, so every open page of the site reads alike.
  window.addEventListener('storage', function (event) {
    if (event.key !== KEY) return;
    modes = stored();
    apply(modes);
    Array.prototype.forEach.call(document.querySelectorAll('.care button[data-care]'), function (button) {
      button.setAttribute('aria-pressed', String(modes.indexOf(button.getAttribute('data-care')) >= 0));
    });
  });
})();
