// A record-level trajectory file through the file chooser, as a municipality's policy officer
// loads one: read in slices with a progress bar, cancelled once (what was loaded before stays),
// read to the end, and its flow indicators in Eigen cijfers and the Indicator view's time series.
// The file is synthetic (seeded), generated into a temporary folder; it never leaves the page.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const h = require('./harness.cjs');

const env = h.useBrowser(test);

// A seeded synthetic record file of about `megabytes` MB: clients of Hilversum with one to three
// trajectories (re-entries and overlaps), some still open, across year boundaries. Returns its
// path and how many rows and distinct clients it holds.
function generate(dir, megabytes) {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const day = (n) => new Date(Date.UTC(2022, 0, 1) + n * 86400000).toISOString().slice(0, 10);
  const products = ['zonder verblijf', 'met verblijf', 'jeugdbescherming', 'jeugdreclassering', '45', '41'];
  const referrers = ['huisarts', 'gemeente', 'jeugdarts', 'gecertificeerde instelling', 'rechter', ''];
  // Synthetic: every client key starts with SYN, and the file name says so.
  const lines = ['client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer;kosten'];
  let bytes = 0;
  let rows = 0;
  let clients = 0;
  while (bytes < megabytes * 1048576) {
    ++clients;
    const id = `SYN${String(clients).padStart(7, '0')}`;
    const born = 2005 + Math.floor(random() * 17);
    const n = 1 + Math.floor(random() * 3);
    for (let t = 0; t < n; ++t) {
      const begin = Math.floor(random() * 1000);
      const open = random() < 0.2;
      const end = open ? '' : day(begin + 7 + Math.floor(random() * 500));
      const cost = (random() * 20000).toFixed(2).replace('.', ',');
      const line = `${id};${born};GM0402;${day(begin)};${end};${pick(products)};${pick(referrers)};${cost}`;
      lines.push(line);
      bytes += line.length + 1;
      ++rows;
    }
  }
  const file = path.join(dir, 'trajecten-synthetisch.csv');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return { file, rows, clients, size: fs.statSync(file).size };
}

// Scrolls the view with the wheel, as a user would, until the widget's top is in the window.
async function scrollTo(page, id) {
  const viewport = page.viewportSize();
  for (let i = 0; i < 40; ++i) {
    await h.waitIdle(page, 150);
    const rect = (await h.state(page)).widgets[id];
    if (!rect) throw new Error(`widget ${id} niet getekend`);
    if (rect[1] > 100 && rect[1] < viewport.height * 0.5) return;
    await page.mouse.move(viewport.width / 2, viewport.height * 0.6);
    await page.mouse.wheel(0, rect[1] >= viewport.height * 0.5 ? 120 : -120);
  }
}

async function chooseFile(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await h.clickWidget(page, 'own.choose_file');
  await (await chooser).setFiles(file);
}

