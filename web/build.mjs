// Vendors the dashboard's libraries from node_modules into crates/cw-server/assets/vendor/,
// which the server embeds with include_bytes! (the app's own sources are embedded straight from
// web/src). Run after `npm ci` whenever a library version changes: `npm run vendor`.
// No bundler: the app is one plain script using the globals L (Leaflet) and uPlot.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "../crates/cw-server/assets");
const vendor = join(out, "vendor");
mkdirSync(vendor, { recursive: true });
const nm = (p) => join(here, "node_modules", p);

const libs = [
  ["leaflet/dist/leaflet.js", "leaflet.js"],
  ["leaflet/dist/leaflet.css", "leaflet.css"],
  ["uplot/dist/uPlot.iife.min.js", "uPlot.iife.min.js"],
  ["uplot/dist/uPlot.min.css", "uPlot.min.css"],
];
for (const [from, to] of libs) copyFileSync(nm(from), join(vendor, to));

// Licences of what is vendored, served at /vendor/LICENSES.txt.
const pkg = (name) => JSON.parse(readFileSync(nm(`${name}/package.json`), "utf8"));
let lic = "";
for (const name of ["leaflet", "uplot"]) {
  const p = pkg(name);
  lic += `==== ${name} ${p.version} (${p.license}) ====\n` + readFileSync(nm(`${name}/LICENSE`), "utf8") + "\n";
}
writeFileSync(join(vendor, "LICENSES.txt"), lic);

console.log("assets written to", out);
