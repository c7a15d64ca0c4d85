/*
 * A comparison page's indicator table as CSV, made from the table the reader sees: one column per project as on
 * screen, the rows of project names, links and totals first, then each line with its levels, its name and whether
 * it joins indicators of different names (同类对齐); a cell that names its own indicator reads 原名称：指标值, and a
 * project without the indicator is an empty cell. UTF-8 with a byte order mark and every cell by csv.js's rule, as
 * every CSV of the site. Links start with the site's address (base_url), as the search page's download does.
 */
(function () {
  'use strict';

  var table = document.querySelector('table.compare');
  if (!table || !window.GongkaiCsv) return;
  var Csv = window.GongkaiCsv;

  /* A text of the page as one line: the head's line break between office and year becomes a space. */
  function text(node) {
    var parts = [];
    node.childNodes.forEach(function (child) {
      if (child.nodeName !== 'BR') parts.push(child.textContent);
    });
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  function own(cell, selector) {
    var found = cell.querySelector(selector);
    return found ? found.textContent : '';
  }

  /* The project's page from the site's address, or as this page was opened when the site states none. */
  function link(anchor) {
    var absolute = new URL(anchor.getAttribute('href'), location.href).href;
    var address = table.dataset.address || '';
    var root = new URL(table.dataset.root || './', location.href).href;
    return address && absolute.indexOf(root) === 0 ? address.replace(/\/?$/, '/') + absolute.substring(root.length)
      : absolute;
  }

  function csvText() {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1);
    var names = Array.prototype.slice.call(document.querySelectorAll('table.list tbody th[scope="row"]'));
    var lines = [['一级指标', '二级指标', '三级指标', '同类对齐'].concat(heads.map(text))];
    lines.push(['', '', '项目名称', ''].concat(heads.map(function (h, i) { return names[i] ? text(names[i]) : ''; })));
    lines.push(['', '', '链接', ''].concat(heads.map(function (h) {
      var a = h.querySelector('a');
      return a ? link(a) : '';
    })));
    table.querySelectorAll('tbody tr').forEach(function (tr) {
      var cells = Array.prototype.slice.call(tr.querySelectorAll('td'));
      var values = cells.map(function (td) {
        if (td.classList.contains('missing')) return '';
        var named = td.querySelector('.named');
        var value = td.textContent.substring(named ? named.textContent.length : 0).trim();
        return named ? named.textContent + '：' + value : value;
      });
      var head = tr.querySelector('th');
      if (tr.classList.contains('sum')) {
        lines.push(['', '', text(head), ''].concat(values));
      } else {
        lines.push([own(head, '.l1'), own(head, '.l2'), own(head, '.l3'), tr.classList.contains('aligned') ? '是' : '']
          .concat(values));
      }
    });
    return '\uFEFF' + lines.map(function (l) { return l.map(Csv.field).join(','); }).join('\r\n') + '\r\n';
  }

  /* The download's name says which comparison it holds: 同类比较-政务服务便民热线.csv. */
  function csvName() {
    var title = document.querySelector('h1').textContent.replace(/^同类项目比较：/, '');
    return ('同类比较-' + title).replace(/[\\/:*?"<>|\s]+/g, '_') + '.csv';
  }

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'button-link';
  button.id = 'compare-csv';
  button.textContent = '下载本表（CSV）';
  button.addEventListener('click', function () {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csvText()], { type: 'text/csv;charset=utf-8' }));
    a.download = csvName();
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
  var tools = document.createElement('p');
  tools.className = 'search-tools';
  tools.appendChild(button);
  table.closest('.table-scroll').before(tools);

  window.gongkaiCompare = { csvText: csvText, csvName: csvName };
})();
