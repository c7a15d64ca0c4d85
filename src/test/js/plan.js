// Reads a JSON array of queries and writes, for each, the browser engine's plan: the JS side of QueryPlanTest.
'use strict';
const fs = require('fs');
const path = require('path');
global.self = global;
global.GongkaiTokenizer = require(path.resolve(__dirname, '../../../templates/static/search/tokenizer.js'));
const engine = require(path.resolve(__dirname, '../../../templates/static/search/engine.js'));
const queries = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = queries.map(q => engine.plan(q).map(c =>
  c.text + '|' + (c.exact ? 'exact' : 'terms') + '|' + c.terms.map(t => t.term + '@' + t.position).join(' ')));
fs.writeFileSync(process.argv[3], JSON.stringify(out));
