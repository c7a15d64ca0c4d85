// gongkai serve's live reload, added to each page the preview serves (never to the built files). It listens for the
// end of each build: a published build reloads the page; a failed one shows its errors over the page, which stays
// the last good site. Plain script with no inline code, since the site's CSP allows none.
(function () {
  'use strict';
  var shown = Number(new URL(document.currentScript.src).searchParams.get('build'));
  var errorPage = document.getElementById('gongkai-build-errors') !== null;
  var overlayId = 'gongkai-overlay';

  function element(tag, text, style) {
    var e = document.createElement(tag);
    if (text) {
      e.textContent = text;
    }
    Object.keys(style || {}).forEach(function (k) { e.style[k] = style[k]; });
    return e;
  }

  function hideOverlay() {
    var old = document.getElementById(overlayId);
    if (old) {
      old.remove();
    }
  }

  function showOverlay(status) {
    hideOverlay();
    var box = element('section', null, {
      position: 'fixed', left: '0', right: '0', top: '0', maxHeight: '70vh', overflow: 'auto', zIndex: '2147483647',
      background: '#fff4f4', color: '#5a0000', borderBottom: '4px solid #b00020', padding: '1em 1.5em',
      font: '16px/1.6 sans-serif', boxShadow: '0 4px 16px rgba(0,0,0,.3)'
    });
    box.id = overlayId;
    box.setAttribute('role', 'alert');
    box.appendChild(element('h2', status.heading, { margin: '0 0 .5em', fontSize: '1.25em' }));
    var list = element('ol', null, { margin: '0', paddingLeft: '1.5em' });
    status.problems.forEach(function (p) {
      var item = element('li', null, { margin: '.25em 0' });
      if (p.where) {
        item.appendChild(element('code', p.where, { fontWeight: 'bold', marginRight: '.5em' }));
      }
      item.appendChild(document.createTextNode(p.message + (p.rule ? ' [' + p.rule + ']' : '')));
      list.appendChild(item);
    });
    box.appendChild(list);
    box.appendChild(element('p', '下面仍是上一次成功生成的网站。修改后保存，本页会自动刷新。', { margin: '.5em 0 0' }));
    var close = element('button', '暂时隐藏', { marginTop: '.5em' });
    close.type = 'button';
    close.addEventListener('click', hideOverlay);
    box.appendChild(close);
    document.body.appendChild(box);
  }

  var events = new EventSource('/_gongkai/events');
  events.addEventListener('build', function (e) {
    var build = JSON.parse(e.data);
    if (build.ok || errorPage) {
      if (build.build !== shown) {
        hideOverlay();
        location.reload();
      }
      return;
    }
    fetch('/_gongkai/status.json', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (status) { if (!status.ok) { showOverlay(status); } });
  });
})();
