/*
 * gongkai's search engine in the browser: reads the static export that the build writes under search/ and
 * answers a query exactly as `gongkai search` does. Terms are the analysis chain's (tokenizer.js); every term
 * must occur; a clause of two or more Han characters, or a quoted one, must occur as typed, checked on
 * positions; matches rank by the sum of their terms' quantized BM25 impacts, then by URL order (the export's
 * document numbers). Plain script, no build step; the page script (search.js) drives it.
 */
(function (root) {
  'use strict';

  var tokenizer = root.GongkaiTokenizer;
  var FIELDS = ['name', 'goal', 'indicator', 'office', 'region', 'form'];
  var HAN = /\p{Script=Han}/u;
  var utf8 = new TextDecoder('utf-8');

  /* ---- the query: SearchQuery.parse and QueryText, clause for clause ---- */

  /* Java's Character.isWhitespace, which the command line splits on: not the no-break spaces. */
  function isSpace(ch) {
    return /[\t\n\u000B\f\r\u001C-\u001F\u2028\u2029]/.test(ch) || (/\p{Zs}/u.test(ch) && !/[\u00A0\u2007\u202F]/.test(ch));
  }

  function strip(text) {
    var a = 0, b = text.length;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    return text.substring(a, b);
  }

  function parse(input) {
    var clauses = [];
    var s = strip(input);
    var i = 0;
    while (i < s.length) {
      while (i < s.length && isSpace(s[i])) i++;
      if (i >= s.length) break;
      var field = null;
      var m = /^([A-Za-z]+):/.exec(s.slice(i));
      if (m && FIELDS.indexOf(m[1].toLowerCase()) >= 0) {
        field = m[1].toLowerCase();
        i += m[0].length;
      }
      var quoted = s[i] === '"' || s[i] === '\u201C';
      var end, text;
      if (quoted) {
        var close = s[i] === '"' ? '"' : '\u201D';
        end = s.indexOf(close, i + 1);
        if (end < 0) end = s.length;
        text = s.substring(i + 1, end);
        end = Math.min(s.length, end + 1);
      } else {
        end = i;
        while (end < s.length && !isSpace(s[end])) end++;
        text = s.substring(i, end);
      }
      if (strip(text)) clauses.push({ field: field, text: text, quoted: quoted });
      i = end;
    }
    return clauses;
  }

  /* The clause's terms at their positions: a Han run keeps its bigrams, a lone Han character its unigram. */
  function positioned(text) {
    var tokens = tokenizer.tokenize(text);
    var out = [];
    var position = -1;
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      var bigram = t.increment === 0;
      if (!bigram) position++;
      var han = HAN.test(String.fromCodePoint(t.term.codePointAt(0)));
      var inRun = bigram || (i + 1 < tokens.length && tokens[i + 1].increment === 0)
          || (i > 0 && tokens[i - 1].increment === 0);
      if (!han || bigram || !inRun) out.push({ term: t.term, position: position });
    }
    return out;
  }

  function needsExact(text, quoted) {
    if (quoted) return true;
    var han = 0;
    for (var ch of text) if (HAN.test(ch)) han++;
    return han >= 2;
  }

  function distinct(list) {
    var seen = new Set();
    return list.filter(function (x) { if (seen.has(x)) return false; seen.add(x); return true; });
  }

  /*
   * The key of a common phrase's document list: for a clause of three or four Han characters, its bigrams at
   * consecutive positions spelled out (满意 意度 → 满意度), as the export's PhraseGrams spells them.
   */
  function phraseKey(terms) {
    if (terms.length < 2 || terms.length > 3) return null;
    var key = '';
    for (var i = 0; i < terms.length; i++) {
      var chars = Array.from(terms[i].term);
      if (terms[i].position !== i || chars.length !== 2 || !HAN.test(chars[0]) || !HAN.test(chars[1])) return null;
      key += i === 0 ? terms[i].term : chars[1];
    }
    return key;
  }

  /* Clauses with their terms; a field limit is the command line's, so here every field is searched. */
  function plan(input) {
    return parse(input).map(function (c) {
      var terms = positioned(c.text);
      var exact = terms.length > 1 && needsExact(c.text, c.quoted);
      return { text: c.text, terms: terms, distinct: distinct(terms.map(function (t) { return t.term; })),
               exact: exact, phrase: exact ? phraseKey(terms) : null };
    }).filter(function (c) { return c.terms.length > 0; });
  }

  /* ---- fetching, counted for the benchmark ---- */

  function Store(base, config) {
    this.base = base;
    this.config = config;
    this.cache = new Map();
    this.stats = { requests: 0, bytes: 0 };
  }

  Store.prototype.get = function (path, kind) {
    var key = path;
    if (this.cache.has(key)) return this.cache.get(key);
    var self = this;
    var promise = fetch(this.base + path + '?v=' + this.config.version).then(function (response) {
      if (!response.ok) throw new Error('检索数据 ' + path + ' 读取失败（' + response.status + '）');
      return response.arrayBuffer();
    }).then(function (buffer) {
      self.stats.requests++;
      self.stats.bytes += buffer.byteLength;
      return kind === 'json' ? JSON.parse(utf8.decode(buffer)) : new Uint8Array(buffer);
    });
    promise.catch(function () { self.cache.delete(key); });
    this.cache.set(key, promise);
    return promise;
  };

  /* ---- the binary formats of search.web.TermShards ---- */

  function Reader(bytes) { this.b = bytes; this.i = 0; }
  Reader.prototype.varint = function () {
    var x = 0, scale = 1, b;
    do { b = this.b[this.i++]; x += (b & 0x7F) * scale; scale *= 128; } while (b & 0x80);
    return x;
  };
  Reader.prototype.bytes = function (n) { var s = this.b.subarray(this.i, this.i + n); this.i += n; return s; };
  Reader.prototype.text = function () { return utf8.decode(this.bytes(this.varint())); };

  function shardOf(term, shards) {
    var h = 0x811c9dc5;
    var bytes = new TextEncoder().encode(term);
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193); }
    return (h >>> 0) % shards;
  }

  function readTerms(bytes) {
    var r = new Reader(bytes);
    var map = new Map();
    for (var n = r.varint(); n > 0; n--) {
      var term = r.text();
      var df = r.varint();
      var weight = r.varint();
      var flags = r.b[r.i++];
      var docBytes = r.bytes(r.varint());
      var nibbles = (flags & 2) !== 0;
      var none = (flags & 4) !== 0;
      map.set(term, { df: df, weight: weight, bitset: (flags & 1) !== 0, nibbles: nibbles, docBytes: docBytes,
                      levelBytes: none ? null : r.bytes(nibbles ? (df + 1) >> 1 : df) });
    }
    return map;
  }

  function docsOf(entry) {
    if (entry.docs) return entry.docs;
    var docs = new Int32Array(entry.df);
    var k = 0;
    if (entry.bitset) {
      var bits = entry.docBytes;
      for (var i = 0; i < bits.length; i++) {
        var b = bits[i];
        while (b) { var low = b & -b; docs[k++] = i * 8 + 31 - Math.clz32(low); b ^= low; }
      }
    } else {
      var r = new Reader(entry.docBytes);
      var doc = -1;
      while (k < entry.df) { doc += r.varint() + 1; docs[k++] = doc; }
    }
    entry.docs = docs;
    return docs;
  }

  /* A term's level for its k-th document: a byte, half of one for a common term, or none (all 0). */
  function levelsOf(entry) {
    if (entry.levels) return entry.levels;
    var levels = new Uint8Array(entry.df);
    for (var k = 0; entry.levelBytes && k < entry.df; k++) {
      levels[k] = entry.nibbles ? (entry.levelBytes[k >> 1] >> ((k & 1) * 4)) & 15 : entry.levelBytes[k];
    }
    entry.levels = levels;
    return levels;
  }

  /*
   * A phrase shard (search.web.PhraseImpacts): per phrase its df, its bigrams' weights, its documents, and each
   * document's bigram levels as an index into a palette of level tuples, packed in 0 to 16 bits.
   */
  function readPhrases(bytes) {
    var r = new Reader(bytes);
    var map = new Map();
    for (var n = r.varint(); n > 0; n--) {
      var text = r.text();
      var df = r.varint();
      var weights = [];
      for (var k = r.varint(); k > 0; k--) weights.push(r.varint());
      var flags = r.b[r.i++];
      var docBytes = r.bytes(r.varint());
      var palette = r.bytes(r.varint() * weights.length);
      var width = r.b[r.i++];
      map.set(text, { df: df, weights: weights, bitset: (flags & 1) !== 0, docBytes: docBytes, palette: palette,
                      width: width, packed: r.bytes(Math.ceil(df * width / 8)) });
    }
    return map;
  }

  /* A phrase's score in its k-th document: its bigrams' levels times their weights, as their own entries give. */
  function phraseScore(entry, k) {
    var w = entry.width;
    var tuple = w === 0 ? 0 : w === 16 ? entry.packed[2 * k] | entry.packed[2 * k + 1] << 8
        : (entry.packed[(k * w) >> 3] >> ((k * w) & 7)) & ((1 << w) - 1);
    var score = 0;
    for (var j = 0; j < entry.weights.length; j++) score += entry.palette[tuple * entry.weights.length + j] * entry.weights[j];
    return score;
  }

  function readPositions(bytes) {
    var r = new Reader(bytes);
    var map = new Map();
    for (var n = r.varint(); n > 0; n--) {
      var term = r.text();
      map.set(term, { bytes: r.bytes(r.varint()), offsets: null });
    }
    return map;
  }

  function positionsAt(entry, df, k) {
    if (!entry.offsets) {
      entry.offsets = new Int32Array(df);
      var r = new Reader(entry.bytes);
      for (var i = 0; i < df; i++) {
        entry.offsets[i] = r.i;
        for (var c = r.varint(); c > 0; c--) r.varint();
      }
    }
    var reader = new Reader(entry.bytes);
    reader.i = entry.offsets[k];
    var out = [];
    var p = 0;
    for (var count = reader.varint(); count > 0; count--) { p += reader.varint(); out.push(p); }
    return out;
  }

  function indexOf(sorted, x) {
    var lo = 0, hi = sorted.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) lo = mid + 1; else if (sorted[mid] > x) hi = mid - 1; else return mid;
    }
    return -1;
  }

  /* ---- facets: documents are numbered in URL order, so an office's year is a range ---- */

  function Facets(data, kind) {
    this.data = data;
    this.ranges = data[kind];
    this.regionOfOffice = data.offices.map(function (o) { return o[1]; });
  }

  /* Calls visit(doc, office, year) for each document in ascending order of the given docs. */
  Facets.prototype.walk = function (docs, visit) {
    var ranges = this.ranges;
    var r = 0;
    for (var i = 0; i < docs.length; i++) {
      var d = docs[i];
      while (r + 3 < ranges.length && ranges[r + 3] <= d) r += 3;
      visit(d, ranges[r + 1], ranges[r + 2]);
    }
  };

  Facets.prototype.regionsOf = function (office) {
    var out = [];
    for (var g = this.regionOfOffice[office]; g >= 0; g = this.data.regions[g][2]) out.push(g);
    return out;
  };

  /* ---- the search ---- */

  function Engine(base, config) {
    this.store = new Store(base, config);
    this.config = config;
  }

  Engine.prototype.facets = function () { return this.store.get('facets.json', 'json'); };

  /*
   * Runs a query: {q, mode ('projects'|'indicators'), office, region, year, budget, l1, l2}. Resolves to
   * {clauses, total, ranked (doc numbers, best first), scores, counts (facet counts), facets}.
   */
  Engine.prototype.search = function (request) {
    var self = this;
    var kind = request.mode === 'indicators' ? 'r' : 'p';
    var count = this.config[kind];
    var clauses = plan(request.q || '');
    var shards = this.config.shards;
    var terms = new Map();
    var phrases = new Map();
    var positions = new Map();
    var termShards = new Set();
    var phraseShards = new Set();
    var positionShards = new Set();
    clauses.forEach(function (c) {
      // A common phrase's entry both filters and scores: its bigrams' own entries are fetched only without one.
      if (c.phrase) phraseShards.add(shardOf(c.phrase, self.config.phraseShards));
      else c.distinct.forEach(function (t) { termShards.add(shardOf(t, shards)); });
      if (!c.phrase && c.exact) c.distinct.forEach(function (t) { positionShards.add(shardOf(t, shards)); });
    });
    var fetches = [this.facets()];
    var needAttrs = request.attrs || (kind === 'p' ? request.budget != null : (request.l1 != null || request.l2 != null));
    fetches.push(needAttrs ? this.store.get(kind + '/attrs.bin') : Promise.resolve(null));
    function fetchFiles(folder, set, read, into) {
      return Promise.all(Array.from(set).map(function (s) {
        return self.store.get(kind + folder + s + '.bin').then(function (bytes) {
          read(bytes).forEach(function (v, k) { into.set(k, v); });
        });
      }));
    }
    fetches.push(fetchFiles('/t/', termShards, readTerms, terms));
    fetches.push(fetchFiles('/q/', phraseShards, readPhrases, phrases));
    fetches.push(fetchFiles('/x/', positionShards, readPositions, positions));
    return Promise.all(fetches).then(function (loaded) {
      // A phrase that is not common has no entry of its own: check it on its bigrams' positions instead.
      var rare = new Set();
      clauses.forEach(function (c) {
        if (c.phrase && !phrases.has(c.phrase)) {
          c.phrase = null;
          c.distinct.forEach(function (t) { rare.add(shardOf(t, shards)); });
        }
      });
      // Its bigrams' entries and their positions share shard numbers.
      return Promise.all([fetchFiles('/t/', rare, readTerms, terms),
                          fetchFiles('/x/', rare, readPositions, positions)]).then(function () { return loaded; });
    }).then(function (loaded) {
      var arrived = performance.now();
      var answer = evaluate(request, kind, count.docs, clauses, terms, phrases, positions, new Facets(loaded[0], kind),
                            loaded[1]);
      answer.readyAt = performance.now();
      answer.computeMs = answer.readyAt - arrived;
      return answer;
    });
  };

  function evaluate(request, kind, n, clauses, terms, phrases, positions, facets, attrs) {
    var hits = new Uint16Array(n);
    var scores = new Float64Array(n);
    var needed = 0;
    var missing = false;
    clauses.forEach(function (c) {
      if (c.phrase) {
        needed++;
        var entry = phrases.get(c.phrase);
        var docs = docsOf(entry);
        for (var i = 0; i < docs.length; i++) {
          hits[docs[i]]++;
          scores[docs[i]] += phraseScore(entry, i);
        }
        return;
      }
      c.distinct.forEach(function (t) {
        needed++;
        var entry = terms.get(t);
        if (!entry) { missing = true; return; }
        var docs = docsOf(entry);
        var levels = levelsOf(entry);
        for (var i = 0; i < docs.length; i++) {
          hits[docs[i]]++;
          scores[docs[i]] += levels[i] * entry.weight;
        }
      });
    });
    // A common phrase's clause is exact already: its entry lists only the documents where it occurs as typed.
    var exact = clauses.filter(function (c) { return c.exact && !c.phrase; });
    var matched = [];
    if (!missing) {
      for (var d = 0; d < n; d++) {
        if (hits[d] !== needed) continue;
        var ok = true;
        for (var e = 0; e < exact.length && ok; e++) {
          ok = phrase(exact[e], d, terms, positions);
        }
        if (ok) matched.push(d);
      }
    }
    var data = facets.data;
    var want = {
      office: request.office != null ? data.offices.findIndex(function (o) { return o[0] === request.office; }) : -1,
      region: request.region != null ? data.regions.findIndex(function (g) { return g[0] === request.region; }) : -1,
      year: request.year != null ? Number(request.year) : -1,
      budget: request.budget != null ? Number(request.budget) : -1,
      l1: request.l1, l2: request.l2
    };
    var counts = { office: new Map(), region: new Map(), year: new Map(), budget: new Map(), l1: new Map(), l2: new Map() };
    function add(map, key) { map.set(key, (map.get(key) || 0) + 1); }
    var regionsOf = data.offices.map(function (o, i) { return facets.regionsOf(i); });
    var ranked = [];
    facets.walk(matched, function (d, office, year) {
      var regions = regionsOf[office] || [];
      var attr = attrs ? attrs[d] : -1;
      var level = kind === 'r' && attrs ? data.levels[attr] || ['', ''] : null;
      var okOffice = want.office < 0 || want.office === office;
      var okRegion = want.region < 0 || regions.indexOf(want.region) >= 0;
      var okYear = want.year < 0 || want.year === year;
      var okBudget = kind !== 'p' || want.budget < 0 || want.budget === attr;
      var okL1 = kind !== 'r' || want.l1 == null || (level !== null && level[0] === want.l1);
      var okL2 = kind !== 'r' || want.l2 == null || (level !== null && level[1] === want.l2);
      var failures = !okOffice + !okRegion + !okYear + !okBudget + !okL1 + !okL2;
      if (failures === 0) ranked.push(d);
      if (failures > 1) return;
      // Each facet counts under every filter but its own.
      if (okRegion && okYear && okBudget && okL1 && okL2) add(counts.office, office);
      if (okOffice && okYear && okBudget && okL1 && okL2) regions.forEach(function (g) { add(counts.region, g); });
      if (okOffice && okRegion && okBudget && okL1 && okL2) add(counts.year, year);
      if (kind === 'p' && attrs && okOffice && okRegion && okYear) add(counts.budget, attr);
      if (level !== null && okOffice && okRegion && okYear && okL2) add(counts.l1, level[0]);
      if (level !== null && okOffice && okRegion && okYear && okL1) add(counts.l2, level[1]);
    });
    ranked.sort(function (a, b) { return scores[b] - scores[a] || a - b; });
    return { clauses: clauses, kind: kind, total: ranked.length, ranked: ranked,
             counts: counts, facets: facets, attrsLoaded: !!attrs };
  }

  /* True when the clause needs no exactness check, or occurs as typed: its terms at their relative positions. */
  function phrase(clause, doc, terms, positions) {
    if (!clause.exact) return true;
    var lists = [];
    for (var i = 0; i < clause.terms.length; i++) {
      var t = clause.terms[i];
      var entry = terms.get(t.term);
      var pos = positions.get(t.term);
      if (!entry || !pos) return false;
      var k = indexOf(docsOf(entry), doc);
      if (k < 0) return false;
      lists.push({ at: t.position, list: positionsAt(pos, entry.df, k) });
    }
    var first = lists[0];
    return first.list.some(function (p) {
      var start = p - first.at;
      return lists.every(function (l) { return indexOf(l.list, start + l.at) >= 0; });
    });
  }

  /*
   * The names of offices (numbers as in facets.json), as a Map from number to name. They are in facets.json: in
   * files of their own, the page's offices cost a round of requests of their own over HTTP/1.1 (measured).
   */
  Engine.prototype.officeNames = function (offices) {
    return this.facets().then(function (data) {
      var names = new Map();
      offices.forEach(function (o) { if (data.offices[o]) names.set(o, data.offices[o][2]); });
      return names;
    });
  };

  /*
   * The summaries of documents: projects [url, name, amount, goal, rows] with rows [number, 三级指标, 指标值],
   * rows [url, project, l1, l2, l3, value]. A project's file holds its rows as flat triples of 三级指标, 指标值 and
   * category (a place in facets.json's levels; -1 for an empty row, which is no document), numbered by place. A
   * row's summary is drawn from its project's, found through r/rows.bin.
   */
  Engine.prototype.summaries = function (kind, docs) {
    if (kind === 'p') {
      return this.projectRecords(docs).then(function (records) {
        return records.map(function (s) { return s.slice(0, 4).concat([pairs(s[4])]); });
      });
    }
    var self = this;
    return Promise.all([this.rowOwners(), this.facets()]).then(function (loaded) {
      var first = loaded[0];
      var levels = loaded[1].levels;
      var owners = docs.map(function (d) { return ownerOf(first, d); });
      return self.projectRecords(owners).then(function (records) {
        return docs.map(function (d, i) {
          var s = records[i];
          var place = rowsInUrlOrder(s[4])[d - first[owners[i]]];
          var level = levels[s[4][place * 3 + 2]] || ['', ''];
          return [s[0] + '#r' + (place + 1), s[1], level[0], level[1], s[4][place * 3], s[4][place * 3 + 1]];
        });
      });
    });
  };

  /* The stored records of projects, as their files hold them, fetching each file once. */
  Engine.prototype.projectRecords = function (docs) {
    var size = this.config.p.chunk;
    var store = this.store;
    var chunks = distinct(docs.map(function (d) { return Math.floor(d / size); }));
    return Promise.all(chunks.map(function (c) { return store.get('p/d/' + c + '.json', 'json'); }))
      .then(function (loaded) {
        var byChunk = new Map();
        chunks.forEach(function (c, i) { byChunk.set(c, loaded[i]); });
        return docs.map(function (d) { return byChunk.get(Math.floor(d / size))[d % size]; });
      });
  };

  /* The first row number of each project, and one past the last row: from r/rows.bin's counts. */
  Engine.prototype.rowOwners = function () {
    if (!this.owners) {
      var projects = this.config.p.docs;
      this.owners = this.store.get('r/rows.bin').then(function (bytes) {
        var r = new Reader(bytes);
        var first = new Int32Array(projects + 1);
        for (var p = 0; p < projects; p++) first[p + 1] = first[p] + r.varint();
        return first;
      });
      var self = this;
      this.owners.catch(function () { self.owners = null; });
    }
    return this.owners;
  };

  /* The project whose rows hold row d: the last p with first[p] <= d. */
  function ownerOf(first, d) {
    var lo = 0, hi = first.length - 2;
    while (lo < hi) {
      var mid = (lo + hi + 1) >>> 1;
      if (first[mid] <= d) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* The places of a project's non-empty rows in the order of their URLs, #r1, #r10, #r2 …: as text. */
  function rowsInUrlOrder(flat) {
    var places = [];
    for (var i = 0; i * 3 < flat.length; i++) if (flat[i * 3 + 2] >= 0) places.push(i);
    return places.sort(function (a, b) {
      var x = String(a + 1), y = String(b + 1);
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }

  function pairs(flat) {
    var rows = [];
    for (var i = 0; i + 2 < flat.length; i += 3) {
      if (flat[i + 2] >= 0) rows.push([String(i / 3 + 1), flat[i], flat[i + 1]]);
    }
    return rows;
  }

  // Tokens of texts shown in results, remembered: a result's texts are tokenized for matching and again for marks.
  var shown = new Map();

  function tokensOf(text) {
    var tokens = shown.get(text);
    if (!tokens) {
      if (shown.size > 5000) shown.clear();
      tokens = tokenizer.tokenize(text);
      shown.set(text, tokens);
    }
    return tokens;
  }

  /* Spans [start, end) of the text that hold a query term, merged: what a result highlights. */
  function highlights(text, clauses) {
    var wanted = new Set();
    clauses.forEach(function (c) { c.distinct.forEach(function (t) { wanted.add(t); }); });
    var spans = tokensOf(text)
      .filter(function (t) { return wanted.has(t.term); })
      .map(function (t) { return [t.start, t.end]; })
      .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    spans.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]); else merged.push(s.slice());
    });
    return merged;
  }

  /* True when the text holds every term of some clause: which rows of a project to show under it. */
  function mentions(text, clauses) {
    var have = new Set(tokensOf(text).map(function (t) { return t.term; }));
    return clauses.some(function (c) { return c.distinct.every(function (t) { return have.has(t); }); });
  }

  var api = { Engine: Engine, plan: plan, highlights: highlights, mentions: mentions };
  root.GongkaiSearchEngine = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof self !== 'undefined' ? self : this);