test('a trajectory file loads through the file chooser with progress, cancels, and gives flow indicators', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jv-stromen-'));
  try {
    const gen = generate(dir, 32);
    await h.withPage(env, {}, async ({ page, requests }) => {
      await h.waitReady(page);
      await h.clickWidget(page, 'tabs.own');
      await h.clickWidget(page, 'own.example.0');
      await page.waitForFunction(() => window.jv.state().view.own_values === 10);
      const before = requests.length;

      // First load: the progress bar shows, and Annuleren stops it half-way.
      await chooseFile(page, gen.file);
      await page.waitForFunction(() => {
        const s = window.jv.state();
        return s.view.stromen.lezen && s.view.stromen.trajecten_lezen && s.widgets['own.progress_cancel'];
      }, null, { polling: 'raf' });
      let s = await h.state(page);
      const cancel = s.widgets['own.progress_cancel'];
      await page.mouse.click(cancel[0] + cancel[2] / 2, cancel[1] + cancel[3] / 2);
      assert.ok(s.view.stromen.voortgang >= 0 && s.view.stromen.voortgang < 1, JSON.stringify(s.view.stromen));
      await page.waitForFunction(() => !window.jv.state().view.stromen.lezen);
      s = await h.state(page);
      console.log('# na Annuleren: ' + JSON.stringify(s.view.stromen));
      assert.match(s.view.stromen.melding, /^Het lezen van trajecten-synthetisch\.csv is afgebroken\./);
      assert.equal(s.view.stromen.ok, false, 'niets van het afgebroken bestand is geladen');
      assert.equal(s.view.own_values, 10, 'de eerder geladen cijfers zijn er nog');
      await h.waitIdle(page, 600);
      await h.screenshot(page, 'flows-cancelled-1280x800');

      // Second load, to the end: the progress rises over several frames. The page itself records
      // the progress at every frame: polling from here (and the screenshot below) can take longer
      // than several slices of the file when CI runs two browser files at once.
      await page.evaluate(() => {
        window.jvVoortgang = [];
        const record = () => {
          const stromen = window.jv.state().view.stromen;
          if (stromen.lezen) window.jvVoortgang.push(Math.round(stromen.voortgang * 100));
          if (!stromen.ok || stromen.lezen) requestAnimationFrame(record);
        };
        requestAnimationFrame(record);
      });
      await chooseFile(page, gen.file);
      const start = Date.now();
      let shot = false;
      // Generous: two browser files run at once in CI, and the test is about progress, not speed.
      while (Date.now() - start < 120000) {
        s = await h.state(page);
        if (s.view.stromen.lezen) {
          if (!shot && s.view.stromen.voortgang > 0.2) {
            shot = true;
            await h.screenshot(page, 'flows-progress-1280x800');
          }
        } else if (s.view.stromen.ok) {
          break;
        }
        await page.waitForTimeout(20);
      }
      const seconds = (Date.now() - start) / 1000;
      assert.equal(s.view.stromen.ok, true, JSON.stringify(s.view.stromen));
      const seen = new Set(await page.evaluate(() => window.jvVoortgang));
      assert.ok(seen.size >= 3, `voortgang gezien: ${[...seen]}`);
      assert.equal(s.view.stromen.rijen, gen.rows);
      assert.equal(s.view.stromen.trajecten, gen.rows);
      assert.equal(s.view.stromen.clienten, gen.clients);
      assert.ok(s.view.stromen.cijfers > 0);
      assert.equal(s.view.own_values, 10 + s.view.stromen.cijfers);
      console.log(`# ${(gen.size / 1048576).toFixed(1)} MB, ${gen.rows} rijen in ${seconds.toFixed(2)} s door de pagina ` +
                  `(${(gen.size / 1048576 / seconds).toFixed(0)} MB/s, met tekenen), voortgang gezien: ${[...seen].sort((a, b) => a - b)}`);
      await h.waitIdle(page, 600);
      await h.screenshot(page, 'flows-loaded-1280x800');

      // Per quarter: counted again from the reader, without reading the file again.
      await h.clickWidget(page, 'flows.quarter');
      await page.waitForFunction(() => window.jv.state().view.stromen.per === 'kwartaal');
      s = await h.state(page);
      assert.equal(s.view.own_values, 10 + s.view.stromen.cijfers);

      // In Eigen cijfers' table, beside the example's figures.
      await scrollTo(page, 'own.table');
      await h.screenshot(page, 'flows-own-table-1280x800');

      // The Indicator view's time series of own figures: in zorg per quarter.
      await h.clickWidget(page, 'tabs.indicator');
      await h.clickWidget(page, 'detail.tijdreeks');
      await page.waitForFunction(() => window.jv.state().widgets['series.choose']);
      await h.chooseFromList(page, 'series.choose', 'series.item.stroom_in_zorg|');
      await page.waitForFunction(() => window.jv.state().view.eigen_reeks === 'stroom_in_zorg|');
      await scrollTo(page, 'series.choose');
      await h.screenshot(page, 'flows-time-series-1280x800');
      assert.equal(requests.length, before, `verzoeken na het laden: ${requests.slice(before)}`);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
