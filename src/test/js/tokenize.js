// Reads a JSON array of strings and writes, for each, the browser tokenizer's tokens: the parity test's JS side.
'use strict';
const fs = require('fs');
const path = require('path');
const tokenizer = require(path.resolve(__dirname, '../../../templates/static/search/tokenizer.js'));
const texts = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = texts.map(t => tokenizer.tokenize(t).map(x => x.term + '[' + x.start + ',' + x.end + ']' + (x.increment ? '' : '+0')));
fs.writeFileSync(process.argv[3], JSON.stringify(out));
