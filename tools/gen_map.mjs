// Generates assets/world.bin, the Map view's world geometry: projected, quantised and triangulated country shapes.
//
// Usage: node tools/gen_map.mjs [OUT]            (default assets/world.bin; the same inputs give the same bytes)
//
// Sources (npm devDependencies, pinned in package-lock.json):
//   world-atlas countries-110m  Natural Earth 1:110m admin-0 countries as TopoJSON (public domain)
//   world-atlas countries-50m   only for the centroids of countries too small for 1:110m (Singapore,
//                               Cayman Islands, ...): they are stored as dots
//   topojson-client             TopoJSON -> GeoJSON, merging the features that share an ISO code
//   d3-geo                      Equal Earth projection (antimeridian clipping, adaptive resampling)
//   earcut                      triangulation of each polygon with its holes
// Numeric ids become ISO 3166-1 alpha-2 codes through Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json).
// Natural Earth's features without an ISO number follow ISO 3166: Somaliland is part of SO, Northern Cyprus of
// CY, and Kosovo gets the user-assigned code XK. Antarctica is left out (no state measures, a lot of height).
//
// Format (all integers little-endian, no padding; the C++ reader is src/core/geo.cpp):
//   header, 28 bytes
//     0  char[4] magic "RMAP"
//     4  u16     version (1)
//     6  u16     country count C
//     8  i16[4]  bounding box of all coordinates: min x, min y, max x, max y
//    16  u32     ring count R
//    20  u32     vertex count V
//    24  u32     index count I (a multiple of 3)
//   C country records, 28 bytes each, sorted by code
//     0  char[2] ISO 3166-1 alpha-2 code, upper case
//     2  i16[2]  label point x, y (centroid of the largest ring; for a dot, the dot itself)
//     6  u16     ring count of this country
//     8  u32     first ring (index into the ring table)
//    12  u32     first vertex, 16 u32 vertex count (its rings' vertices, ring after ring)
//    20  u32     first index, 24 u32 index count (triangle corners)
//     A country with no rings and no triangles is a dot at its label point.
//   R u16 ring sizes: vertex count of each ring; a country's rings cover its vertex range exactly. A ring is a
//     closed outline (border), its last vertex joins the first.
//   V vertices: i16 x, i16 y each. Projected map units, x to the east, y to the south (screen orientation).
//   I u16 triangle corner indices, relative to the first vertex of their country.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import topojson from 'topojson-client';
import { geoCentroid, geoEqualEarth, geoStream } from 'd3-geo';
import earcut from 'earcut';

const require = createRequire(import.meta.url);
const out = process.argv[2] ?? 'assets/world.bin';
const readJson = (path) => JSON.parse(fs.readFileSync(path, 'utf8'));

const iso = readJson('/usr/share/iso-codes/json/iso_3166-1.json')['3166-1'];
const alpha2ByNumeric = new Map(iso.map((c) => [c.numeric, c.alpha_2]));
const byName = new Map([['Kosovo', 'XK'], ['Somaliland', 'SO'], ['N. Cyprus', 'CY']]);
const skipped = new Set(['AQ']);

function codeOf(geometry) {
  return alpha2ByNumeric.get(geometry.id) ?? byName.get(geometry.properties?.name) ?? null;
}

// Groups a topology's country geometries by ISO code.
function groupByCode(topology) {
  const groups = new Map();
  for (const g of topology.objects.countries.geometries) {
    const code = codeOf(g);
    if (!code || skipped.has(code)) continue;
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code).push(g);
  }
  return groups;
}

const world110 = readJson(require.resolve('world-atlas/countries-110m.json'));
const world50 = readJson(require.resolve('world-atlas/countries-50m.json'));
const shapes = groupByCode(world110);
const small = groupByCode(world50);

// Merging dissolves the borders inside one code (Somalia and Somaliland).
const merged = new Map([...shapes].map(([code, geoms]) => [code, topojson.merge(world110, geoms)]));

const kHalf = 32000;  // quantised coordinates stay well inside int16
const projection = geoEqualEarth()
  .fitExtent([[-kHalf, -kHalf], [kHalf, kHalf]], { type: 'GeometryCollection', geometries: [...merged.values()] })
  .precision(32);  // resampling tolerance in map units (~0.7 px when the world is 1400 px wide)

