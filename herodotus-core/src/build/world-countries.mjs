#!/usr/bin/env node
// Builds the country table of the actors stage from the npm package `world-countries`
// (ODbL 1.0, https://github.com/mledoze/countries), fetched at a pinned version and checked
// against its published integrity hash before anything is read from it.
//
// Usage: node world-countries.mjs OUTPUT.tsv WORK_DIR
//
// The output is a tab-separated table, one country per line:
//   cca3  common name  official name  other names (|)  demonyms (|)  capitals (|)  independent
// Names in scripts other than Latin and two-letter codes are left out: the table serves English text.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PACKAGE = 'world-countries';
const VERSION = '5.1.0';
const INTEGRITY = 'sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==';
const STAMP = `# source: npm ${PACKAGE}@${VERSION} (${INTEGRITY})`;

const [output, work] = process.argv.slice(2);
if (!output || !work) {
  console.error('usage: world-countries.mjs OUTPUT.tsv WORK_DIR');
  process.exit(2);
}
if (existsSync(output) && readFileSync(output, 'utf8').includes(STAMP)) {
  process.exit(0); // already built from this exact package
}
mkdirSync(work, { recursive: true });
const tarball = join(work, `${PACKAGE}-${VERSION}.tgz`);
if (!existsSync(tarball)) {
  execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', work, '--silent'],
      { stdio: ['ignore', 'ignore', 'inherit'] });
}
const digest = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
if (digest !== INTEGRITY) {
  console.error(`${tarball}: integrity mismatch (got ${digest}, expected ${INTEGRITY})`);
  process.exit(1);
}
execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/countries.json']);
const countries = JSON.parse(readFileSync(join(work, 'package', 'countries.json'), 'utf8'));

const latin = s => /^[\p{Script=Latin}\p{N}\s.,'’()\-&]+$/u.test(s);
const clean = list => [...new Set(list.filter(s => s && latin(s) && s.replace(/[^A-Za-z]/g, '').length > 2))];

const lines = [
  '# Country table of the actors stage, generated at build time by src/build/world-countries.mjs.',
  STAMP,
  '# Data (c) Mohammed Le Doze and contributors, Open Database License 1.0 (ODbL).',
  '# cca3\tcommon\tofficial\tother names\tdemonyms\tcapitals\tindependent',
];
for (const c of countries) {
  const demonyms = c.demonyms && c.demonyms.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [];
  const other = clean(c.altSpellings || []).filter(s => s !== c.name.common && s !== c.name.official);
  lines.push([c.cca3, c.name.common, c.name.official, other.join('|'), clean(demonyms).join('|'),
    clean(c.capital || []).join('|'), c.independent ? 'yes' : 'no'].join('\t'));
}
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, lines.join('\n') + '\n');
console.error(`world-countries: ${countries.length} countries -> ${output}`);
