// Headless Chromium test of the dashboard.
//
// Starts the fixture server (synthetic events in a temp SQLite store, loopback port),
// loads the dashboard, checks the map, chart and table render with events, applies a
// country filter, opens an event page with highlighted evidence, and saves screenshots
// under tests/browser/screenshots/.
//
//   cargo build --release -p cw-server --example fixture_server
//   cd tests/browser && npm ci && npm test
//
// Env: CW_EVENTS (synthetic events to store, default 3000),
//      CW_FIXTURE_SERVER (path of the built example; default $CARGO_TARGET_DIR or target, then
//      release/examples/fixture_server),
//      CHROMIUM (default /usr/bin/chromium).
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
// Cargo builds into CARGO_TARGET_DIR when it is set (a worktree sharing a build cache).
const targetDir = resolve(root, process.env.CARGO_TARGET_DIR || "target");
const serverBin = process.env.CW_FIXTURE_SERVER || join(targetDir, "release/examples/fixture_server");
const chromePath = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(serverBin)) {
  console.error(`missing ${serverBin}: run cargo build --release -p cw-server --example fixture_server`);
  process.exit(2);
}
const shots = join(here, "screenshots");
mkdirSync(shots, { recursive: true });
const tmp = mkdtempSync(join(tmpdir(), "cw-browser-"));

function startServer() {
  return new Promise((res, rej) => {
    const p = spawn(serverBin, ["--db", join(tmp, "events.db"), "--events", process.env.CW_EVENTS || "3000", "--addr", "127.0.0.1:0"], { stdio: ["ignore", "pipe", "inherit"] });
    const timer = setTimeout(() => rej(new Error("server did not start in 120 s")), 120_000);
    let out = "";
    p.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/listening (http:\/\/\S+)/);
      if (m) { clearTimeout(timer); res({ proc: p, url: m[1] }); }
    });
    p.on("exit", (c) => rej(new Error(`server exited with ${c}`)));
  });
}

const step = (name) => console.log("·", name);
let server, browser;
try {
  server = await startServer();
  step(`server at ${server.url}`);
  browser = await chromium.launch({
    executablePath: chromePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      // playwright gives each launch a fresh temporary profile (it manages --user-data-dir).
      "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const external = [];
  const errors = [];
  page.on("request", (r) => { if (!r.url().startsWith(server.url)) external.push(r.url()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });

  // 1. The dashboard loads: boundaries, event markers, chart, table.
  const t0 = Date.now();
  await page.goto(server.url, { waitUntil: "load" });
  await page.waitForFunction(() => document.body.dataset.loading === "0" && Number(document.querySelector("#map").dataset.points) > 0, null, { timeout: 30_000 });
  step(`dashboard ready in ${Date.now() - t0} ms`);
  const boundaries = await page.locator("#map path.leaflet-interactive, #map canvas").count();
  assert.ok(boundaries > 0, "map has drawn layers");
  const points = Number(await page.locator("#map").getAttribute("data-points"));
  assert.ok(points > 5, `map shows event places (${points})`);
  assert.ok(await page.locator("#chart .uplot").count() === 1, "weekly chart rendered");
  const rows = await page.locator("#events tbody tr").count();
  assert.ok(rows > 10, `event table has rows (${rows})`);
  const totalAll = await page.locator("#totals b").first().innerText();
  assert.match(await page.locator("footer").innerText(), /GeoNames/);
  assert.match(await page.locator("footer").innerText(), /Natural Earth/);
  await page.screenshot({ path: join(shots, "dashboard.png") });

  // 2. Filter to Mali: every row is in Mali and the total drops.
  await page.selectOption("select[name=country]", "Mali");
  await page.click("#apply");
  await page.waitForFunction(() => document.body.dataset.loading === "0"
    && [...document.querySelectorAll("#events tbody tr td:nth-child(4)")].every((td) => td.textContent.trim().endsWith("Mali")), null, { timeout: 30_000 });
  const totalMali = await page.locator("#totals b").first().innerText();
  const n = (s) => Number(s.replace(/[^0-9]/g, ""));
  assert.ok(n(totalMali) > 0 && n(totalMali) < n(totalAll), `filter narrows ${totalAll} → ${totalMali}`);
  step(`filtered to Mali: ${totalMali} of ${totalAll} events`);
  await page.screenshot({ path: join(shots, "dashboard-mali.png") });

  // 3. Open the first event: the page shows the report with highlighted evidence.
  await page.locator("#events tbody tr").first().click();
  await page.waitForSelector("#event-page .report", { timeout: 30_000 });
  const marks = page.locator("#event-page mark.ev");
  assert.ok(await marks.count() > 0, "evidence highlighted");
  const marked = await marks.first().innerText();
  const loc = await page.locator("#event-page dt:text-is('location') + dd").innerText();
  assert.ok(loc.startsWith(marked), `highlight "${marked}" is the location "${loc}"`);
  step(`event page: "${marked}" highlighted`);
  await page.screenshot({ path: join(shots, "event.png"), fullPage: true });

  // 4. Evidence offsets are UTF-8 bytes: accented text still highlights the right words,
  //    and a span cutting a character in half is dropped rather than garbled.
  const hl = await page.evaluate(() => {
    const text = "Attaque à Tillabéri : 9 morts.";
    const enc = (s) => new TextEncoder().encode(s).length;
    const start = enc("Attaque à "), end = start + enc("Tillabéri");
    const ok = highlight(text, [{ field: "admin1", start, end }]);
    const bad = highlight(text, [{ field: "x", start: start + 7, end }]); // "Tillab" is 6 bytes, "é" 2: byte 7 is inside it
    const div = document.createElement("div");
    div.innerHTML = ok.html;
    return { marked: div.querySelector("mark")?.textContent, dropped: bad.dropped, shown: bad.shown };
  });
  assert.equal(hl.marked, "Tillabéri");
  assert.deepEqual([hl.dropped, hl.shown], [1, 0]);
  step("UTF-8 byte spans highlight accented words");

  assert.deepEqual(external, [], "no request leaves the server (no CDN, no tiles)");
  assert.deepEqual(errors, [], "no script errors");
  console.log("ok: dashboard browser test passed; screenshots in", shots);
} catch (e) {
  console.error("FAILED:", e);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close();
  if (server) server.proc.kill();
  rmSync(tmp, { recursive: true, force: true });
}
