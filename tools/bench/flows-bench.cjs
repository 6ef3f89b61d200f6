// The Stromen benchmark (issue 12, "Performance"), run by scripts/bench:
//   node tools/bench/flows-bench.cjs [--rows 1000000] [--seed 12] [--runs 3] [--no-app]
//
// On one generated record file (scripts/generate-trajectories), in ONE headless-Chromium session,
// the same aggregates three ways: the project's wasm core (build/web/tools/bench, the app's flags,
// 4 MiB slices of the file's stream, as the app), PapaParse + plain JavaScript, and DuckDB-WASM (read_csv + GROUP BY;
// one thread, and two on the cross-origin-isolated page). All must give the same numbers, and the
// native build of the core as well (build/native/tools/bench/jv-bench-flows): the run fails loudly
// when they do not. Then the app itself (build/web/site through scripts/serve.py): cold start and
// its breakdown, bytes transferred, frame times on the map, frames drawn while idle.
// Every browser method starts from the same Blob (as an app from the user's File); reading it is
// in the time and shown as its own phase, and the ratios are given without it as well.
// Prints a table and writes every figure to build/bench/bench.json. Times are the best of --runs;
// the first run is printed too (a user loads a file once).
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const http = require('node:http');
const path = require('node:path');
const zlib = require('node:zlib');
const harness = require('../../tests/e2e/harness.cjs');

const ROOT = harness.ROOT;
const OUT_DIR = path.join(ROOT, 'build', 'bench');
const NATIVE_TOOL = path.join(ROOT, 'build', 'native', 'tools', 'bench', 'jv-bench-flows');
const WASM_JS = path.join(ROOT, 'build', 'web', 'tools', 'bench', 'jv-bench-flows.js');
const MB = 1e6;

function parseArgs(argv) {
  const args = { rows: 1000000, seed: 12, runs: 3, app: true };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--rows') args.rows = Number(argv[++i]);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--runs') args.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--no-app') args.app = false;
    else throw new Error(`onbekende optie ${a}`);
  }
  return args;
}

// --- The benchmark page's server: the page, node_modules' two packages, the file, the wasm core ---
// COOP/COEP on everything, so the page is cross-origin isolated (SharedArrayBuffer, DuckDB's
// threads).
function startBenchServer(dataFile) {
  const routes = [
    ['/node_modules/', path.join(ROOT, 'node_modules')],
    ['/wasm/', path.dirname(WASM_JS)],
  ];
  const types = { '.html': 'text/html', '.mjs': 'text/javascript', '.js': 'text/javascript',
                  '.wasm': 'application/wasm', '.csv': 'text/csv', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = null;
    if (url === '/' || url === '/bench.html') file = path.join(__dirname, 'flows-bench.html');
    else if (url === '/flows-bench-page.mjs') file = path.join(__dirname, 'flows-bench-page.mjs');
    else if (url === '/data.csv') file = dataFile;
    for (const [prefix, dir] of routes) {
      if (!file && url.startsWith(prefix)) {
        const candidate = path.resolve(dir, url.slice(prefix.length));
        if (candidate.startsWith(dir + path.sep)) file = candidate;
      }
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Cross-Origin-Embedder-Policy': 'require-corp' });
      res.end('niet gevonden');
      return;
    }
    res.writeHead(200, {
      'Content-Type': types[path.extname(file)] || 'application/octet-stream',
      'Content-Length': fs.statSync(file).size,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ url: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() });
  }));
}

// --- Agreement ---------------------------------------------------------------------------------------
// Gemeente-years and verwijzers with nothing in them are left out on every side (the core reports
// every year from the first to the peildatum; the queries only those with rows).
function normalise(result) {
  const out = {};
  for (const key of Object.keys(result).sort()) {
    const e = result[key];
    const verwijzers = {};
    for (const v of Object.keys(e.verwijzers || {}).sort()) if (e.verwijzers[v]) verwijzers[v] = e.verwijzers[v];
    const n = { in_zorg: e.in_zorg, instroom: e.instroom, uitstroom: e.uitstroom, stapeling: e.stapeling,
                eindigend: e.eindigend, duur_dagen: e.duur_dagen, verwijzers };
    if (Object.values(n).some((x) => typeof x === 'number' && x !== 0) || Object.keys(verwijzers).length) out[key] = n;
  }
  return out;
}

