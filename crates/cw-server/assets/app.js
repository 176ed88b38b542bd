// conflictwatch dashboard: map, weekly trend, event table and event pages with evidence.
// Plain script over the vendored globals L (Leaflet) and uPlot; no build step.
"use strict";

const TYPE_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};
const TABLE_FIELDS = "event_id_cnty|event_date|event_type|sub_event_type|actor1|actor2|admin1|location|country|fatalities";

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
// Admin1 names differ in accents/case between sources ("Tillaberi" / "Tillabéri").
const fold = (s) => String(s ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

async function getJSON(url) {
  const r = await fetch(url);
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new Error((body && body.error && body.error.message) || `${r.status} ${r.statusText}`);
  return body;
}

// ---------------------------------------------------------------- filters → ACLED query

function filterParams() {
  const f = new FormData($("#filters"));
  const p = new URLSearchParams();
  const country = f.get("country"), from = f.get("from"), to = f.get("to");
  const type = f.get("event_type"), actor = (f.get("actor") || "").trim();
  if (country) { p.set("country", country); p.set("country_where", "="); }
  if (from && to) { p.set("event_date", `${from}|${to}`); p.set("event_date_where", "BETWEEN"); }
  else if (from) { p.set("event_date", from); p.set("event_date_where", ">="); }
  else if (to) { p.set("event_date", to); p.set("event_date_where", "<="); }
  if (type) { p.set("event_type", type); p.set("event_type_where", "="); }
  if (actor) p.set("actor", actor);
  return p;
}

// ---------------------------------------------------------------- map

let map, admin1Layer, markerLayer, admin1Data;

function initMap() {
  map = L.map("map", { zoomSnap: 0.25, preferCanvas: true, attributionControl: true });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> · Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)');
  map.fitBounds([[4, -12], [24, 16]]);
  markerLayer = L.layerGroup().addTo(map);
  const legend = L.control({ position: "topright" });
  legend.onAdd = () => {
    const d = L.DomUtil.create("div", "legend");
    d.innerHTML = Object.entries(TYPE_COLOURS).map(([t, c]) => `<div><span class="dot" style="background:${c}"></span>${esc(t)}</div>`).join("")
      + '<div style="margin-top:4px">Regions shaded by fatalities</div>';
    return d;
  };
  legend.addTo(map);
  return Promise.all([getJSON("/data/countries.geojson"), getJSON("/data/admin1.geojson")]).then(([countries, admin1]) => {
    L.geoJSON(countries, {
      style: (f) => ({ color: "#555", weight: f.properties.focus ? 1.5 : 0.8, fillColor: f.properties.focus ? "#fbfaf5" : "#e4e2da", fillOpacity: 1 }),
      interactive: false,
    }).addTo(map);
    admin1Data = admin1;
    admin1Layer = L.geoJSON(admin1, { style: () => ({ color: "#999", weight: 0.6, fillOpacity: 0 }) }).addTo(map);
    admin1Layer.bindTooltip((l) => esc(`${l.feature.properties.name} (${l.feature.properties.country}): ${l.feature.properties._fat || 0} fatalities, ${l.feature.properties._ev || 0} events`));
    markerLayer.bringToFront && markerLayer.bringToFront();
  });
}

function shade(fat, max) {
  if (!fat) return "rgba(0,0,0,0)";
  const t = Math.sqrt(fat / Math.max(max, 1));
  const r = 255, g = Math.round(235 - 175 * t), b = Math.round(205 - 185 * t);
  return `rgb(${r},${g},${b})`;
}

function drawChoropleth(byAdmin1) {
  if (!admin1Layer) return;
  const m = new Map(byAdmin1.map((a) => [fold(a.country) + "|" + fold(a.admin1), a]));
  const max = Math.max(0, ...byAdmin1.map((a) => a.fatalities));
  admin1Layer.eachLayer((l) => {
    const p = l.feature.properties;
    const a = m.get(fold(p.country) + "|" + fold(p.name));
    p._fat = a ? a.fatalities : 0;
    p._ev = a ? a.events : 0;
    l.setStyle({ fillColor: shade(p._fat, max), fillOpacity: p._fat ? 0.75 : 0 });
  });
}

