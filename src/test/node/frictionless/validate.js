// Validates Data Packages with the Frictionless Data library for JavaScript (datapackage-js): each descriptor
// against the tabular-data-package and fiscal-data-package profiles, then every row of every CSV resource
// against its Table Schema, cast to the declared types. Usage: node validate.js INPUT.json OUTPUT.json, where
// INPUT is a list of datapackage.json paths; OUTPUT lists, per path, the errors and the rows read per resource.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Package, Profile } = require('datapackage');

function messages(e) {
  return (e.errors && e.errors.length ? e.errors : [e]).map((x) => x.message);
}

async function check(file) {
  const dir = path.dirname(file);
  const descriptor = JSON.parse(fs.readFileSync(file, 'utf8'));
  const report = { path: file, profile: [], fiscal: [], resources: {} };
  // The library's CSV reader keeps a byte order mark as part of the first header; the files carry one for
  // Excel, so the rows are read from copies without it.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-frictionless-'));
  fs.copyFileSync(file, path.join(copy, 'datapackage.json'));
  for (const r of descriptor.resources) {
    let bytes = fs.readFileSync(path.join(dir, r.path));
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    fs.writeFileSync(path.join(copy, r.path), bytes);
  }
  try {
    (await Profile.load('fiscal-data-package')).validate(descriptor);
  } catch (e) {
    report.fiscal = messages(e);
  }
  const pkg = await Package.load(path.join(copy, 'datapackage.json'), { basePath: copy });
  report.profile = pkg.errors.map((e) => e.message);
  for (const resource of pkg.resources) {
    try {
      report.resources[resource.name] = { rows: (await resource.read({ cast: true })).length, errors: [] };
    } catch (e) {
      report.resources[resource.name] = { rows: 0, errors: messages(e) };
    }
  }
  fs.rmSync(copy, { recursive: true });
  return report;
}

(async () => {
  const [input, output] = process.argv.slice(2);
  const reports = [];
  for (const file of JSON.parse(fs.readFileSync(input, 'utf8'))) reports.push(await check(file));
  fs.writeFileSync(output, JSON.stringify(reports));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
