/*
 * gongkai's analysis chain in the browser, token for token the same as the Java SearchAnalyzer:
 * NFKC per code point (offsets kept in the published text), UAX #29 word breaks as Lucene's
 * StandardTokenizer applies them, lower case per code point, and Han unigrams plus bigrams of
 * adjacent Han characters. No dictionary, no Intl.Segmenter: every browser gives the same tokens.
 * Plain script, no build step; also loadable in Node for the parity test.
 */
(function (root) {
  'use strict';

  var HAN = /\p{Script=Han}/u;
  var HIRAGANA = /\p{Script=Hiragana}/u;
  var KATAKANA = /[\p{Script=Katakana}\u30FC\uFF70]/u;
  var SEA = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}]/u;
  var EMOJI = /\p{Extended_Pictographic}/u;
  var EXTEND = /[\p{M}\p{Cf}\u200D\uFE0F\u{1F3FB}-\u{1F3FF}]/u;
  var ALETTER = /[\p{Alphabetic}]/u;
  var NUMERIC = /\p{Nd}/u;
  var MID_LETTER = /[:\u00B7\u0387\u05F4\u2027\uFE13\uFE55\uFF1A]/u;
  var MID_NUM = /[,;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B]/u;
  var MID_NUM_LET = /[.\u2018\u2019\u2024\uFE52\uFF07\uFF0E]/u;
  var EXTEND_NUM_LET = /[\p{Pc}\u202F]/u;

  // Word-break classes, in the order they are tested.
  var C = { HAN: 1, HIRAGANA: 2, KATAKANA: 3, SEA: 4, EMOJI: 5, EXTEND: 6, LETTER: 7, NUMERIC: 8,
            MID_LETTER: 9, MID_NUM: 10, MID_NUM_LET: 11, QUOTE: 12, EXTEND_NUM_LET: 13, OTHER: 0 };

  // Classes by code point, remembered: a page of results tokenizes the same few hundred characters often.
  var classes = new Map();

  function classOf(ch) {
    var known = classes.get(ch);
    if (known !== undefined) return known;
    var cls = classify(ch);
    classes.set(ch, cls);
    return cls;
  }

  function classify(ch) {
    if (HAN.test(ch)) return C.HAN;
    if (HIRAGANA.test(ch)) return C.HIRAGANA;
    if (KATAKANA.test(ch)) return C.KATAKANA;
    if (SEA.test(ch)) return C.SEA;
    if (EMOJI.test(ch)) return C.EMOJI;
    if (EXTEND.test(ch)) return C.EXTEND;
    if (NUMERIC.test(ch)) return C.NUMERIC;
    if (ALETTER.test(ch)) return C.LETTER;
    if (ch === "'") return C.QUOTE;
    if (MID_LETTER.test(ch)) return C.MID_LETTER;
    if (MID_NUM.test(ch)) return C.MID_NUM;
    if (MID_NUM_LET.test(ch)) return C.MID_NUM_LET;
    if (EXTEND_NUM_LET.test(ch)) return C.EXTEND_NUM_LET;
    return C.OTHER;
  }

  // NFKC of one code point, remembered: normalize() is slow, and results repeat the same few characters.
  var normalised = new Map();

  function nfkc(ch) {
    var known = normalised.get(ch);
    if (known === undefined) {
      known = ch.normalize('NFKC');
      normalised.set(ch, known);
    }
    return known;
  }

  /*
   * NFKC one code point at a time, as NfkcCharFilter does, with the same offset corrections: after each code
   * point whose normalised length differs, the output offset maps back by the cumulative difference.
   */
  function normalise(text) {
    var out = '';
    var corrections = []; // [outputOffset, cumulativeDiff]
    var i = 0;
    while (i < text.length) {
      var cp = text.codePointAt(i);
      var width = cp > 0xFFFF ? 2 : 1;
      var mapped = nfkc(text.substr(i, width));
      var before = out.length - i;
      out += mapped;
      i += width;
      var after = out.length - i;
      if (after !== before) corrections.push([out.length, -after]);
    }
    return { text: out, correct: function (offset) {
      var diff = 0;
      for (var k = 0; k < corrections.length && corrections[k][0] <= offset; k++) diff = corrections[k][1];
      return offset + diff;
    } };
  }

  function lower(s) {
    var out = '';
    for (var i = 0; i < s.length;) {
      var cp = s.codePointAt(i);
      var ch = String.fromCodePoint(cp);
      var low = ch.toLowerCase();
      // Java lower-cases one code point to one code point (İ → i); keep the first where JS gives more.
      out += String.fromCodePoint(low.codePointAt(0));
      i += cp > 0xFFFF ? 2 : 1;
    }
    return out;
  }

  /* The code points of the normalised text with their classes and UTF-16 offsets. */
  function units(text) {
    var list = [];
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i);
      var ch = String.fromCodePoint(cp);
      list.push({ ch: ch, cls: classOf(ch), start: i, end: i + ch.length });
      i += ch.length;
    }
    return list;
  }

  function isWordChar(cls) {
    return cls === C.LETTER || cls === C.NUMERIC || cls === C.EXTEND_NUM_LET;
  }

  /* Index of the next unit that is not an Extend/Format character (WB4), or list.length. */
  function skipExtend(list, j) {
    while (j < list.length && list[j].cls === C.EXTEND) j++;
    return j;
  }

  /* UAX #29 words as StandardTokenizer emits them: [text, start, end, isHan] in the normalised text. */
  function words(text) {
    var list = units(text);
    var out = [];
    var i = 0;
    while (i < list.length) {
      var u = list[i];
      var j = skipExtend(list, i + 1);
      if (u.cls === C.HAN || u.cls === C.HIRAGANA || u.cls === C.EMOJI) {
        out.push([text.substring(u.start, list[j - 1].end), u.start, list[j - 1].end, u.cls === C.HAN]);
        i = j;
      } else if (u.cls === C.KATAKANA || u.cls === C.SEA) {
        while (j < list.length && (list[j].cls === u.cls || (u.cls === C.KATAKANA && list[j].cls === C.EXTEND_NUM_LET))) {
          j = skipExtend(list, j + 1);
        }
        out.push([text.substring(u.start, list[j - 1].end), u.start, list[j - 1].end, false]);
        i = j;
      } else if (isWordChar(u.cls)) {
        var hasWord = u.cls !== C.EXTEND_NUM_LET;
        var prev = u.cls;
        while (j < list.length) {
          var next = list[j].cls;
          if (isWordChar(next)) {
            hasWord = hasWord || next !== C.EXTEND_NUM_LET;
            prev = next;
            j = skipExtend(list, j + 1);
            continue;
          }
          var k = skipExtend(list, j + 1);
          var after = k < list.length ? list[k].cls : C.OTHER;
          var letterJoin = prev === C.LETTER && after === C.LETTER
              && (next === C.MID_LETTER || next === C.MID_NUM_LET || next === C.QUOTE);
          var numberJoin = prev === C.NUMERIC && after === C.NUMERIC
              && (next === C.MID_NUM || next === C.MID_NUM_LET || next === C.QUOTE);
          if (letterJoin || numberJoin) {
            prev = after;
            j = skipExtend(list, k + 1);
            continue;
          }
          break;
        }
        if (hasWord) out.push([text.substring(u.start, list[j - 1].end), u.start, list[j - 1].end, false]);
        i = j;
      } else {
        i = j;
      }
    }
    return out;
  }

  /*
   * Tokens of a text: {term, start, end, increment}, where start and end are offsets in the text as given
   * and increment is 0 for a bigram standing at its first unigram's position, as in Lucene.
   */
  function tokenize(text) {
    var norm = normalise(text);
    var ws = words(norm.text);
    var tokens = [];
    var i = 0;
    while (i < ws.length) {
      if (!ws[i][3]) {
        tokens.push({ term: lower(ws[i][0]), start: norm.correct(ws[i][1]), end: norm.correct(ws[i][2]), increment: 1 });
        i++;
        continue;
      }
      // A run of offset-adjacent Han characters: each unigram, each followed by its bigram with the next.
      var j = i + 1;
      while (j < ws.length && ws[j][3] && ws[j][1] === ws[j - 1][2]) j++;
      for (var k = i; k < j; k++) {
        tokens.push({ term: ws[k][0], start: norm.correct(ws[k][1]), end: norm.correct(ws[k][2]), increment: 1 });
        if (k + 1 < j) {
          tokens.push({ term: ws[k][0] + ws[k + 1][0], start: norm.correct(ws[k][1]), end: norm.correct(ws[k + 1][2]),
                        increment: 0 });
        }
      }
      i = j;
    }
    return tokens;
  }

  var api = { tokenize: tokenize };
  root.GongkaiTokenizer = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof self !== 'undefined' ? self : this);
