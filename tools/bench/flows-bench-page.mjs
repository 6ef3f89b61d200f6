// The benchmark page's three ways to turn a record-level file (README "Stromen") into the same
// aggregates, per gemeente and calendar year: in zorg, instroom, uitstroom, stapeling (the
// definitions of src/core/flows.h), the number of trajectories ending and the sum of their
// durations, and the number beginning per verwijzer. tools/bench/flows-bench.cjs calls
// window.flowsBench.* and compares what they return.
//
// Every method returns { ms, phases, result }, result being { "GM0402|2024": { in_zorg, ... } }.
// All start from the same Blob, as an app starts from the user's File: reading it is part of the
// time (its own phase), as it is for the app.
import * as duckdb from '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs';

const CHUNK = 4 * 1024 * 1024;  // as the app slices a file
const DAY_MS = 86400000;

// The verwijzer as written in the file -> the comparison's key. The same keys come out of the
// core (tools/bench/flows_aggregates.h) and DuckDB (mapped after the query).
const REFERRERS = {
  'gemeente/wijkteam': 'gemeente', 'gemeente': 'gemeente', 'wijkteam': 'gemeente', '01': 'gemeente',
  'huisarts': 'huisarts', '02': 'huisarts',
  'jeugdarts': 'jeugdarts', '03': 'jeugdarts',
  'gecertificeerde instelling': 'gi', 'gi': 'gi', '04': 'gi',
  'medisch specialist': 'specialist', '05': 'specialist',
  'rechter': 'rechter', '06': 'rechter',
  'geen': 'geen', '07': 'geen',
  '': 'onbekend',
};
const referrerKey = (text) => REFERRERS[(text || '').trim().toLowerCase()] || 'onbekend';

function entry(result, gemeente, year) {
  const key = `${gemeente}|${year}`;
  let e = result[key];
  if (!e) {
    e = { in_zorg: 0, instroom: 0, uitstroom: 0, stapeling: 0, eindigend: 0, duur_dagen: 0, verwijzers: {} };
    result[key] = e;
  }
  return e;
}

// --- 1. PapaParse + plain JavaScript, as a web developer would write it ------------------------

// "2024-03-01" or "01-03-2024" -> days since 1970-01-01; '' -> null.
function toDay(text) {
  if (!text) return null;
  const s = text.trim();
  if (!s) return null;
  let y, m, d;
  if (s[4] === '-') { y = +s.slice(0, 4); m = +s.slice(5, 7); d = +s.slice(8, 10); }
  else { const p = s.split(/[-/]/); d = +p[0]; m = +p[1]; y = +p[2]; }
  return Date.UTC(y, m - 1, d) / DAY_MS;
}
const yearOf = (day) => new Date(day * DAY_MS).getUTCFullYear();
const jan1 = (year) => Date.UTC(year, 0, 1) / DAY_MS;