function drawPoints(res) {
  markerLayer.clearLayers();
  for (const p of res.points) {
    const radius = Math.min(22, 4 + 2.2 * Math.sqrt(p.fatalities) + Math.log2(p.events));
    const m = L.circleMarker([p.lat, p.lon], {
      radius, color: "#222", weight: 0.7, fillColor: TYPE_COLOURS[p.event_type] || "#777", fillOpacity: 0.85,
      className: "event-marker",
    });
    m.bindPopup(`<b>${esc(p.location || p.admin1)}</b>, ${esc(p.admin1)}, ${esc(p.country)}<br>${p.events} event(s), ${p.fatalities} fatalities<br>`
      + `mostly ${esc(p.event_type)}; latest ${esc(p.latest)}<br><a href="#/event/${encodeURIComponent(p.event_id)}">latest event →</a>`);
    m.addTo(markerLayer);
  }
  $("#map-note").textContent = res.total > res.shown
    ? `Map: the ${res.shown.toLocaleString()} most recent of ${res.total.toLocaleString()} matching events, grouped by place`
    : `${res.total.toLocaleString()} events at ${res.points.length} places`;
  $("#map").dataset.points = String(res.points.length);
}

// ---------------------------------------------------------------- chart

let chart;
function drawChart(byWeek) {
  const el = $("#chart");
  const xs = byWeek.map((w) => Date.parse(w.week + "T00:00:00Z") / 1000);
  const data = [xs, byWeek.map((w) => w.events), byWeek.map((w) => w.fatalities)];
  const width = Math.max(280, el.clientWidth || 400);
  if (chart) chart.destroy();
  el.innerHTML = "";
  if (!xs.length) { el.textContent = "No events."; return; }
  chart = new uPlot({
    width, height: 200,
    scales: { x: { time: true }, ev: { auto: true, range: (u, lo, hi) => [0, Math.max(1, hi)] }, fat: { auto: true, range: (u, lo, hi) => [0, Math.max(1, hi)] } },
    series: [
      { label: "week" },
      { label: "events", scale: "ev", stroke: "#1f77b4", width: 2, points: { show: xs.length < 60 } },
      { label: "fatalities", scale: "fat", stroke: "#d62728", width: 1.5, dash: [5, 3], points: { show: xs.length < 60 } },
    ],
    axes: [{}, { scale: "ev", label: "events" }, { scale: "fat", side: 1, label: "fatalities", grid: { show: false } }],
  }, data, el);
}

// ---------------------------------------------------------------- table

function drawTable(res) {
  const tb = $("#events tbody");
  tb.innerHTML = res.data.map((e) => `<tr data-id="${esc(e.event_id_cnty)}">
    <td>${esc(e.event_date)}</td>
    <td><span class="dot" style="background:${TYPE_COLOURS[e.event_type] || "#777"}"></span>${esc(e.sub_event_type)}</td>
    <td>${esc(e.actor1)}${e.actor2 ? " / " + esc(e.actor2) : ""}</td>
    <td>${esc(e.location || e.admin1)}, ${esc(e.country)}</td>
    <td>${esc(e.fatalities)}</td></tr>`).join("");
  $("#table-note").textContent = res.total_count > res.count ? `Showing ${res.count} of ${res.total_count.toLocaleString()} (newest first). Full data: /api/acled/read` : "";
}

// ---------------------------------------------------------------- dashboard refresh

let refreshSeq = 0;
async function refresh() {
  const seq = ++refreshSeq;
  const p = filterParams();
  const qs = p.toString();
  const tableQs = new URLSearchParams(p);
  tableQs.set("limit", "100");
  tableQs.set("fields", TABLE_FIELDS);
  document.body.dataset.loading = "1";
  try {
    const [stats, points, rows] = await Promise.all([
      getJSON("/api/stats?" + qs), getJSON("/api/map?" + qs), getJSON("/api/acled/read?" + tableQs.toString()),
    ]);
    if (seq !== refreshSeq) return; // a newer filter won
    $("#totals").innerHTML = `<div><b>${stats.events.toLocaleString()}</b>events</div><div><b>${stats.fatalities.toLocaleString()}</b>fatalities</div>`
      + `<div><b>${stats.by_admin1.length}</b>admin1 areas</div>`;
    drawChoropleth(stats.by_admin1);
    drawPoints(points);
    drawChart(stats.by_week);
    drawTable(rows);
  } catch (e) {
    $("#totals").innerHTML = `<span class="err">${esc(e.message)}</span>`;
  } finally {
    if (seq === refreshSeq) document.body.dataset.loading = "0";
  }
}

// ---------------------------------------------------------------- event page

