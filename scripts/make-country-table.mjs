#!/usr/bin/env node
// make-country-table.mjs: generates geodata/countries.csv, diplomap's country key table.
//
// Usage (Node 20+, no dependencies beyond the three unpacked npm packages):
//   node scripts/make-country-table.mjs \
//     --world-atlas  <dir of world-atlas@2.0.2 package>          (env WORLD_ATLAS_DIR)
//     --iso          <dir of i18n-iso-countries@7.14.0 package>  (env ISO_COUNTRIES_DIR)
//     --cldr         <dir of cldr-localenames-full@48.2.0 package> (env CLDR_LOCALENAMES_DIR)
//     [--out <file>] (default: geodata/countries.csv next to this script's repo)
// Each dir is a package root as unpacked from `npm pack <name>@<version>` (the `package/` folder).
//
// Output columns: key,atlas_id,atlas_name,name_en,name_vi,kind,sovereign,source
//   One row per distinct feature (id + name) of the union of countries-50m.json and countries-10m.json.
//   The loader matches a feature by atlas_id. The exception is atlas_id 036, which world-atlas gives to
//   two features (Australia and Ashmore and Cartier Is.), so for that id it must match by atlas_id +
//   atlas_name. Features with no id are matched by atlas_name.
//   key: ISO 3166-1 alpha-3 from codes.json by numeric id; keys starting with X were assigned by diplomap.
//   kind: un | state | dependency | historical | other (see tables below).
//
// All manual decisions are in the constant tables below.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------
// 1. The 193 UN member states (un.org/en/about-us/member-states), ISO alpha-3.
//    Not members: Holy See (VAT), Palestine (PSE), Kosovo, Taiwan, Western Sahara, Cook Islands, Niue.
const UN_MEMBERS = `
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI
CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI
FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU
LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR
MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA
UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE`.trim().split(/\s+/);

// 2. Other states/entities that diplomap counts as countries (kind `state`, sovereign = own key).
const STATES = {
  PSE: 'non-UN state (UN observer)',
  VAT: 'non-UN state (Holy See, UN observer)',
  ESH: 'non-UN entity (Sahrawi Arab Democratic Republic claim; disputed with Morocco)',
  TWN: 'non-UN entity',
  XKX: 'non-UN state (partially recognised)',
  XNC: 'non-UN entity (recognised only by Turkey)',
  XSL: 'non-UN entity (unrecognised; claimed by Somalia)',
  COK: 'non-UN state (free association with New Zealand)',
  NIU: 'non-UN state (free association with New Zealand)',
};

// 3. Dependencies: key -> [sovereign key, basis/note]. Sovereignty as administered
//    (Natural Earth admin-0 SOVEREIGNT / ADM0_A3); disputes are noted, not resolved.
const NE = 'sovereignty: Natural Earth admin-0 (SOVEREIGNT/ADM0_A3)';
const DEPENDENCIES = {
  // Denmark
  GRL: ['DNK', NE], FRO: ['DNK', NE],
  // Finland
  ALA: ['FIN', NE],
  // Netherlands
  ABW: ['NLD', NE], CUW: ['NLD', NE], SXM: ['NLD', NE],
  // China
  HKG: ['CHN', NE + '; special administrative region'], MAC: ['CHN', NE + '; special administrative region'],
  // United Kingdom
  JEY: ['GBR', NE + '; Crown Dependency'], GGY: ['GBR', NE + '; Crown Dependency'], IMN: ['GBR', NE + '; Crown Dependency'],
  BMU: ['GBR', NE], GIB: ['GBR', NE + '; claimed by Spain'], TCA: ['GBR', NE], PCN: ['GBR', NE], MSR: ['GBR', NE],
  AIA: ['GBR', NE], VGB: ['GBR', NE], CYM: ['GBR', NE], SHN: ['GBR', NE + '; incl. Ascension and Tristan da Cunha'],
  IOT: ['GBR', NE + '; claimed by Mauritius (2025 UK-Mauritius treaty on transfer)'],
  SGS: ['GBR', NE + '; claimed by Argentina'], FLK: ['GBR', NE + '; claimed by Argentina'],
  XDH: ['GBR', NE + '; Sovereign Base Area on Cyprus'], XAK: ['GBR', NE + '; Sovereign Base Area on Cyprus'],
  // United States
  PRI: ['USA', NE], VIR: ['USA', NE], ASM: ['USA', NE], GUM: ['USA', NE], MNP: ['USA', NE], UMI: ['USA', NE],
  XGT: ['USA', NE + '; as administered (leased); Cuba claims the territory'],
  // France
  NCL: ['FRA', NE], PYF: ['FRA', NE], WLF: ['FRA', NE], SPM: ['FRA', NE], BLM: ['FRA', NE], MAF: ['FRA', NE],
  ATF: ['FRA', NE], XCP: ['FRA', NE + '; Clipperton Island'],
  // Australia
  NFK: ['AUS', NE], HMD: ['AUS', NE], XIO: ['AUS', NE + '; Christmas Island and Cocos (Keeling) Islands'],
  XCS: ['AUS', NE], XAC: ['AUS', NE + '; world-atlas gives it Australia\'s id 036'],
  // Kazakhstan
  XBK: ['KAZ', NE + '; leased to Russia'],
  // Cyprus
  XCB: ['CYP', 'sovereignty: diplomap (inside the Republic of Cyprus; UN-controlled; Natural Earth treats it as its own indeterminate entity CNM)'],
  // Colombia
  XBN: ['COL', NE + '; as administered; claimed by Jamaica, Nicaragua and the US'],
  XSR: ['COL', NE + '; as administered; claimed by Honduras, Nicaragua and the US'],
  // Viet Nam
  XSP: ['VNM', 'sovereignty as claimed by Viet Nam (diplomap); also claimed in whole or part by China, Taiwan, the Philippines, Malaysia and Brunei'],
};