function papaparse(blob) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const clients = new Map();  // gemeente|client -> [{ b, e }]
    const result = {};
    let peil = -Infinity;
    let rows = 0;
    Papa.parse(blob, {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
      chunkSize: CHUNK,
      chunk(res) {
        for (const row of res.data) {
          const b = toDay(row.begindatum);
          const e = toDay(row.einddatum);
          if (b === null) continue;
          ++rows;
          const key = row.gemeente + '|' + row.client;
          let list = clients.get(key);
          if (!list) { list = []; clients.set(key, list); }
          list.push({ b, e: e === null ? Infinity : e });
          peil = Math.max(peil, b, e === null ? b : e);
          const begin = entry(result, row.gemeente, yearOf(b));
          const v = referrerKey(row.verwijzer);
          begin.verwijzers[v] = (begin.verwijzers[v] || 0) + 1;
          if (e !== null) {
            const end = entry(result, row.gemeente, yearOf(e));
            end.eindigend += 1;
            end.duur_dagen += e - b + 1;
          }
        }
      },
      complete() {
        const t1 = performance.now();
        const peilYear = yearOf(peil);
        const runs = (list, day) => list.some((t) => t.b <= day && day <= t.e);
        for (const [key, list] of clients) {
          const gemeente = key.slice(0, key.indexOf('|'));
          const inZorg = new Set(), instroom = new Set(), uitstroom = new Set(), stapeling = new Set();
          for (const t of list) {
            const by = yearOf(t.b);
            const ey = t.e === Infinity ? peilYear : yearOf(t.e);
            for (let y = by; y <= ey; ++y) inZorg.add(y);
            if (!runs(list, jan1(by) - 1)) instroom.add(by);
            if (t.e !== Infinity && !runs(list, jan1(ey + 1))) uitstroom.add(ey);
          }
          // Two trajectories run on one day when one begins before the latest end of those that
          // began earlier.
          list.sort((x, y) => x.b - y.b);
          let latestEnd = -Infinity;
          for (const t of list) {
            if (t.b <= latestEnd) {
              const last = Math.min(t.e, latestEnd, peil);
              for (let y = yearOf(t.b); y <= yearOf(last); ++y) stapeling.add(y);
            }
            latestEnd = Math.max(latestEnd, t.e);
          }
          for (const y of inZorg) entry(result, gemeente, y).in_zorg += 1;
          for (const y of instroom) entry(result, gemeente, y).instroom += 1;
          for (const y of uitstroom) entry(result, gemeente, y).uitstroom += 1;
          for (const y of stapeling) entry(result, gemeente, y).stapeling += 1;
        }
        const t2 = performance.now();
        resolve({ ms: t2 - t0, phases: { parse_ms: t1 - t0, clients_ms: t2 - t1 }, rows, result });
      },
      error: reject,
    });
  });
}

// --- 2. DuckDB-WASM: read_csv + SQL GROUP BY ------------------------------------------------------

const DUCKDB = '/node_modules/@duckdb/duckdb-wasm/dist/';
let duck = {};  // threads -> { db, conn }

async function duckdbOpen(threads) {
  if (duck[threads]) return duck[threads];
  const t0 = performance.now();
  const coi = threads > 1;
  if (coi && !self.crossOriginIsolated) throw new Error('geen crossOriginIsolated: COOP/COEP ontbreken');
  const worker = new Worker(DUCKDB + (coi ? 'duckdb-browser-coi.worker.js' : 'duckdb-browser-eh.worker.js'));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(DUCKDB + (coi ? 'duckdb-coi.wasm' : 'duckdb-eh.wasm'),
                       coi ? DUCKDB + 'duckdb-browser-coi.pthread.worker.js' : null);
  const conn = await db.connect();
  await conn.query(`SET threads = ${threads}`);
  const actual = (await conn.query(`SELECT current_setting('threads') AS t`)).toArray()[0].t;
  duck[threads] = { db, conn, open_ms: performance.now() - t0, threads: Number(actual), version: await db.getVersion() };
  return duck[threads];
}

const SQL = (dateformat) => `
CREATE OR REPLACE TEMP TABLE t AS
  SELECT gemeente AS g, client AS c, begindatum AS b, einddatum AS e, verwijzer AS v
  FROM read_csv('trajecten.csv', delim = ';', header = true${dateformat ? `, dateformat = '${dateformat}'` : ''},
    columns = {'client': 'VARCHAR', 'geboortejaar': 'INTEGER', 'gemeente': 'VARCHAR',
               'begindatum': 'DATE', 'einddatum': 'DATE', 'product': 'VARCHAR',
               'verwijzer': 'VARCHAR', 'kosten': 'VARCHAR'});
CREATE OR REPLACE TEMP TABLE peil AS
  SELECT max(greatest(b, coalesce(e, b))) AS p, year(max(greatest(b, coalesce(e, b)))) AS py FROM t;
-- Every year a trajectory touches; an open one runs on past the peildatum's year (its day after).
CREATE OR REPLACE TEMP TABLE ty AS
  SELECT g, c, b, e, unnest(range(year(b), coalesce(year(e), (SELECT py FROM peil) + 1) + 1)) AS y FROM t;
`;