// Projects a geometry to rings of integer points (clipped at the antimeridian), without repeated points.
function projectRings(geometry) {
  const rings = [];
  let ring = null;
  const sink = {
    point(x, y) {
      const p = [Math.round(x), Math.round(y)];
      const last = ring[ring.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    },
    lineStart() { ring = []; },
    lineEnd() {
      while (ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]) ring.pop();
      if (ring.length >= 3 && Math.abs(signedArea(ring)) > 0) rings.push(ring);
      ring = null;
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(geometry, projection.stream(sink));
  return rings;
}

function signedArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

function contains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function ringCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  return [Math.round(cx / (3 * a)), Math.round(cy / (3 * a))];
}

// Splits rings into polygons (an outer ring with its holes): after clipping, the winding tells them apart.
function polygonsOf(rings) {
  const areas = rings.map(signedArea);
  let largest = 0;
  for (let i = 1; i < rings.length; ++i) if (Math.abs(areas[i]) > Math.abs(areas[largest])) largest = i;
  const outerSign = Math.sign(areas[largest]);
  const polygons = [];
  rings.forEach((r, i) => { if (Math.sign(areas[i]) === outerSign) polygons.push({ outer: r, area: Math.abs(areas[i]), holes: [] }); });
  rings.forEach((r, i) => {
    if (Math.sign(areas[i]) === outerSign) return;
    const home = polygons.filter((p) => contains(p.outer, r[0])).sort((a, b) => a.area - b.area)[0];
    if (home) home.holes.push(r);
  });
  return { polygons, label: ringCentroid(rings[largest]) };
}

const countries = [];
const ringSizes = [];
const vertices = [];
const indices = [];
const dots = [];
const codes = [...new Set([...merged.keys(), ...small.keys()])].sort();
for (const code of codes) {
  const record = { code, ringBegin: ringSizes.length, rings: 0, vertexBegin: vertices.length / 2, indexBegin: indices.length };
  if (merged.has(code)) {
    const { polygons, label } = polygonsOf(projectRings(merged.get(code)));
    record.label = label;
    for (const p of polygons) {
      const base = vertices.length / 2 - record.vertexBegin;
      const flat = [], holeStarts = [];
      for (const r of [p.outer, ...p.holes]) {
        if (r !== p.outer) holeStarts.push(flat.length / 2);
        for (const [x, y] of r) flat.push(x, y);
        ringSizes.push(r.length);
        record.rings += 1;
      }
      vertices.push(...flat);
      for (const k of earcut(flat, holeStarts)) indices.push(base + k);
    }
  } else {
    const feature = topojson.merge(world50, small.get(code));
    const [x, y] = projection(geoCentroid(feature));
    record.label = [Math.round(x), Math.round(y)];
    dots.push(code);
  }
  record.vertexCount = vertices.length / 2 - record.vertexBegin;
  record.indexCount = indices.length - record.indexBegin;
  if (record.vertexCount > 0xffff || record.rings > 0xffff) throw new Error(`${code}: too many vertices or rings`);
  countries.push(record);
}

let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
const extend = (x, y) => { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); };
for (let i = 0; i < vertices.length; i += 2) extend(vertices[i], vertices[i + 1]);
for (const c of countries) extend(...c.label);

const size = 28 + countries.length * 28 + ringSizes.length * 2 + vertices.length * 2 + indices.length * 2;
const buf = Buffer.alloc(size);
let at = 0;
const u16 = (v) => { at = buf.writeUInt16LE(v, at); };
const i16 = (v) => { at = buf.writeInt16LE(v, at); };
const u32 = (v) => { at = buf.writeUInt32LE(v, at); };
buf.write('RMAP', at, 'ascii'); at += 4;
u16(1); u16(countries.length);
i16(minX); i16(minY); i16(maxX); i16(maxY);
u32(ringSizes.length); u32(vertices.length / 2); u32(indices.length);
for (const c of countries) {
  buf.write(c.code, at, 'ascii'); at += 2;
  i16(c.label[0]); i16(c.label[1]); u16(c.rings);
  u32(c.ringBegin); u32(c.vertexBegin); u32(c.vertexCount); u32(c.indexBegin); u32(c.indexCount);
}
for (const n of ringSizes) u16(n);
for (const v of vertices) i16(v);
for (const k of indices) u16(k);
if (at !== size) throw new Error('size mismatch');
fs.writeFileSync(out, buf);
console.error(`gen_map: ${out}: ${size} bytes, ${countries.length} countries (${dots.length} dots), ` +
  `${vertices.length / 2} vertices, ${indices.length / 3} triangles, ${ringSizes.length} rings`);