function differences(a, b) {
  const diffs = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = JSON.stringify(a[key] || null), y = JSON.stringify(b[key] || null);
    if (x !== y) diffs.push(`${key}: ${x} tegen ${y}`);
  }
  return diffs;
}

// --- The app: cold start, bytes, frames ---------------------------------------------------------------
// Every requestAnimationFrame callback's start and end (the app draws in them), recorded before
// the page's own scripts run.
const FRAME_RECORDER = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  window.__jvFrames = [];
  window.requestAnimationFrame = (cb) => raf((ts) => {
    const start = performance.now();
    cb(ts);
    window.__jvFrames.push([start, performance.now()]);
  });
})();`;

const percentile = (values, p) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (values) => percentile(values, 50);

async function measureApp(browser) {
  const server = await harness.startServer();
  try {
    const starts = [];
    let transfer = null;
    let map = null;
    for (let i = 0; i < 3; ++i) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      await context.addInitScript(FRAME_RECORDER);
      const responses = [];
      context.on('response', (r) => responses.push(r));
      const page = await context.newPage();
      await page.goto(`${server.url}/#tab=overzicht&gemeente=GM0402`);
      await harness.waitReady(page);
      const t = await page.evaluate(() => {
        const mark = (name) => (performance.getEntriesByName(name)[0] || {}).startTime ?? null;
        const js = performance.getEntriesByType('resource').find((r) => r.name.endsWith('/jeugdvergelijker.js'));
        const data = mark('jv-data-loaded');
        const first = window.__jvFrames.find(([start]) => start >= data);
        return { js_response_end: js ? js.responseEnd : null, compiled: mark('jv-compiled'), data_loaded: data,
                 first_frame: first ? first[1] : null, ready: mark('jv-ready') };
      });
      starts.push({ app_data_load_ms: (await harness.state(page)).data_load_ms, download_ms: t.js_response_end, compile_ms: t.compiled - t.js_response_end,
                    data_ms: t.data_loaded - t.compiled, first_frame_ms: t.first_frame - t.data_loaded,
                    total_ms: t.first_frame, ready_ms: t.ready });
      if (!transfer) {
        transfer = { files: [], bytes: 0, gzip_bytes: 0 };
        for (const r of responses) {
          if (!r.url().startsWith(server.url)) continue;
          const body = await r.body().catch(() => Buffer.alloc(0));
          const gz = zlib.gzipSync(body, { level: 9 }).length;
          transfer.files.push({ path: new URL(r.url()).pathname, bytes: body.length, gzip_bytes: gz });
          transfer.bytes += body.length;
          transfer.gzip_bytes += gz;
        }
      }
      if (i < 2) { await context.close(); continue; }

      // Idle: no input for 3 s after the app settled.
      await harness.waitIdle(page);
      const before = (await harness.state(page)).frames;
      await page.waitForTimeout(3000);
      const idleFrames = (await harness.state(page)).frames - before;

      // The map (at 1280 × 800 the country fills x 20..440, y 310..780): move the pointer over the
      // gemeenten; each move redraws (hover highlight, tooltip).
      await page.evaluate(() => { window.location.hash = '#tab=kaart&gemeente=GM0402'; });
      await page.waitForFunction(() => window.jv.state().view.tab === 'kaart');
      await harness.waitIdle(page);
      const from = await page.evaluate(() => window.__jvFrames.length);
      for (let s = 0; s < 80; ++s) {
        await page.mouse.move(60 + (s % 20) * 18, 360 + Math.floor(s / 20) * 90 + (s % 5) * 8);
        await page.waitForTimeout(40);
      }
      await harness.waitIdle(page, 800);
      const frames = await page.evaluate((n) => window.__jvFrames.slice(n), from);
      const cpu = frames.map(([a, b]) => b - a);
      const gaps = frames.slice(1).map(([a], k) => a - frames[k][0]);
      await harness.screenshot(page, 'bench-kaart');
      map = { frames: frames.length, cpu_p50_ms: median(cpu), cpu_p95_ms: percentile(cpu, 95),
                        interval_p95_ms: percentile(gaps, 95), idle_frames_3s: idleFrames };
      await context.close();
    }
    const med = (k) => median(starts.map((s) => s[k]));
    return { cold_start: { download_ms: med('download_ms'), compile_ms: med('compile_ms'), data_ms: med('data_ms'),
                           first_frame_ms: med('first_frame_ms'), total_ms: med('total_ms'), ready_ms: med('ready_ms'),
                           runs: starts },
             transfer, map };
  } finally {
    server.stop();
  }
}