const QUERY = `
WITH
in_zorg AS (SELECT g, y, count(DISTINCT c) AS n FROM ty WHERE y <= (SELECT py FROM peil) GROUP BY ALL),
-- running on 31 December of y (so the instroom of y + 1 is not new)
dec31 AS (SELECT DISTINCT g, c, y + 1 AS y FROM ty WHERE e IS NULL OR e >= make_date(y, 12, 31)),
instroom AS (SELECT g, y, count(*) AS n FROM
  (SELECT DISTINCT g, c, year(b) AS y FROM t) ANTI JOIN dec31 USING (g, c, y) GROUP BY ALL),
-- running on 1 January of y (so the uitstroom of y - 1 is not an exit)
jan1 AS (SELECT DISTINCT g, c, y - 1 AS y FROM ty WHERE b <= make_date(y, 1, 1)),
uitstroom AS (SELECT g, y, count(*) AS n FROM
  (SELECT DISTINCT g, c, year(e) AS y FROM t WHERE e IS NOT NULL) ANTI JOIN jan1 USING (g, c, y) GROUP BY ALL),
-- two trajectories on one day: a begin before the latest end of the client's earlier begins
overlap AS (SELECT g, c, b, least(coalesce(e, DATE '9999-12-31'), coalesce(max(coalesce(e, DATE '9999-12-31'))
    OVER (PARTITION BY g, c ORDER BY b ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), DATE '0001-01-01')) AS oe FROM t),
stapeling AS (SELECT g, y, count(DISTINCT c) AS n FROM
  (SELECT g, c, unnest(range(year(b), year(least(oe, (SELECT p FROM peil))) + 1)) AS y FROM overlap WHERE oe >= b)
  GROUP BY ALL),
eindigend AS (SELECT g, year(e) AS y, count(*) AS n, sum(e - b + 1) AS dagen FROM t WHERE e IS NOT NULL GROUP BY ALL),
verwijzers AS (SELECT g, year(b) AS y, coalesce(v, '') AS v, count(*) AS n FROM t GROUP BY ALL)
SELECT 'in_zorg' AS k, g, y, NULL AS v, n, NULL AS dagen FROM in_zorg
UNION ALL SELECT 'instroom', g, y, NULL, n, NULL FROM instroom
UNION ALL SELECT 'uitstroom', g, y, NULL, n, NULL FROM uitstroom
UNION ALL SELECT 'stapeling', g, y, NULL, n, NULL FROM stapeling
UNION ALL SELECT 'eindigend', g, y, NULL, n, dagen FROM eindigend
UNION ALL SELECT 'verwijzers', g, y, v, n, NULL FROM verwijzers
`;

// From the Blob, as an app hands DuckDB the user's File (its bytes read at once), like the other
// two methods; the read is its own phase.
async function duckdbRun(blob, threads, dateformat) {
  const d = await duckdbOpen(threads);
  const t0 = performance.now();
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const tRead = performance.now();
  await d.db.registerFileBuffer('trajecten.csv', bytes);
  const t1 = performance.now();
  await d.conn.query(SQL(dateformat));
  const t2 = performance.now();
  const table = await d.conn.query(QUERY);
  const t3 = performance.now();
  const result = {};
  for (const row of table.toArray()) {
    const e = entry(result, row.g, Number(row.y));
    const n = Number(row.n);
    if (row.k === 'verwijzers') {
      const v = referrerKey(row.v);
      e.verwijzers[v] = (e.verwijzers[v] || 0) + n;
    } else if (row.k === 'eindigend') {
      e.eindigend = n;
      e.duur_dagen = Number(row.dagen);
    } else {
      e[row.k] = n;
    }
  }
  await d.conn.query('DROP TABLE ty; DROP TABLE peil; DROP TABLE t');
  await d.db.dropFile('trajecten.csv');
  return { ms: t3 - t0, phases: { read_blob_ms: tRead - t0, register_ms: t1 - tRead, read_csv_ms: t2 - t1, group_by_ms: t3 - t2 },
           threads: d.threads, open_ms: d.open_ms, version: d.version, result };
}

// --- 3. The project's wasm core (tools/bench/bench_flows_wasm.cpp) ---------------------------------

