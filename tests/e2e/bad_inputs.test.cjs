// Bad files in the browser, as a policy officer drops them: a sample of the bad-input catalogue
// (tests/fixtures/bad, every file of which tests/app/test_bad_inputs.cpp checks natively) through
// the real file chooser, and sparse files of 1 GB and 3 GB that must be refused without reading
// them whole. After each, the page still answers and the example loaded first is all there.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const h = require('./harness.cjs');

const env = h.useBrowser(test);

const BAD = path.join(h.ROOT, 'tests', 'fixtures', 'bad');

// The catalogue's messages: file -> the first message it must give.
function catalogue() {
  const out = new Map();
  for (const line of fs.readFileSync(path.join(BAD, 'meldingen.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}

// One of each kind: not a table at all, damaged, a wrong encoding, personal data, a row-level
// mistake with its row and column, and the trajectory reader's refusals and skipped rows.
const SAMPLE = [
  'rapport.pdf', 'foto.png', 'kapot.xlsx', 'oud_excel.xls', 'nul_bytes.csv', 'utf16_afgekapt.csv',
  'bsn_kolom.csv', 'onbekende_gemeente.csv', 'teller_boven_noemer.csv', 'trajecten_bsn.csv',
  'trajecten_aanhalingsteken.csv', 'trajecten_einde_voor_begin.csv',
];

async function chooseFile(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await h.clickWidget(page, 'own.choose_file');
  await (await chooser).setFiles(file);
}

// Waits until the file named `name` has been read (or refused) and returns the first message the
// load report shows: the trajectory reader's or the own-data reader's.
async function firstMessage(page, name) {
  await page.waitForFunction((n) => {
    const v = window.jv.state().view;
    return !v.stromen.lezen && (v.report.file === n || v.stromen.file === n);
  }, name, { timeout: 30000 });
  const v = (await h.state(page)).view;
  const problems = v.stromen.file === name ? v.stromen.problems : v.report.problems;
  return problems[0] || '';
}

async function withExample(body) {
  await h.withPage(env, {}, async (p) => {
    await h.waitReady(p.page);
    await h.clickWidget(p.page, 'tabs.own');
    await h.clickWidget(p.page, 'own.example.0');
    await p.page.waitForFunction(() => window.jv.state().view.own_values === 10);
    await body(p);
  });
}

test('a sample of the bad-input catalogue gives each its message in the browser; the example stays', async () => {
  const messages = catalogue();
  assert.ok(messages.size >= 30, `de catalogus heeft ${messages.size} bestanden`);
  await withExample(async ({ page }) => {
    for (const name of SAMPLE) {
      assert.ok(messages.has(name), `${name} staat niet in meldingen.tsv`);
      await chooseFile(page, path.join(BAD, name));
      assert.equal(await firstMessage(page, name), messages.get(name), name);
      // Refused whole, or its good rows added (onbekende_gemeente.csv has one): the example stays.
      const v = (await h.state(page)).view;
      assert.ok(v.own_values >= 10 && v.own_files >= 1, `${name}: het voorbeeld is er nog (${v.own_values})`);
    }
    await h.waitIdle(page, 600);
    await h.screenshot(page, 'bad-input-last-1280x800');
  });
});

test('sparse files of 1 GB and 3 GB are refused without being read whole; the tab lives on', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jv-groot-'));
  const GB = 1024 * 1024 * 1024;
  // Holes, not bytes on disk: a 1 GB file costs nothing to make.
  const sparse = (name, size, head = '') => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, head);
    fs.truncateSync(file, size);
    return file;
  };
  const cases = [
    // An own-data file of 1 GB: refused as soon as its size is known (the limit is 20 MB).
    { file: sparse('cijfers_1gb.csv', GB, 'gemeente;indicator;periode;waarde\n'),
      expect: /^cijfers_1gb\.csv: Het bestand is 1,0 GB; de grens is 20 MB\. Laad alleen de tabel/ },
    // A trajectory file of 1 GB whose header is right and whose rest is zeros: refused at its
    // first bytes as binary, not read to the end.
    { file: sparse('trajecten_1gb.csv', GB, 'client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer\n'),
      expect: /^trajecten_1gb\.csv: Dit bestand is geen tekst/ },
    // A trajectory file of 3 GB: over the 2 GB limit, refused before a byte is read.
    { file: sparse('trajecten_3gb.csv', 3 * GB, 'client;geboortejaar;gemeente;begindatum;einddatum;product;verwijzer\n'),
      expect: /^trajecten_3gb\.csv: Dit bestand is 3,0 GB; de grens is 2,0 GB\. Het is daarom niet gelezen/ },
  ];
  try {
    await withExample(async ({ page }) => {
      for (const c of cases) {
        const name = path.basename(c.file);
        const start = Date.now();
        await chooseFile(page, c.file);
        const message = await firstMessage(page, name);
        const seconds = (Date.now() - start) / 1000;
        console.log(`# ${name}: ${seconds.toFixed(2)} s: ${message}`);
        assert.match(message, c.expect, name);
        const s = await h.state(page);
        assert.equal(s.view.own_values, 10, `${name}: het voorbeeld is er nog`);
        assert.equal(s.view.stromen.lezen, false);
        assert.ok(s.view.stromen.gelezen === 0 || s.view.stromen.gelezen < 64 * 1024 * 1024,
                  `${name}: ${s.view.stromen.gelezen} B gelezen`);
        assert.ok(seconds < 15, `${name}: ${seconds} s`);
      }
      // Still a working page: a click on another tab is drawn.
      await h.clickWidget(page, 'tabs.overzicht');
      await page.waitForFunction(() => window.jv.state().view.tab === 'overzicht');
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