// --- Main -------------------------------------------------------------------------------------------------
function fmt(n, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return '–';
  return n.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const dataFile = path.join(OUT_DIR, `trajecten_synthetisch_${args.rows}_${args.seed}.csv`);
  if (!fs.existsSync(dataFile)) {
    execFileSync(path.join(ROOT, 'scripts', 'generate-trajectories'),
                 ['--rows', String(args.rows), '--seed', String(args.seed), '--out', dataFile], { stdio: 'inherit' });
  }
  const bytes = fs.statSync(dataFile).size;
  const report = { date: new Date().toISOString(), commit: null, file: path.relative(ROOT, dataFile), bytes,
                   rows: args.rows, seed: args.seed, runs: args.runs, cpus: os.cpus().length,
                   load_before: os.loadavg(), methods: {}, notes: [] };
  try {
    report.commit = execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD']).toString().trim();
    if (execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--untracked-files=no']).toString().trim()) report.commit += '+';
  } catch { /* not a checkout */ }

  const results = {};
  if (fs.existsSync(NATIVE_TOOL)) {
    const native = JSON.parse(execFileSync(NATIVE_TOOL, [dataFile, '--runs', String(Math.max(args.runs, 5))],
                                           { maxBuffer: 64 << 20 }).toString());
    results.native = native.result;
    delete native.result;
    report.methods.native = { ms: native.best_ms, ...native };
  } else {
    report.notes.push('native: build/native/tools/bench/jv-bench-flows ontbreekt');
  }

  const server = await startBenchServer(dataFile);
  const browser = await harness.launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${server.url}/bench.html`);
    await page.waitForFunction(() => window.flowsBench && window.flowsBench.ready, null, { timeout: 60000 })
      .catch(() => { throw new Error(`benchmarkpagina start niet: ${errors.join('; ')}`); });
    const loaded = await page.evaluate(() => window.flowsBench.load('/data.csv'));
    report.browser = { version: browser.version(), crossOriginIsolated: loaded.crossOriginIsolated };

    const methods = [['papaparse', 'papaparse()']];
    if (fs.existsSync(WASM_JS)) {
      methods.unshift(['wasm', "wasm('stream')"], ['wasm_plakken', 'wasm(false)'], ['wasm_geheugen', 'wasm(true)']);
    } else {
      report.notes.push('wasm: build/web/tools/bench/jv-bench-flows.js ontbreekt');
    }
    methods.push(['duckdb_1', 'duckdb(1)']);
    if (loaded.crossOriginIsolated) methods.push(['duckdb_2', 'duckdb(2)']);
    else report.notes.push('duckdb 2 threads: pagina niet cross-origin isolated');

    // Rounds interleave the methods, so a slow moment of the shared machine hits all alike.
    for (let round = 0; round < args.runs; ++round) {
      for (const [name, call] of methods) {
        let r;
        try {
          r = await page.evaluate(`window.flowsBench.${call}`);
        } catch (e) {
          report.notes.push(`${name}: ${e.message.split('\n')[0]}`);
          methods.splice(methods.findIndex((m) => m[0] === name), 1);
          continue;
        }
        const result = r.result;
        delete r.result;
        if (!results[name]) results[name] = result;
        const m = report.methods[name] || (report.methods[name] = { runs_ms: [] });
        m.runs_ms.push(r.ms);
        if (!m.ms || r.ms < m.ms) Object.assign(m, r);
        if (r.heap_bytes) m.heap_peak_bytes = Math.max(m.heap_peak_bytes || 0, r.heap_bytes);  // never shrinks
      }
    }
    if (errors.length) report.notes.push(`paginafouten: ${errors.join('; ')}`);
    await context.close();
    if (args.app) {
      if (fs.existsSync(path.join(harness.SITE, 'jeugdvergelijker.js'))) report.app = await measureApp(browser);
      else report.notes.push('app: build/web/site ontbreekt (scripts/build web)');
    }
  } finally {
    await browser.close();
    server.stop();
  }

  report.load_after = os.loadavg();
  // Agreement: every method against the first one measured (the wasm core when built).
  const names = Object.keys(results);
  const reference = names.includes('wasm') ? 'wasm' : names[0];
  const failures = [];
  for (const name of names) {
    const diffs = differences(normalise(results[reference]), normalise(results[name]));
    report.methods[name].agrees = diffs.length === 0;
    if (diffs.length) failures.push(`${name} wijkt af van ${reference} (${diffs.length} gemeente-jaren), o.a.\n    ${diffs.slice(0, 3).join('\n    ')}`);
  }
  report.agreement = { reference, compared: names, gemeente_years: Object.keys(normalise(results[reference] || {})).length };

  // Ratios and the table.
  const ms = (n) => report.methods[n] && report.methods[n].ms;
  const duckBest = Math.min(...['duckdb_1', 'duckdb_2'].map(ms).filter(Boolean));
  const wasm = ms('wasm');
  // The same without reading the Blob: the computation alone.
  const compute = (n) => {
    const m = report.methods[n];
    if (!m) return null;
    const p = m.phases || {};
    return m.ms - (p.read_blob_ms || 0) - (p.read_slices_ms || 0);
  };
  const duckCompute = Math.min(...['duckdb_1', 'duckdb_2'].map(compute).filter(Boolean));
  report.ratios_without_reading = {
    duckdb_best_over_wasm: compute('wasm') && duckCompute !== Infinity ? duckCompute / compute('wasm') : null,
    wasm_over_native: compute('wasm') && ms('native') ? compute('wasm') / ms('native') : null,
    wasm_mb_per_s: compute('wasm') ? bytes / MB / (compute('wasm') / 1000) : null,
  };
  report.ratios = {
    duckdb_best_over_wasm: wasm && duckBest !== Infinity ? duckBest / wasm : null,
    papaparse_over_wasm: wasm && ms('papaparse') ? ms('papaparse') / wasm : null,
    wasm_over_native: wasm && ms('native') ? wasm / ms('native') : null,
    wasm_mb_per_s: wasm ? bytes / MB / (wasm / 1000) : null,
    wasm_heap_over_file: report.methods.wasm ? report.methods.wasm.heap_peak_bytes / bytes : null,
    native_rss_over_file: report.methods.native ? report.methods.native.peak_rss_bytes / bytes : null,
  };
  const labels = {
    wasm: 'wasm-kern (Blob.stream(), 4 MiB, als de app)', wasm_plakken: 'wasm-kern (Blob.slice per 4 MiB)',
    wasm_geheugen: 'wasm-kern (uit geheugen)',
    native: 'kern native (zelfde bestand)', papaparse: 'PapaParse + JavaScript',
    duckdb_1: 'DuckDB-WASM, 1 thread', duckdb_2: 'DuckDB-WASM, 2 threads',
  };
  console.log(`\nBestand: ${report.file} (${fmt(bytes / MB, 1)} MB, ${fmt(args.rows)} rijen); beste van ${args.runs} (native ${Math.max(args.runs, 5)}); ${report.browser.version}`);
  // "eerste": the first run in this page, as a user's one load (wasm code still in V8's baseline tier).
  console.log('methode                                      tijd (ms)     MB/s   t.o.v. wasm  eerste (ms)  klopt');
  for (const name of ['wasm', 'wasm_plakken', 'wasm_geheugen', 'native', 'papaparse', 'duckdb_1', 'duckdb_2']) {
    const m = report.methods[name];
    if (!m) continue;
    const ratio = wasm ? m.ms / wasm : null;
    console.log(`${labels[name].padEnd(42)} ${fmt(m.ms, 1).padStart(11)} ${fmt(bytes / MB / (m.ms / 1000), 0).padStart(8)}` +
                ` ${(ratio ? fmt(ratio, 2) + '×' : '–').padStart(12)} ${fmt(m.runs_ms[0], 1).padStart(12)}  ${m.agrees ? 'ja' : 'NEE'}`);
  }
  if (report.methods.native) {
    const n = report.methods.native;
    console.log(`(native: CPU-tijd van het proces ${fmt(n.best_cpu_ms, 1)} ms bij ${fmt(n.ms, 1)} ms wandkloktijd; alleen de bytes scannen ${fmt(n.scan_ms, 1)} ms)`);
  }
  const r = report.ratios;
  console.log(`\nDuckDB best / wasm ${fmt(r.duckdb_best_over_wasm, 2)}× (doel ≥ 2), PapaParse / wasm ${fmt(r.papaparse_over_wasm, 2)}× (doel ≥ 8),` +
              ` wasm ${fmt(r.wasm_mb_per_s, 0)} MB/s (doel ≥ 250), wasm / native ${fmt(r.wasm_over_native, 2)}× (doel ≤ 1,3)`);
  const q = report.ratios_without_reading;
  console.log(`Zonder het lezen van de Blob (alleen rekenen): DuckDB best / wasm ${fmt(q.duckdb_best_over_wasm, 2)}×,` +
              ` wasm ${fmt(q.wasm_mb_per_s, 0)} MB/s, wasm / native ${fmt(q.wasm_over_native, 2)}×`);
  if (report.methods.wasm) {
    const w = report.methods.wasm;
    console.log(`Geheugen: wasm-heap na de runs ${fmt(w.heap_peak_bytes / MB, 1)} MB = ${fmt(r.wasm_heap_over_file, 2)}× het bestand (doel < 2;` +
                ` vóór het bestand ${fmt(w.heap_base_bytes / MB, 1)} MB);` +
                ` native piek-RSS ${fmt((report.methods.native || {}).peak_rss_bytes / MB, 1)} MB`);
  }
  for (const name of Object.keys(report.methods)) {
    const p = report.methods[name].phases;
    if (p) console.log(`  ${name}: ${Object.entries(p).map(([k, v]) => `${k} ${fmt(v, 1)}`).join(', ')}`);
  }
  if (report.app) {
    const c = report.app.cold_start, t = report.app.transfer, m = report.app.map;
    console.log(`\nApp: koude start tot eerste frame ${fmt(c.total_ms)} ms (download ${fmt(c.download_ms)}, compileren ${fmt(c.compile_ms)},` +
                ` gegevens ${fmt(c.data_ms)}, eerste frame ${fmt(c.first_frame_ms)}; klaar na 2 frames ${fmt(c.ready_ms)} ms)`);
    console.log(`App: overgedragen ${fmt(t.bytes / 1000)} KB, met gzip ${fmt(t.gzip_bytes / 1000)} KB (${t.files.map((f) => f.path).join(' ')})`);
    console.log(`App: kaart ${m.frames} frames, frametijd p50 ${fmt(m.cpu_p50_ms, 1)} ms, p95 ${fmt(m.cpu_p95_ms, 1)} ms` +
                ` (interval p95 ${fmt(m.interval_p95_ms, 1)} ms); frames in 3 s stilstand: ${m.idle_frames_3s}`);
  }
  console.log(`Belasting van de machine (1 min): ${fmt(report.load_before[0], 1)} voor, ${fmt(report.load_after[0], 1)} na (${report.cpus} kernen)`);
  for (const note of report.notes) console.log(`let op: ${note}`);
  fs.writeFileSync(path.join(OUT_DIR, 'bench.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(`\nAlle cijfers: ${path.relative(ROOT, path.join(OUT_DIR, 'bench.json'))}`);
  if (failures.length) {
    console.error(`\nFOUT: de methoden geven niet dezelfde cijfers:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e.stack || e.message);
  process.exit(1);
});