let core = null;
async function coreOpen() {
  if (core) return core;
  const t0 = performance.now();
  await new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/wasm/jv-bench-flows.js';
    s.onload = resolve;
    s.onerror = () => reject(new Error('jv-bench-flows.js ontbreekt (scripts/bench bouwt het)'));
    document.head.appendChild(s);
  });
  const module = await createJvBenchFlows();
  // The gemeenten load on the first begin: the heap then is the base before any file.
  if (!module._jv_bench_flows_begin(0)) throw new Error('jv_bench_flows_begin mislukte');
  core = { module, open_ms: performance.now() - t0, heap_base_bytes: module.HEAPU8.length };
  return core;
}

// The file as the app reads it (the Blob's stream, gathered and fed 4 MiB at a time), and for
// comparison as Blob slices of 4 MiB and from memory.
async function wasmRun(blob, fromMemory) {
  const { module } = await coreOpen();
  const bytes = fromMemory === true ? new Uint8Array(await blob.arrayBuffer()) : null;
  const t0 = performance.now();
  // The reader is told the file's size, as the app tells it: it sets memory aside once.
  if (!module._jv_bench_flows_begin(blob.size)) throw new Error('jv_bench_flows_begin mislukte');
  const ptr = module._malloc(CHUNK);
  let feedMs = 0;
  // The next slice is asked for before this one is fed, so the browser reads while the core works.
  const slice = (off) => blob.slice(off, off + CHUNK).arrayBuffer();
  if (fromMemory === 'stream') {
    // The Blob's own stream: the browser hands over pieces as it reads them (no request per slice);
    // they are gathered in the wasm buffer and fed 4 MiB at a time, as the slices are.
    const reader = blob.stream().getReader();
    let filled = 0;
    const feed = () => {
      const f0 = performance.now();
      const ok = module._jv_bench_flows_feed(ptr, filled);
      feedMs += performance.now() - f0;
      filled = 0;
      return ok;
    };
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let at = 0; at < value.length;) {
        const take = Math.min(CHUNK - filled, value.length - at);
        module.HEAPU8.set(value.subarray(at, at + take), ptr + filled);
        filled += take;
        at += take;
        if (filled === CHUNK) feed();
      }
    }
    if (filled > 0) feed();
  }
  let next = fromMemory ? null : slice(0);
  for (let off = 0; fromMemory !== 'stream' && off < blob.size; off += CHUNK) {
    let chunk;
    if (fromMemory === true) {
      chunk = bytes.subarray(off, off + CHUNK);
    } else {
      chunk = new Uint8Array(await next);
      next = off + CHUNK < blob.size ? slice(off + CHUNK) : null;
    }
    const f0 = performance.now();
    module.HEAPU8.set(chunk, ptr);
    if (!module._jv_bench_flows_feed(ptr, chunk.length)) break;
    feedMs += performance.now() - f0;
  }
  module._free(ptr);
  const t1 = performance.now();
  const json = module.UTF8ToString(module._jv_bench_flows_finish());
  const t2 = performance.now();
  const out = JSON.parse(json);
  return { ...out, ms: t2 - t0, phases: { read_slices_ms: t1 - t0 - feedMs, feed_ms: feedMs, ...out.phases },
           heap_bytes: module.HEAPU8.length, heap_base_bytes: core.heap_base_bytes, open_ms: core.open_ms };
}

// --- The file, fetched once (not timed) -------------------------------------------------------------

let file = null;
async function load(url) {
  const t0 = performance.now();
  const buffer = await (await fetch(url)).arrayBuffer();
  file = { bytes: new Uint8Array(buffer), blob: new Blob([buffer], { type: 'text/csv' }) };
  const head = new TextDecoder().decode(file.bytes.subarray(0, 200)).split('\n')[1] || '';
  // ISO dates need no format (DuckDB's fast path); a format makes it parse every date with strptime.
  file.dateformat = /;\d\d-\d\d-\d{4};/.test(head) ? '%d-%m-%Y' : null;
  return { bytes: buffer.byteLength, fetch_ms: performance.now() - t0, crossOriginIsolated: self.crossOriginIsolated };
}

window.flowsBench = {
  load,
  papaparse: () => papaparse(file.blob),
  duckdb: (threads) => duckdbRun(file.blob, threads, file.dateformat),
  wasm: (fromMemory) => wasmRun(file.blob, fromMemory === 'stream' ? 'stream' : Boolean(fromMemory)),
  ready: true,
};
document.getElementById('status').textContent = 'klaar';