// 4. Other areas: no sovereign, not counted as countries.
const OTHER = {
  ATA: 'Antarctic Treaty area',
  XSG: 'disputed between India and Pakistan (Indian-administered)',
  XSC: 'disputed between China, Taiwan and the Philippines',
};

// 4b. States of the past that geodata/establishment.csv names as predecessors: no boundary
//     feature (atlas_id and atlas_name empty), never drawn, never counted. key -> [name_en, name_vi, note].
const HISTORICAL = {
  CSK: ['Czechoslovakia', 'Tiệp Khắc', 'ISO 3166-3; names by hand; historical state (until 31 Dec 1992), successors CZE and SVK'],
  DDR: ['German Democratic Republic', 'Cộng hòa Dân chủ Đức', 'ISO 3166-3; names by hand; historical state (until 3 Oct 1990), joined DEU'],
  FRG: ['Federal Republic of Germany', 'Cộng hòa Liên bang Đức', 'key assigned by diplomap (ISO gives DEU to unified Germany); names by hand; historical state (until 3 Oct 1990), continued by DEU'],
  SUN: ['Soviet Union', 'Liên Xô', 'ISO 3166-3; names by hand; historical state (until 26 Dec 1991), continued by RUS'],
  YAR: ['North Yemen', 'Bắc Yemen', 'ISO 3166-3; names by hand; historical state (Yemen Arab Republic, until 22 May 1990), continued by YEM'],
  YMD: ['South Yemen', 'Nam Yemen', "ISO 3166-3; names by hand; historical state (People's Democratic Republic of Yemen, until 22 May 1990), joined YEM"],
  YUG: ['Yugoslavia', 'Nam Tư', 'ISO 3166-3; names by hand; historical state (until 2006, as Serbia and Montenegro from 2003), continued by SRB'],
};

