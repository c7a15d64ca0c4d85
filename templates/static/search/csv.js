/*
 * The search page's CSV cells, exactly as the Java side writes every CSV file (org.gongkai.export.CsvCell): a
 * text that a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage return, and is not
 * a plain number such as -5 or +3.2) gets a leading apostrophe, and so does a text that begins with apostrophes
 * followed by one of those characters, so that a reader can drop the first apostrophe of such a cell and have
 * the published text back. Then RFC 4180 quoting. Plain script; also loadable in Node for the parity test.
 */
(function (root) {
  'use strict';

  var APOSTROPHE = "'";
  var FORMULA_STARTS = '=+-@\t\r';
  var PLAIN_NUMBER = /^[+-]?[0-9]+(?:\.[0-9]+)?$/;

  function isFormulaStart(ch) {
    return ch !== undefined && FORMULA_STARTS.indexOf(ch) >= 0;
  }

  function startsFormula(text) {
    return text.length > 0 && isFormulaStart(text[0]) && !PLAIN_NUMBER.test(text);
  }

  /* One or more apostrophes and then a formula character: only protect makes such cells. */
  function apostrophesBeforeFormula(text) {
    var i = 0;
    while (i < text.length && text[i] === APOSTROPHE) i++;
    return i > 0 && isFormulaStart(text[i]);
  }

  function protect(text) {
    return startsFormula(text) || apostrophesBeforeFormula(text) ? APOSTROPHE + text : text;
  }

  function original(cell) {
    return apostrophesBeforeFormula(cell) ? cell.substring(1) : cell;
  }

  /* One field of a CSV line: the protected text, quoted when it holds a comma, a quote or a line break. */
  function field(value) {
    var v = protect(String(value));
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  var api = { startsFormula: startsFormula, protect: protect, original: original, field: field };
  root.GongkaiCsv = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof self !== 'undefined' ? self : this);
