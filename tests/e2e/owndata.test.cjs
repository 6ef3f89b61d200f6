// Own figures in the browser: loaded by file picker, drop and paste, checked, remembered only on
// request, wiped on request, and never sent anywhere. A file carries a unique marker; the test
// fails if any request after the load is made at all, or carries the marker.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness.cjs');

const env = h.useBrowser(test);

const MARKER = 'JV-MARKER-7f3a9c2e';

// Every test starts from a ready page.
function withPage(options, body) {
  return h.withPage(env, options, async (p) => {
    await h.waitReady(p.page);
    await body(p);
  });
}

async function openOwnTab(page) {
  await h.clickWidget(page, 'tabs.own');
  await page.waitForFunction(() => window.jv.state().widgets['own.choose_file']);
}

async function chooseFile(page, name, content) {
  const chooser = page.waitForEvent('filechooser');
  await h.clickWidget(page, 'own.choose_file');
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

test('a chosen file is read in the page and no request leaves it, with or without the marker', async () => {
  await withPage({}, async ({ page, requests, posted }) => {
    await openOwnTab(page);
    const before = requests.length;
    const csv = `gemeente;indicator;periode;waarde\nHilversum;${MARKER};2025-Q1;42\nHilversum;Thuiszitters;2024/2025;1,3%\n`;
    await chooseFile(page, 'geheim.csv', csv);
    await page.waitForFunction(() => window.jv.state().view.report.file === 'geheim.csv');
    const s = await h.state(page);
    assert.equal(s.view.report.ok, true, JSON.stringify(s.view.report));
    assert.equal(s.view.report.values, 2);
    assert.equal(s.view.gemeente, 'GM0402');
    await page.waitForTimeout(1000);
    assert.equal(requests.length, before, `verzoeken na het laden: ${requests.slice(before)}`);
    assert.ok(!posted.some((r) => r.includes(MARKER)), 'een verzoek droeg de marker');
    await h.waitIdle(page, 800);
    await h.screenshot(page, 'own-loaded-1280x800');
  });
});

test('bad files get a Dutch message with file, row and column, and earlier figures stay', async () => {
  await withPage({}, async ({ page }) => {
    await openOwnTab(page);
    await h.clickWidget(page, 'own.example.0');
    await page.waitForFunction(() => window.jv.state().view.own_values === 10);

    await chooseFile(page, 'leeg.csv', '');
    await page.waitForFunction(() => window.jv.state().view.report.file === 'leeg.csv');
    let s = await h.state(page);
    assert.equal(s.view.report.ok, false);
    assert.equal(s.view.report.problems[0],
                 'leeg.csv: Het bestand is leeg. Kies het bestand met uw cijfers, of download het sjabloon en vul dat in.');
    assert.equal(s.view.own_values, 10, 'de eerder geladen cijfers zijn er nog');

    await chooseFile(page, 'typfout.csv', 'gemeente;indicator;periode;waarde\nHilversun;Thuiszitters;2024;1,1%\nHuizen;Thuiszitters;2024;0,9%\n');
    await page.waitForFunction(() => window.jv.state().view.report.file === 'typfout.csv');
    s = await h.state(page);
    assert.equal(s.view.report.problems[0],
                 'typfout.csv, rij 2, kolom 1: Onbekende gemeente „Hilversun”. Bedoelt u Hilversum (GM0402)?');

    await chooseFile(page, 'personen.csv', 'bsn;gemeente;indicator;periode;waarde\n111222333;Hilversum;Jeugdhulp met verblijf;2024;1\n123456782;Hilversum;Jeugdhulp met verblijf;2024;1\n010000008;Hilversum;Jeugdhulp met verblijf;2024;1\n');
    await page.waitForFunction(() => window.jv.state().view.report.file === 'personen.csv');
    s = await h.state(page);
    assert.equal(s.view.report.ok, false);
    assert.match(s.view.report.problems[0], /^personen\.csv: Dit bestand lijkt gegevens over personen te bevatten/);
    assert.equal(s.view.own_values, 11, 'de geweigerde bestanden veranderden niets');
    await h.waitIdle(page, 800);
    await h.screenshot(page, 'own-refused-personal-data');
  });
});

test('a column per indicator without a period asks for one; the answer loads it', async () => {
  await withPage({}, async ({ page, requests }) => {
    await openOwnTab(page);
    const before = requests.length;
    await chooseFile(page, 'wachttijden.csv',
                     'Gemeente;Wachttijd (dagen)\nArnhem;84\nDuiven;112\nRenkum;8 maanden\nRheden;12 weken\nWageningen;30 dagen\n');
    await page.waitForFunction(() => window.jv.state().view.report.needs_period === true);
    await page.waitForFunction(() => window.jv.state().widgets['own.period_load']);
    let s = await h.state(page);
    assert.equal(s.view.own_values, 0);
    assert.match(s.view.report.problems[0], /^wachttijden\.csv: Dit bestand noemt geen periode voor „Wachttijd \(dagen\)”/);
    await h.waitIdle(page, 800);
    await h.screenshot(page, 'own-asks-period-1280x800');

    await h.clickWidget(page, 'own.period');
    await page.keyboard.type('2024');
    await h.clickWidget(page, 'own.period_load');
    await page.waitForFunction(() => window.jv.state().view.own_values === 5);
    s = await h.state(page);
    assert.equal(s.view.report.ok, true, JSON.stringify(s.view.report));
    assert.equal(s.view.report.needs_period, false);
    assert.ok(s.view.report.notes.some((n) => n.includes('8 maanden = 243,5 dagen')), JSON.stringify(s.view.report.notes));
    assert.equal(requests.length, before, `verzoeken na het laden: ${requests.slice(before)}`);
    await h.waitIdle(page, 800);
    await h.screenshot(page, 'own-period-answered-1280x800');
  });
});

test('a dropped file and a table pasted from Excel are read like a chosen file', async () => {
  await withPage({}, async ({ page }) => {
    await openOwnTab(page);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['gemeente;indicator;periode;waarde\nAlkmaar;Wachttijd;2025-Q2;61\n'], 'gesleept.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => window.jv.state().view.report.file === 'gesleept.csv');
    assert.equal((await h.state(page)).view.report.ok, true);

    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'gemeente\tindicator\tperiode\twaarde\nAlkmaar\tTrajectduur\t2024\t406\n');
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    await page.waitForFunction(() => window.jv.state().view.report.file === 'geplakt uit het klembord');
    const s = await h.state(page);
    assert.equal(s.view.report.ok, true, JSON.stringify(s.view.report));
    assert.equal(s.view.own_values, 2);
  });
});