// 5. Features that need a key assigned by diplomap: the no-id features (matched by atlas_name) and
//    features whose id is shared with another feature (matched by atlas_id + atlas_name).
//    atlas_name -> [key, name_en, name_vi]. Trailing comments give the Natural Earth ADM0_A3 code, for reference.
const ASSIGNED = {
  'Kosovo':                  ['XKX', 'Kosovo', 'Kosovo'],
  'N. Cyprus':               ['XNC', 'Northern Cyprus', 'Bắc Síp'], // NE CYN
  'Somaliland':              ['XSL', 'Somaliland', 'Somaliland'],
  'Siachen Glacier':         ['XSG', 'Siachen Glacier', 'Sông băng Siachen'], // NE KAS
  'Indian Ocean Ter.':       ['XIO', 'Australian Indian Ocean Territories', 'Lãnh thổ Ấn Độ Dương thuộc Australia'],
  'Dhekelia':                ['XDH', 'Dhekelia', 'Căn cứ Dhekelia'], // NE ESB
  'Akrotiri':                ['XAK', 'Akrotiri', 'Căn cứ Akrotiri'], // NE WSB
  'Baikonur':                ['XBK', 'Baikonur', 'Baikonur'], // NE KAB
  'Cyprus U.N. Buffer Zone': ['XCB', 'Cyprus UN Buffer Zone', 'Vùng đệm Liên Hợp Quốc tại Síp'], // NE CNM
  'USNB Guantanamo Bay':     ['XGT', 'Guantánamo Bay Naval Base', 'Căn cứ hải quân Guantánamo'], // NE USG
  'Coral Sea Is.':           ['XCS', 'Coral Sea Islands', 'Quần đảo Biển San Hô'], // NE CSI
  'Spratly Is.':             ['XSP', 'Spratly Islands', 'Quần đảo Trường Sa'], // NE PGA
  'Clipperton I.':           ['XCP', 'Clipperton Island', 'Đảo Clipperton'], // NE CLP
  'Bajo Nuevo Bank':         ['XBN', 'Bajo Nuevo Bank', 'Bãi Bajo Nuevo'], // NE BJN
  'Serranilla Bank':         ['XSR', 'Serranilla Bank', 'Bãi Serranilla'], // NE SER
  'Scarborough Reef':        ['XSC', 'Scarborough Shoal', 'Bãi cạn Scarborough'], // NE SCR
  // id 036 is shared with Australia in world-atlas 2.0.2 (both 50m and 10m).
  'Ashmore and Cartier Is.': ['XAC', 'Ashmore and Cartier Islands', 'Quần đảo Ashmore và Cartier'], // NE ATC
};

// 6. Vietnamese names of partner countries, as in shared/reference/partnerships.md
//    ("Australia (Úc)" -> "Australia", "Italy (Ý)" -> "Italy", "(UAE)" dropped). They override CLDR.
const PARTNER_VI = {
  CHN: 'Trung Quốc', RUS: 'Liên bang Nga', IND: 'Ấn Độ', KOR: 'Hàn Quốc', USA: 'Hoa Kỳ', JPN: 'Nhật Bản',
  AUS: 'Australia', FRA: 'Pháp', MYS: 'Malaysia', NZL: 'New Zealand', IDN: 'Indonesia', SGP: 'Singapore',
  THA: 'Thái Lan', GBR: 'Vương quốc Anh', ESP: 'Tây Ban Nha', DEU: 'Đức', ITA: 'Italy', PHL: 'Philippines',
  BRA: 'Brazil', CZE: 'Séc', KAZ: 'Kazakhstan', AZE: 'Azerbaijan', BLR: 'Belarus', FIN: 'Phần Lan',
  BGR: 'Bulgaria', KWT: 'Kuwait', DZA: 'Algeria', ZAF: 'Nam Phi', VEN: 'Venezuela', CHL: 'Chile',
  ARG: 'Argentina', UKR: 'Ukraine', DNK: 'Đan Mạch', MMR: 'Myanmar', CAN: 'Canada', HUN: 'Hungary',
  BRN: 'Brunei', NLD: 'Hà Lan', MNG: 'Mông Cổ', ARE: 'Các Tiểu vương quốc Arab Thống nhất', CHE: 'Thụy Sĩ',
  EGY: 'Ai Cập', LAO: 'Lào', KHM: 'Campuchia', CUB: 'Cuba', MWI: 'Malawi', TUV: 'Tuvalu',
};