// Evidence spans are UTF-8 byte offsets; JS strings are UTF-16. Work on the bytes and
// decode each piece, skipping spans that do not fall on character boundaries.
function highlight(text, evidence) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const isBoundary = (i) => i === bytes.length || (i >= 0 && i < bytes.length && (bytes[i] & 0xc0) !== 0x80);
  const spans = (evidence || []).filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end)
    && e.start < e.end && e.end <= bytes.length && isBoundary(e.start) && isBoundary(e.end));
  const cuts = new Set([0, bytes.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const pts = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < pts.length; i++) {
    const [a, b] = [pts[i], pts[i + 1]];
    const piece = esc(dec.decode(bytes.subarray(a, b)));
    const cover = spans.filter((s) => s.start <= a && s.end >= b);
    if (!cover.length) { html += piece; continue; }
    const fields = [...new Set(cover.map((s) => s.field))];
    const title = cover.map((s) => s.field + (s.rule ? ` (${s.rule})` : "")).join("; ");
    html += `<mark class="ev" data-fields="${esc(fields.join(" "))}" title="${esc(title)}">${piece}</mark>`;
  }
  return { html, shown: spans.length, dropped: (evidence || []).length - spans.length };
}

const EVENT_FIELDS = ["event_id_cnty", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
  "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
  "geo_precision", "fatalities", "injuries", "attackers", "source", "notes", "tags", "confidence"];

async function showEvent(id) {
  const page = $("#event-page");
  $("#dashboard").hidden = true;
  page.hidden = false;
  page.innerHTML = "Loading…";
  try {
    const { data } = await getJSON("/api/events/" + encodeURIComponent(id));
    const ev = data.event;
    const evFields = new Set((ev.evidence || []).map((e) => e.field));
    let html = `<p><a href="#/">← dashboard</a></p><h2>${esc(ev.event_id_cnty)}: ${esc(ev.sub_event_type)}, ${esc(ev.location || ev.admin1)} (${esc(ev.event_date)})</h2><dl>`;
    for (const f of EVENT_FIELDS) {
      const v = ev[f];
      if (v === null || v === undefined || v === "") continue;
      const mark = evFields.has(f) ? ` <a href="#" class="show-field" data-field="${esc(f)}" title="highlight the words behind this field">¶</a>` : "";
      const shown = typeof v === "number" && f === "confidence" ? v.toFixed(2)
        : typeof v === "number" && (f === "latitude" || f === "longitude") ? v.toFixed(4)
        : typeof v === "object" ? JSON.stringify(v) : v;
      html += `<dt>${esc(f)}</dt><dd>${esc(shown)}${mark}</dd>`;
    }
    html += "</dl>";
    html += `<h3>Source reports (${data.sources.length})</h3>`;
    for (const s of data.sources) {
      const h = highlight(s.text, s.event.evidence);
      const fields = [...new Set((s.event.evidence || []).map((e) => e.field))];
      html += `<section class="source"><h4>${esc(s.title || s.report_id)}${s.source ? " · " + esc(s.source) : ""}${s.published ? " · " + esc(s.published) : ""}`
        + `${/^https?:\/\//i.test(s.url || "") ? ` · <a href="${esc(s.url)}" rel="noreferrer noopener" target="_blank">link</a>` : ""}</h4>`
        + `<div class="fields-legend">Evidence: ${fields.map((f) => `<span data-field="${esc(f)}">${esc(f)}</span>`).join("") || "none recorded"}`
        + `${h.dropped ? ` <span class="err">(${h.dropped} span(s) outside the text)</span>` : ""}</div>`
        + `<div class="report">${h.html}</div></section>`;
    }
    page.innerHTML = html;
    const hl = (field) => page.querySelectorAll("mark.ev").forEach((m) => m.classList.toggle("hl", !!field && m.dataset.fields.split(" ").includes(field)));
    page.querySelectorAll(".fields-legend span").forEach((s) => { s.onmouseenter = () => hl(s.dataset.field); s.onmouseleave = () => hl(null); });
    page.querySelectorAll(".show-field").forEach((a) => { a.onclick = (e) => { e.preventDefault(); hl(a.dataset.field); }; });
  } catch (e) {
    page.innerHTML = `<p><a href="#/">← dashboard</a></p><p class="err">${esc(e.message)}</p>`;
  }
}

// ---------------------------------------------------------------- routing

function route() {
  const m = location.hash.match(/^#\/event\/(.+)$/);
  if (m) { showEvent(decodeURIComponent(m[1])); return; }
  $("#event-page").hidden = true;
  $("#dashboard").hidden = false;
  if (map) map.invalidateSize();
}

document.addEventListener("DOMContentLoaded", () => {
  const ready = initMap().catch((e) => { $("#map-note").textContent = "Boundaries failed to load: " + e.message; });
  ready.then(refresh);
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  $("#filters").addEventListener("reset", () => setTimeout(refresh, 0));
  $("#events tbody").addEventListener("click", (e) => {
    const tr = e.target.closest("tr[data-id]");
    if (tr) location.hash = "#/event/" + encodeURIComponent(tr.dataset.id);
  });
  window.addEventListener("hashchange", route);
  route();
});
