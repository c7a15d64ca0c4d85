// Reads a JSON array of texts and writes, for each, what the browser's csv.js makes of it: the cell, the text read
// back from the cell, and whether the text starts a formula. The JS side of CsvCellTest.
'use strict';
const fs = require('fs');
const path = require('path');
const csv = require(path.resolve(__dirname, '../../../templates/static/search/csv.js'));
const texts = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = texts.map(t => [csv.protect(t), csv.original(csv.protect(t)), csv.startsFormula(t)]);
fs.writeFileSync(process.argv[3], JSON.stringify(out));
