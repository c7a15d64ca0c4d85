/*
 * The search page: reads the query from the address (so every search is a link that can be shared), runs it
 * with engine.js, and shows results with highlighted snippets, matching indicator rows, facets with counts,
 * and an indicator mode with sorting and a CSV download. Facets and pages are ordinary links; scripts only
 * spare the page reload. No framework, no outside request.
 */
(function () {
  'use strict';

  var S = window.GongkaiSearchEngine;
  var Csv = window.GongkaiCsv;
  var box = document.getElementById('search');
  if (!box || !S || !Csv) return;
  var config = {
    version: box.dataset.version,
    shards: Number(box.dataset.shards),
    phraseShards: Number(box.dataset.phraseShards),
    p: { docs: Number(box.dataset.projects), chunk: Number(box.dataset.projectChunk) },
    r: { docs: Number(box.dataset.rows) }
  };
  var engine = new S.Engine('./', config);
  // The site's own address (base_url): the downloaded CSV's links start with it, as gongkai search's do.
  var ADDRESS = box.dataset.address || '';
  var PAGE = { p: 10, r: 20 };
  var SORT_LIMIT = 5000;
  var FACET_ITEMS = 30;
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var facetsBox = document.getElementById('search-facets');
  var results = document.getElementById('search-results');
  var KEYS = ['q', 'mode', 'office', 'region', 'year', 'budget', 'l1', 'l2', 'page', 'sort', 'dir'];
  var openFacets = new Set();
  var generation = 0;

  function readState() {
    var params = new URLSearchParams(location.search);
    var state = {};
    KEYS.forEach(function (k) { var v = params.get(k); state[k] = v === null || v === '' ? null : v; });
    state.q = state.q || '';
    state.mode = state.mode === 'indicators' ? 'indicators' : 'projects';
    state.page = Math.max(1, parseInt(state.page, 10) || 1);
    return state;
  }

  function href(state, changes) {
    var next = Object.assign({}, state, changes);
    var params = new URLSearchParams();
    KEYS.forEach(function (k) {
      var v = next[k];
      if (v === null || v === undefined || v === '' || (k === 'mode' && v === 'projects') || (k === 'page' && v === 1)) return;
      params.set(k, v);
    });
    var query = params.toString();
    return query ? '?' + query : './';
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k]; else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }

  /* The text with its query terms in <mark>; built from text nodes, never from HTML strings. */
  function marked(text, clauses) {
    var span = document.createDocumentFragment();
    var at = 0;
    S.highlights(text, clauses).forEach(function (h) {
      span.appendChild(document.createTextNode(text.substring(at, h[0])));
      span.appendChild(el('mark', { text: text.substring(h[0], h[1]) }));
      at = h[1];
    });
    span.appendChild(document.createTextNode(text.substring(at)));
    return span;
  }

  /* About 90 characters of the goal around its first highlighted term. */
  function excerpt(text, clauses) {
    var spans = S.highlights(text, clauses);
    var from = spans.length ? Math.max(0, spans[0][0] - 30) : 0;
    var to = Math.min(text.length, from + 90);
    return (from > 0 ? '…' : '') + text.substring(from, to) + (to < text.length ? '…' : '');
  }

  /*
   * Opened from disk (file://), a page may not read other files, so the index cannot be fetched: say so in Chinese,
   * with the ways to serve the site, rather than report the browser's English error.
   */
  var FROM_DISK = location.protocol === 'file:';
  var FROM_DISK_TEXT = '这个网页是从本机磁盘直接打开的（地址以 file:// 开头）。浏览器不允许这样打开的网页读取检索索引，所以这里不能检索。'
      + '请通过网址访问网站：发布者可以在内容目录旁运行 gongkai serve，再打开 http://127.0.0.1:8000/search/；'
      + '或把网站目录放到任意静态网站服务器上（例如 nginx，或在网站目录中运行 python3 -m http.server）。'
      + '网站的其他页面和下载文件从磁盘打开也能正常阅读。';

  function run() {
    var state = readState();
    var mine = ++generation;
    if (FROM_DISK) {
      input.value = state.q;
      box.setAttribute('data-state', 'file');
      status.textContent = FROM_DISK_TEXT;
      return Promise.resolve(null);
    }
    input.value = state.q;
    var modeInput = form.querySelector('input[name=mode][value=' + state.mode + ']');
    if (modeInput) modeInput.checked = true;
    box.setAttribute('data-state', 'loading');
    status.textContent = '正在检索…';
    var attrs = openFacets.has(state.mode === 'indicators' ? 'l1' : 'budget');
    var request = Object.assign({}, state, { attrs: attrs });
    var started = performance.now();
    return engine.search(request).then(function (answer) {
      if (mine !== generation) return null;
      var ranked = performance.now();
      var page = answer.kind === 'p' ? PAGE.p : PAGE.r;
      var wanted = answer.ranked.slice((state.page - 1) * page, state.page * page);
      var sorting = answer.kind === 'r' && state.sort && answer.total <= SORT_LIMIT;
      var docs = sorting ? answer.ranked : wanted;
      return Promise.all([engine.summaries(answer.kind, docs), engine.officeNames(officesShown(state, answer, docs))])
          .then(function (loaded) {
        if (mine !== generation) return null;
        var summaries = loaded[0];
        answer.names = loaded[1];
        var shown = performance.now();
        var rows = docs.map(function (d, i) { return { doc: d, summary: summaries[i] }; });
        if (sorting) rows = sortRows(rows, answer, state).slice((state.page - 1) * page, state.page * page);
        render(state, answer, rows, page);
        var now = performance.now();
        box.setAttribute('data-elapsed', String(Math.round(now - started)));
        // Time spent computing once the data were there: ranking after the shards, drawing after the summaries.
        box.setAttribute('data-compute', ((answer.computeMs || 0) + (ranked - answer.readyAt) + (now - shown)).toFixed(1));
        box.setAttribute('data-total', String(answer.total));
        box.setAttribute('data-requests', String(engine.store.stats.requests));
        box.setAttribute('data-bytes', String(engine.store.stats.bytes));
        return (answer.total || !state.q ? Promise.resolve() : otherMode(state, mine)).then(function () {
          if (mine !== generation) return null;
          box.setAttribute('data-state', 'done');
          return answer;
        });
      });
    }).catch(function (error) {
      if (mine !== generation) return;
      // The browser's own words (Failed to fetch, a shard's name) are for whoever maintains the site, not the reader.
      status.textContent = '检索出错：没能读取检索索引。请检查网络连接后刷新页面重试；如果一直出错，可能是网站文件不完整，请告知网站管理者。';
      box.setAttribute('data-error', String(error && error.message || error));
      box.setAttribute('data-state', 'error');
    });
  }

  /*
   * Nothing found in one mode: how many the other mode finds, with a link to them, for the same query and the
   * filters both modes have (a row's 一级 or a project's budget range would not carry over).
   */
  function otherMode(state, mine) {
    var mode = state.mode === 'indicators' ? 'projects' : 'indicators';
    var kept = { office: state.office, region: state.region, year: state.year };
    return engine.search(Object.assign({ q: state.q, mode: mode }, kept)).then(function (other) {
      if (mine !== generation || !other.total) return;
      var label = mode === 'projects' ? '项目' : '绩效指标';
      results.appendChild(el('p', { class: 'search-other' }, ['在“' + label + '”中找到 ' + other.total + ' 条结果：',
        el('a', { href: href({ q: state.q, mode: mode }, kept), 'data-nav': '' }, ['查看' + label + '结果'])]));
    });
  }

  /* The offices whose names the page shows: its results', the office facet's first entries, the chosen one. */
  function officesShown(state, answer, docs) {
    var offices = [];
    answer.facets.walk(docs.slice().sort(function (a, b) { return a - b; }), function (d, office) { offices.push(office); });
    offices = offices.concat(topOffices(answer));
    var chosen = answer.facets.data.offices.findIndex(function (o) { return o[0] === state.office; });
    if (chosen >= 0) offices.push(chosen);
    return offices;
  }

  function topOffices(answer) {
    return Array.from(answer.counts.office.keys())
      .sort(function (a, b) { return answer.counts.office.get(b) - answer.counts.office.get(a) || a - b; })
      .slice(0, FACET_ITEMS);
  }

  function officeAndYear(answer, doc) {
    var found = null;
    answer.facets.walk([doc], function (d, office, year) { found = { office: office, year: year }; });
    var o = answer.facets.data.offices[found.office];
    return { office: answer.names.get(found.office) || '', officeId: o ? o[0] : '', year: found.year };
  }

  /* The filters a search has, each with its label and the link that drops it, in the order of the facets. */
  function activeFilters(state, answer) {
    var data = answer.facets.data;
    var found = [];
    if (state.year != null) found.push(['year', state.year + '年度']);
    if (state.region != null) {
      var region = data.regions.filter(function (g) { return g[0] === state.region; })[0];
      found.push(['region', region ? region[1] : state.region]);
    }
    if (state.office != null) {
      var office = data.offices.findIndex(function (o) { return o[0] === state.office; });
      found.push(['office', answer.names.get(office) || state.office]);
    }
    if (answer.kind === 'p' && state.budget != null) found.push(['budget', data.budget[Number(state.budget)] || state.budget]);
    if (answer.kind === 'r' && state.l1 != null) found.push(['l1', state.l1]);
    if (answer.kind === 'r' && state.l2 != null) found.push(['l2', state.l2]);
    return found.map(function (f) { return { key: f[0], label: f[1], href: href(state, change(f[0], null)) }; });
  }

  function render(state, answer, rows, page) {
    var what = answer.kind === 'p' ? '个项目' : '条绩效指标';
    var query = state.q ? '“' + state.q + '”' : '全部内容';
    var filters = activeFilters(state, answer);
    // A shared link's filters are said with its count, so that a reader knows what was left out.
    var within = filters.length ? '（筛选：' + filters.map(function (f) { return f.label; }).join('、') + '）' : '';
    status.textContent = answer.total ? query + within + '：找到 ' + answer.total + ' ' + what + '。'
        : query + within + '：没有找到' + (answer.kind === 'p' ? '项目' : '绩效指标') + '。可以换个说法，或减少筛选条件。';
    renderFacets(state, answer);
    results.textContent = '';
    // Above the results, where a phone shows them before the facets: each filter, removed with one tap.
    if (filters.length) {
      results.appendChild(el('p', { class: 'search-chips' }, [el('span', { class: 'chips-label', text: '已筛选：' })]
        .concat(filters.map(function (f) {
          return el('a', { href: f.href, 'data-nav': '', 'data-filter': f.key, 'aria-label': '取消筛选：' + f.label },
            ['× ', f.label]);
        }))));
    }
    if (!answer.total) return;
    results.appendChild(answer.kind === 'p' ? projectList(state, answer, rows) : indicatorTable(state, answer, rows));
    results.appendChild(pager(state, answer.total, page));
  }

  function projectList(state, answer, rows) {
    var list = el('ol', { class: 'search-hits', start: String((state.page - 1) * PAGE.p + 1) });
    rows.forEach(function (row) {
      var s = row.summary;
      var where = officeAndYear(answer, row.doc);
      var item = el('li', { class: 'search-hit', 'data-url': s[0] }, [
        el('h3', {}, [el('a', { href: '../' + s[0] }, [marked(s[1], answer.clauses)])]),
        el('p', { class: 'hit-meta', text: where.office + ' · ' + where.year + '年度 · ' + (s[2] ? s[2] + '万元' : '金额未列出') }),
        s[3] ? el('p', { class: 'hit-goal' }, [marked(excerpt(s[3], answer.clauses), answer.clauses)]) : null
      ]);
      var matching = s[4].filter(function (r) { return answer.clauses.length && S.mentions(r[1] + ' ' + r[2], answer.clauses); });
      if (matching.length) {
        var sub = el('ul', { class: 'hit-rows', 'aria-label': '匹配的绩效指标' });
        matching.slice(0, 5).forEach(function (r) {
          sub.appendChild(el('li', {}, [el('a', { href: '../' + s[0] + '#r' + r[0] }, [
            marked(r[1], answer.clauses), '：', marked(r[2], answer.clauses)])]));
        });
        if (matching.length > 5) sub.appendChild(el('li', { class: 'hit-more', text: '另有 ' + (matching.length - 5) + ' 条匹配的指标' }));
        item.appendChild(sub);
      }
      list.appendChild(item);
    });
    return list;
  }

  var COLUMNS = [
    { key: 'level3', label: '三级指标', get: function (r) { return r.summary[4]; } },
    { key: 'value', label: '指标值', get: function (r) { return r.summary[5]; } },
    { key: 'project', label: '项目', get: function (r) { return r.summary[1]; } },
    { key: 'office', label: '单位', get: function (r) { return r.where.office; } },
    { key: 'year', label: '年度', get: function (r) { return String(r.where.year); } },
    { key: 'level', label: '一级 / 二级', get: function (r) { return r.summary[2] + ' / ' + r.summary[3]; } }
  ];

  /*
   * An indicator value as a number and its unit, for sorting: ≥95% is 95 in %, ≤182.31万元 is 182.31 in 万元, after
   * NFKC as the index reads text (so ９５％ is 95 in %). Text such as 效果明显 or 较高 has no number: null.
   */
  var VALUE = /^[\s≥≤><=≈~约不低高少多于等超过达到大小至]*([-+]?\d[\d,]*(?:\.\d+)?)\s*(.*)$/;
  function valueKey(text) {
    var m = VALUE.exec(String(text || '').normalize('NFKC'));
    return m ? { number: Number(m[1].replace(/,/g, '')), unit: m[2].trim() } : null;
  }

  /* Numbers by their value within a unit, the units in name order; text after every number, whichever the direction. */
  function compareValues(a, b, sign, collator) {
    var x = valueKey(a);
    var y = valueKey(b);
    if (x && !y) return -1;
    if (!x && y) return 1;
    if (!x) return sign * collator.compare(a, b);
    return collator.compare(x.unit, y.unit) || sign * (x.number - y.number);
  }

  function sortRows(rows, answer, state) {
    var column = COLUMNS.filter(function (c) { return c.key === state.sort; })[0];
    rows.forEach(function (r) { r.where = officeAndYear(answer, r.doc); });
    if (!column) return rows;
    var collator = new Intl.Collator('zh-CN', { numeric: true });
    var sign = state.dir === 'desc' ? -1 : 1;
    var compare = column.key === 'value'
      ? function (a, b) { return compareValues(a, b, sign, collator); }
      : function (a, b) { return sign * collator.compare(a, b); };
    // A stable sort: rows that compare equal keep their rank.
    return rows.map(function (r, i) { return { r: r, i: i }; }).sort(function (a, b) {
      return compare(column.get(a.r), column.get(b.r)) || a.i - b.i;
    }).map(function (x) { return x.r; });
  }

  function indicatorTable(state, answer, rows) {
    var wrap = el('div', { class: 'indicator-results' });
    var tools = el('p', { class: 'search-tools' });
    var download = el('button', { type: 'button', class: 'button-link', id: 'search-csv' }, ['下载全部 ' + answer.total + ' 条（CSV）']);
    download.addEventListener('click', function () { downloadCsv(state, answer, download); });
    tools.appendChild(download);
    if (answer.total > SORT_LIMIT) tools.appendChild(document.createTextNode(' 结果超过 ' + SORT_LIMIT + ' 条，按相关度排列；筛选后可按列排序。'));
    wrap.appendChild(tools);
    var table = el('table', { class: 'search-table' });
    table.appendChild(el('caption', { class: 'visually-hidden', text: '匹配的绩效指标，可按列排序' }));
    var head = el('tr');
    COLUMNS.forEach(function (c) {
      var th = el('th', { scope: 'col' });
      if (answer.total <= SORT_LIMIT) {
        var active = state.sort === c.key;
        var dir = active && state.dir !== 'desc' ? 'desc' : 'asc';
        if (active) th.setAttribute('aria-sort', state.dir === 'desc' ? 'descending' : 'ascending');
        th.appendChild(el('a', { href: href(state, { sort: c.key, dir: dir, page: 1 }), 'data-nav': '' },
          [c.label, active ? (state.dir === 'desc' ? ' ▼' : ' ▲') : '']));
      } else {
        th.textContent = c.label;
      }
      head.appendChild(th);
    });
    table.appendChild(el('thead', {}, [head]));
    var body = el('tbody');
    rows.forEach(function (r) {
      r.where = r.where || officeAndYear(answer, r.doc);
      var s = r.summary;
      // data-label names the column when a phone shows each row as a card.
      body.appendChild(el('tr', { class: 'search-hit', 'data-url': s[0] }, [
        el('td', { 'data-label': '三级指标' }, [el('a', { href: '../' + s[0] }, [marked(s[4], answer.clauses)])]),
        el('td', { 'data-label': '指标值' }, [marked(s[5], answer.clauses)]),
        el('td', { 'data-label': '项目', text: s[1] }), el('td', { 'data-label': '单位', text: r.where.office }),
        el('td', { 'data-label': '年度', text: String(r.where.year) }),
        el('td', { 'data-label': '一级 / 二级', text: s[2] + ' / ' + s[3] })
      ]));
    });
    table.appendChild(body);
    wrap.appendChild(el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': '指标结果表' }, [table]));
    return wrap;
  }

  /*
   * Every matching row as CSV (UTF-8 with a byte-order mark, so spreadsheets on Chinese Windows read it), each
   * cell by csv.js's rule, the one the site's own CSV files follow.
   */
  /*
   * Every row of the search as the table shows it: sorted as the table is, when it is; the columns and links of
   * gongkai search --format csv, cell for cell (org.gongkai.export.SearchCsv).
   */
  function csvText(answer, state) {
    var offices = [];
    answer.facets.walk(answer.ranked.slice().sort(function (a, b) { return a - b; }), function (d, office) { offices.push(office); });
    return Promise.all([engine.summaries('r', answer.ranked), engine.officeNames(offices)]).then(function (loaded) {
      var summaries = loaded[0];
      answer.names = loaded[1];
      var rows = answer.ranked.map(function (d, i) { return { doc: d, summary: summaries[i] }; });
      if (state.sort && answer.total <= SORT_LIMIT) rows = sortRows(rows, answer, state);
      var lines = [['项目', '单位', '年度', '一级指标', '二级指标', '三级指标', '指标值', '链接']];
      rows.forEach(function (r) {
        var s = r.summary;
        var where = officeAndYear(answer, r.doc);
        var link = ADDRESS ? ADDRESS + s[0] : new URL('../' + s[0], location.href).href;
        lines.push([s[1], where.office, String(where.year), s[2], s[3], s[4], s[5], link]);
      });
      return '\uFEFF' + lines.map(function (l) { return l.map(Csv.field).join(','); }).join('\r\n') + '\r\n';
    });
  }

  /* The download's name says what it holds: the query, each filter and the order, e.g. gongkai-indicators-满意度-2024年度.csv. */
  function csvName(state, answer) {
    var parts = ['gongkai-indicators'];
    if (state.q) parts.push(state.q);
    activeFilters(state, answer).forEach(function (f) { parts.push(f.label); });
    var column = COLUMNS.filter(function (c) { return c.key === state.sort; })[0];
    if (column && answer.total <= SORT_LIMIT) parts.push('按' + column.label + (state.dir === 'desc' ? '降序' : '升序'));
    return parts.map(function (p) { return p.replace(/[\\/:*?"<>|\s]+/g, '_'); }).join('-') + '.csv';
  }

  function downloadCsv(state, answer, button) {
    button.disabled = true;
    button.textContent = '正在准备下载…';
    csvText(answer, state).then(function (csv) {
      var link = el('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })),
                           download: csvName(state, answer) });
      document.body.appendChild(link);
      link.click();
      link.remove();
      button.disabled = false;
      button.textContent = '下载全部 ' + answer.total + ' 条（CSV）';
    });
  }

  function pager(state, total, page) {
    var pages = Math.ceil(total / page);
    var nav = el('nav', { class: 'pager', 'aria-label': '分页' });
    if (pages <= 1) return nav;
    if (state.page > 1) nav.appendChild(el('a', { href: href(state, { page: state.page - 1 }), 'data-nav': '', rel: 'prev' }, ['上一页']));
    nav.appendChild(el('span', { text: '第 ' + state.page + ' / ' + pages + ' 页' }));
    if (state.page < pages) nav.appendChild(el('a', { href: href(state, { page: state.page + 1 }), 'data-nav': '', rel: 'next' }, ['下一页']));
    return nav;
  }

  function renderFacets(state, answer) {
    var data = answer.facets.data;
    facetsBox.textContent = '';
    facetsBox.appendChild(el('h2', { class: 'facets-title', text: '筛选' }));
    group(state, '年度', 'year', sortedKeys(answer.counts.year, function (a, b) { return b - a; })
      .map(function (y) { return [String(y), y + '年度', answer.counts.year.get(y)]; }));
    group(state, '地区', 'region', data.regions.map(function (g, i) { return [g[0], g[1], answer.counts.region.get(i) || 0, i]; })
      .filter(function (x) { return x[2] > 0 || x[0] === state.region; }));
    group(state, '单位', 'office', data.offices.map(function (o, i) { return [o[0], answer.names.get(i), answer.counts.office.get(i) || 0]; })
      .filter(function (x) { return x[1] !== undefined && (x[2] > 0 || x[0] === state.office); })
      .sort(function (a, b) { return b[2] - a[2]; }), null, answer.counts.office.size);
    if (answer.kind === 'p') {
      lazyGroup(state, answer, '预算金额', 'budget', data.budget.map(function (label, i) { return [String(i), label, answer.counts.budget.get(i) || 0]; }));
    } else {
      lazyGroup(state, answer, '一级指标', 'l1', sortedKeys(answer.counts.l1).map(function (k) { return [k, k, answer.counts.l1.get(k)]; }), 'l1');
      lazyGroup(state, answer, '二级指标', 'l2', sortedKeys(answer.counts.l2).map(function (k) { return [k, k, answer.counts.l2.get(k)]; }), 'l1');
    }
  }

  function sortedKeys(map, compare) {
    return Array.from(map.keys()).sort(compare || function (a, b) { return map.get(b) - map.get(a) || String(a).localeCompare(String(b), 'zh-CN'); });
  }

  function group(state, title, key, items, container, available) {
    var section = el('section', { class: 'facet', 'aria-label': title });
    section.appendChild(el('h3', { text: title }));
    var list = el('ul');
    if (state[key] != null) {
      list.appendChild(el('li', {}, [el('a', { href: href(state, change(key, null)), 'data-nav': '', class: 'facet-clear' }, ['× 不限' + title])]));
    }
    var shownItems = items.slice(0, FACET_ITEMS);
    // The chosen item always shows, however far down the list its count puts it.
    items.slice(FACET_ITEMS).forEach(function (it) { if (state[key] === it[0]) shownItems.push(it); });
    shownItems.forEach(function (it) {
      var active = state[key] === it[0];
      var link = el('a', { href: href(state, change(key, active ? null : it[0])), 'data-nav': '' }, [it[1], ' ', el('span', { class: 'count', text: '(' + it[2] + ')' })]);
      if (active) link.setAttribute('aria-current', 'true');
      list.appendChild(el('li', {}, [link]));
    });
    var more = (available || items.length) - FACET_ITEMS;
    if (more > 0) list.appendChild(el('li', { class: 'facet-more', text: '另有 ' + more + ' 项，请输入更具体的检索词' }));
    section.appendChild(list);
    (container || facetsBox).appendChild(section);
  }

  function change(key, value) {
    var c = { page: 1 };
    c[key] = value;
    return c;
  }

  /* A facet whose data is fetched only when opened: one byte per document is too much for every query. */
  function lazyGroup(state, answer, title, key, items, trigger) {
    var open = answer.attrsLoaded;
    var details = el('details', { class: 'facet-lazy', 'data-facet': key });
    if (open) details.setAttribute('open', '');
    details.appendChild(el('summary', { text: '按' + title + '筛选' }));
    if (open) group(state, title, key, items, details);
    details.addEventListener('toggle', function () {
      if (details.open && !answer.attrsLoaded) {
        openFacets.add(trigger || key);
        // The facets are drawn anew; keep the keyboard where it was.
        run().then(function () {
          var again = facetsBox.querySelector('details[data-facet="' + key + '"] summary');
          if (again) again.focus();
        });
      }
    });
    facetsBox.appendChild(details);
  }

  /*
   * Searches what the form now says. A new mode starts without filters, since each mode has facets of its own. Typing
   * replaces the address instead of adding to the history, so Back leaves the page rather than step through letters.
   */
  function searchForm(replace) {
    var state = readState();
    var mode = (form.querySelector('input[name=mode]:checked') || {}).value || 'projects';
    var modeChanged = mode !== state.mode;
    var next = href({ q: input.value.trim(), mode: mode }, modeChanged ? {} : { office: state.office, region: state.region, year: state.year });
    if (replace) history.replaceState(null, '', next); else history.pushState(null, '', next);
    return run();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(typing);
    searchForm(false);
  });

  // The mode applies as soon as it is chosen.
  form.addEventListener('change', function (event) {
    if (event.target.name === 'mode') {
      clearTimeout(typing);
      searchForm(false);
    }
  });

  // Results as you type, once typing pauses: each search fetches only the shards of its own terms.
  var TYPING_PAUSE_MS = 350;
  var typing = null;
  input.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () {
      if (input.value.trim() !== readState().q) searchForm(true);
    }, TYPING_PAUSE_MS);
  });

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-nav]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    run().then(function () { status.focus(); });
  });

  window.addEventListener('popstate', run);
  window.gongkaiSearch = { engine: engine, run: run, csvText: csvText, csvName: csvName, readState: readState };
  if (location.search.length > 1 || FROM_DISK) {
    run();
  } else {
    box.setAttribute('data-state', 'idle');
    status.textContent = '输入项目名称、指标或单位，例如：满意度、12345、营商环境。';
  }
})();