test('remembered only when asked, wiped without a trace', async () => {
  const p = await h.openPage(env.browser, env.server.url, {});
  try {
    const { page } = p;
    await h.waitReady(page);
    await openOwnTab(page);
    await h.clickWidget(page, 'own.example.1');
    await page.waitForFunction(() => window.jv.state().view.own_values === 25);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'niets bewaard zonder vinkje');

    await h.clickWidget(page, 'own.remember');
    await page.waitForFunction(() => window.jv.state().view.remember);
    const stored = await page.evaluate(() => localStorage.getItem('jeugdvergelijker.eigen-cijfers.v1'));
    assert.match(stored, /GM1525;specialistische_jeugdhulp;0-3 jaar;Q1-3 2022;44/);

    await page.reload();
    await h.waitReady(page);
    assert.equal((await h.state(page)).view.own_values, 25, 'na herladen terug');

    await openOwnTab(page);
    await h.clickWidget(page, 'own.forget');
    await page.waitForFunction(() => window.jv.state().view.own_values === 0);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'alles gewist');
    assert.deepEqual(p.foreignRequests(), []);
    assert.deepEqual(p.errors, []);
  } finally {
    await p.context.close();
  }
});

test('the template downloads from the page itself', async () => {
  await withPage({}, async ({ page }) => {
    await openOwnTab(page);
    const download = page.waitForEvent('download');
    await h.clickWidget(page, 'own.template_long');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'jeugdvergelijker-sjabloon-lang.csv');
    const text = require('node:fs').readFileSync(await file.path(), 'utf8');
    assert.match(text, /^gemeente;indicator;uitsplitsing;periode;waarde;teller;noemer\r\n/);
  });
});

test('the own-figures view on a phone', async () => {
  await withPage({ width: 375, height: 740, dpr: 2, hasTouch: true }, async ({ page }) => {
    await openOwnTab(page);
    await h.clickWidget(page, 'own.example.0');
    await page.waitForFunction(() => window.jv.state().view.own_values === 10);
    await h.waitIdle(page, 800);
    await h.screenshot(page, 'own-example-375x740-dpr2');
  });
});

test('the export for the council paper opens in Dutch Excel and hides what would reveal a small count', async () => {
  // Tall enough that the export button is on screen under the Teylingen table.
  await withPage({ width: 1280, height: 2200 }, async ({ page }) => {
    await openOwnTab(page);
    await h.clickWidget(page, 'own.example.1');
    await page.waitForFunction(() => window.jv.state().widgets['own.export']);
    await h.waitIdle(page, 300);
    const download = page.waitForEvent('download');
    await h.clickWidget(page, 'own.export');
    const file = await download;
    const bytes = require('node:fs').readFileSync(await file.path());
    // A byte-order mark, so Dutch Excel reads UTF-8 and "€" stays "€".
    assert.deepEqual([...bytes.subarray(0, 3)], [0xEF, 0xBB, 0xBF]);
    const text = bytes.subarray(3).toString('utf8');
    // First what it is and where each figure comes from, then the table (issue 19).
    assert.match(text, /^Jeugdvergelijker: eigen cijfers van Teylingen voor het raadsstuk\r\n/);
    assert.ok(text.includes('\r\nIndicator;Bron;Periode;Definitie;Teller;Noemer;Eenheid\r\n'), text);
    assert.ok(text.includes('\r\ngemeente;code;indicator;uitsplitsing;periode;waarde;eenheid;status\r\n'), text);
    assert.ok(text.includes(';0-3 jaar;Q1-3 2025;;aantal;verborgen'), text);
    assert.ok(text.includes(';18 jaar en ouder;Q1-3 2025;;aantal;< 10, niet gedeeld'), text);
    assert.ok(text.includes(';Q1-3 2025;820;'), text);
    assert.ok(text.includes(';2023;9679799,00;\u20AC;'), text);
  });
});