// 7. Other Vietnamese corrections to CLDR 48 vi (long official forms, "&", "St." abbreviations).
const VI_FIX = {
  COD: 'Cộng hòa Dân chủ Congo',          // CLDR: "Congo - Kinshasa"
  COG: 'Cộng hòa Congo',                  // CLDR: "Congo - Brazzaville"
  HKG: 'Hồng Kông',                       // CLDR alt-short
  MAC: 'Macao',                           // CLDR alt-short
  PSE: 'Palestine',                       // CLDR: "Lãnh thổ Palestine"
  CIV: "Côte d'Ivoire",                   // CLDR uses U+2019; ASCII apostrophe as in name_en
  VAT: 'Vatican',                         // CLDR: "Thành Vatican"
  CPV: 'Cabo Verde',                      // CLDR: "Cape Verde"
  KNA: 'Saint Kitts và Nevis',
  LCA: 'Saint Lucia',
  VCT: 'Saint Vincent và Grenadines',
  BLM: 'Saint Barthélemy',
  MAF: 'Saint Martin',
  SHN: 'Saint Helena',
  SGS: 'Nam Georgia và Quần đảo Nam Sandwich',
  ATF: 'Vùng đất phía Nam và châu Nam Cực thuộc Pháp', // CLDR: "Lãnh thổ phía Nam Thuộc Pháp"
  ASM: 'Samoa thuộc Hoa Kỳ',              // CLDR: "Samoa thuộc Mỹ"; consistent with VIR, UMI
};

// 8. English short names where CLDR 48 en is not the clean short form wanted.
const EN_FIX = {
  COD: 'Democratic Republic of the Congo', COG: 'Republic of the Congo', CIV: "Côte d'Ivoire",
  HKG: 'Hong Kong', MAC: 'Macao', MMR: 'Myanmar', PSE: 'Palestine', CPV: 'Cabo Verde',
  BIH: 'Bosnia and Herzegovina', ATG: 'Antigua and Barbuda', KNA: 'Saint Kitts and Nevis',
  LCA: 'Saint Lucia', VCT: 'Saint Vincent and the Grenadines', STP: 'São Tomé and Príncipe',
  TTO: 'Trinidad and Tobago', TCA: 'Turks and Caicos Islands', WLF: 'Wallis and Futuna',
  SPM: 'Saint Pierre and Miquelon', HMD: 'Heard Island and McDonald Islands',
  SGS: 'South Georgia and the South Sandwich Islands', BLM: 'Saint Barthélemy', MAF: 'Saint Martin',
  SHN: 'Saint Helena', UMI: 'United States Minor Outlying Islands', ATF: 'French Southern and Antarctic Lands',
};

const CLDR_VER = 'CLDR 48';
// ---------------------------------------------------------------------------------------------

function arg(name, env) {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : process.env[env];
  return v;
}
const here = dirname(fileURLToPath(import.meta.url));
const atlasDir = arg('--world-atlas', 'WORLD_ATLAS_DIR');
const isoDir = arg('--iso', 'ISO_COUNTRIES_DIR');
const cldrDir = arg('--cldr', 'CLDR_LOCALENAMES_DIR');
const outFile = resolve(arg('--out', 'COUNTRY_TABLE_OUT') ?? join(here, '..', 'geodata', 'countries.csv'));
if (!atlasDir || !isoDir || !cldrDir) {
  console.error('usage: make-country-table.mjs --world-atlas DIR --iso DIR --cldr DIR [--out FILE]\n' +
    '  (or env WORLD_ATLAS_DIR, ISO_COUNTRIES_DIR, CLDR_LOCALENAMES_DIR, COUNTRY_TABLE_OUT)');
  process.exit(2);
}
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

const problems = [];
const fail = (msg) => problems.push(msg);

// Atlas features: union of 50m and 10m, distinct by (id, name).
const features = new Map();
for (const res of ['50m', '10m']) {
  const topo = readJson(join(atlasDir, `countries-${res}.json`));
  for (const g of topo.objects.countries.geometries) {
    const id = g.id ?? '';
    const name = g.properties?.name ?? '';
    const k = `${id}\u0000${name}`;
    if (!features.has(k)) features.set(k, { id, name, res: [] });
    features.get(k).res.push(res);
  }
}
const idCount = {};
for (const f of features.values()) if (f.id) idCount[f.id] = (idCount[f.id] ?? 0) + 1;
const sharedIds = Object.keys(idCount).filter((i) => idCount[i] > 1);

const codes = readJson(join(isoDir, 'codes.json'));
const byNumeric = new Map(codes.map(([a2, a3, num]) => [num, { a2, a3 }]));
const terr = (loc) => readJson(join(cldrDir, 'main', loc, 'territories.json')).main[loc].localeDisplayNames.territories;
const cldrEn = terr('en');
const cldrVi = terr('vi');

const unSet = new Set(UN_MEMBERS);
if (unSet.size !== 193 || UN_MEMBERS.length !== 193) fail(`UN list has ${UN_MEMBERS.length} entries (${unSet.size} distinct), want 193`);

const rows = [];
for (const f of features.values()) {
  let key, a2 = null, nameEn, nameVi, src = [];
  const assigned = ASSIGNED[f.name];
  if (assigned && (!f.id || sharedIds.includes(f.id))) {
    [key, nameEn, nameVi] = assigned;
    src.push('key assigned by diplomap', 'names by hand');
  } else if (!f.id) {
    fail(`feature without id and without an assigned key: ${f.name}`);
    continue;
  } else {
    const c = byNumeric.get(f.id);
    if (!c) { fail(`atlas id ${f.id} (${f.name}) has no alpha-3 in codes.json`); continue; }
    if (sharedIds.includes(f.id) && !assigned) src.push(`atlas id ${f.id} shared; match by id+name`);
    key = c.a3; a2 = c.a2;
    nameEn = EN_FIX[key] ?? cldrEn[a2];
    if (PARTNER_VI[key]) { nameVi = PARTNER_VI[key]; src.push('name_vi per partnerships.md'); }
    else if (VI_FIX[key]) { nameVi = VI_FIX[key]; src.push(`${CLDR_VER} vi, corrected by hand`); }
    else { nameVi = cldrVi[a2]; src.push(`${CLDR_VER} vi`); }
    if (!nameEn || !nameVi) fail(`no CLDR name for ${a2}/${key}`);
  }
  let kind, sovereign;
  if (unSet.has(key)) { kind = 'un'; sovereign = key; src.push('UN membership: un.org member states'); }
  else if (STATES[key]) { kind = 'state'; sovereign = key; src.push(STATES[key]); }
  else if (DEPENDENCIES[key]) { kind = 'dependency'; sovereign = DEPENDENCIES[key][0]; src.push(DEPENDENCIES[key][1]); }
  else if (OTHER[key]) { kind = 'other'; sovereign = ''; src.push(OTHER[key]); }
  else { fail(`no kind for ${key} (${f.name})`); continue; }
  if (f.res.length === 1) src.push(`${f.res[0]} only`);
  rows.push({
    key, atlas_id: f.id, atlas_name: f.name,
    name_en: nameEn.normalize('NFC'), name_vi: nameVi.normalize('NFC'),
    kind, sovereign, source: src.join('; '),
  });
}
for (const [key, [nameEn, nameVi, note]] of Object.entries(HISTORICAL))
  rows.push({ key, atlas_id: '', atlas_name: '', name_en: nameEn, name_vi: nameVi, kind: 'historical', sovereign: '', source: note });
rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

// Self-checks.
const keys = new Map(rows.map((r) => [r.key, r]));
if (keys.size !== rows.length) fail('duplicate keys');
const nUn = rows.filter((r) => r.kind === 'un').length;
if (nUn !== 193) fail(`${nUn} rows of kind un, want 193`);
for (const k of UN_MEMBERS) if (!keys.has(k)) fail(`UN member ${k} has no atlas feature`);
for (const table of [STATES, DEPENDENCIES, OTHER]) for (const k of Object.keys(table)) if (!keys.has(k)) fail(`table entry ${k} matches no feature`);
for (const r of rows) {
  if (r.kind === 'dependency' && !['un', 'state'].includes(keys.get(r.sovereign)?.kind)) fail(`${r.key}: sovereign ${r.sovereign} is not un/state`);
  if (!r.name_en || !r.name_vi) fail(`${r.key}: empty name`);
  if (/[&]|\bSt\.|[\u2019]/.test(r.name_en + r.name_vi)) fail(`${r.key}: unclean name ${r.name_en} / ${r.name_vi}`);
}
for (const i of sharedIds) console.error(`note: atlas id ${i} is shared by: ${[...features.values()].filter((f) => f.id === i).map((f) => f.name).join(', ')}`);
if (problems.length) { for (const p of problems) console.error('error: ' + p); process.exit(1); }

const COLS = ['key', 'atlas_id', 'atlas_name', 'name_en', 'name_vi', 'kind', 'sovereign', 'source'];
const q = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = [COLS.join(','), ...rows.map((r) => COLS.map((c) => q(String(r[c]))).join(','))].join('\n') + '\n';
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, csv, 'utf8');
console.error(`wrote ${rows.length} rows to ${outFile} (${nUn} un)`);
