// The figures store in the browser: a StatLine export becomes a benchmark and Hilversum's own
// series stands against it over the years; a region's file of waiting times compares each of its
// gemeenten with the others. Nothing leaves the page.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.cjs');

const env = h.useBrowser(test);

function withPage(options, body) {
  return h.withPage(env, options, async (p) => {
    await h.waitReady(p.page);
    await body(p);
  });
}

async function chooseFile(page, name, content) {
  const chooser = page.waitForEvent('filechooser');
  await h.clickWidget(page, 'own.choose_file');
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
}

test('a StatLine export becomes a benchmark: Hilversum 2018-2023 against its region, its own series on top', async () => {
  const statline = fs.readFileSync(path.join(h.ROOT, 'tests', 'fixtures', 'statline', 'jeugdhulp_gemeenten_2018_2023.csv'), 'utf8');
  await withPage({ width: 1280, height: 1100 }, async ({ page, requests }) => {
    await h.clickWidget(page, 'tabs.own');
    await page.waitForFunction(() => window.jv.state().widgets['own.example.0']);
    await h.clickWidget(page, 'own.example.0');  // Hilversum's own % jeugdigen met jeugdhulp 2018-2022
    await page.waitForFunction(() => window.jv.state().view.own_values === 10);
    const before = requests.length;
    await chooseFile(page, 'jeugdhulp_gemeenten_2018_2023.csv', statline);
    await page.waitForFunction(() => window.jv.state().widgets['own.use_benchmark']);
    await h.waitIdle(page, 300);
    await h.clickWidget(page, 'own.use_benchmark');
    await page.waitForFunction(() => window.jv.state().widgets['own.benchmark_message']);
    let s = await h.state(page);
    assert.equal(s.view.own_values, 10, 'de eigen cijfers van Hilversum zijn weer wat ze waren');
    // The time series of the new series, for Hilversum against its jeugdregio.
    await page.evaluate(() => {
      location.hash = 'tab=indicator&gemeente=GM0402&groep=jeugdregio&indicator=' +
        'statline-jeugdhulp-gemeenten-2018-2023-jongeren-met-jeugdhulp-pct&weergave=tijdreeks';
    });
    await page.waitForFunction(() => window.jv.state().widgets['reeks.plot']);
    await h.waitIdle(page, 600);
    s = await h.state(page);
    for (const year of ['2018', '2019', '2020', '2021', '2022', '2023']) {
      assert.ok(s.widgets[`reeks.point.${year}`], `periode ${year} ontbreekt in de tijdreeks`);
    }
    assert.ok(s.widgets['reeks.own_points'], 'de eigen reeks van Hilversum staat er niet bij');
    assert.ok(s.widgets['reeks.break_note'], 'de methodewijziging van het CBS in 2021 staat er niet bij');
    // Points sit over their own year's tick.
    for (const year of ['2018', '2021', '2023']) {
      const point = s.widgets[`reeks.point.${year}`];
      const tick = s.widgets[`reeks.tick.${year}`];
      assert.ok(tick, `geen streepje voor ${year}`);
      assert.ok(Math.abs(point[0] - tick[0]) < 1, `${year}: punt op ${point[0]}, streepje op ${tick[0]}`);
    }
    await h.screenshot(page, 'benchmark-statline-tijdreeks-hilversum-1280x1100');
    assert.equal(requests.length, before, `verzoeken na het laden: ${requests.slice(before)}`);
  });
});

test('a region file of waiting times: each of the 11 gemeenten of Centraal Gelderland against the other ten', async () => {
  const gemeenten = ['Arnhem', 'Doesburg', 'Duiven', 'Renkum', 'Rheden', 'Rozendaal', 'Wageningen', 'Westervoort',
                     'Zevenaar', 'Lingewaard', 'Overbetuwe'];
  const weeks = [14, 9, 11, 20, 12, 6, 10, 13, 16, 7, 15];
  const csv = 'Gemeente;Wachttijd Q1-3 2025 (weken)\n' + gemeenten.map((g, i) => `${g};${weeks[i]}`).join('\n') + '\n';
  const item = 'indicator.series.eigen-wachttijden-centraal-gelderland-csv-wachttijd';
  await withPage({ width: 1280, height: 900 }, async ({ page }) => {
    await h.clickWidget(page, 'tabs.own');
    await page.waitForFunction(() => window.jv.state().widgets['own.choose_file']);
    await chooseFile(page, 'wachttijden_centraal_gelderland.csv', csv);
    await page.waitForFunction(() => window.jv.state().view.own_values === 11);
    for (const [i, code] of [[0, 'GM0202'], [3, 'GM0274'], [9, 'GM1705']]) {
      await page.evaluate((c) => { location.hash = `tab=indicator&gemeente=${c}&groep=jeugdregio&weergave=ranglijst`; }, code);
      await page.waitForFunction((c) => window.jv.state().view.gemeente === c && window.jv.state().widgets['indicator.choose'], code);
      await h.waitIdle(page, 300);
      if (!(await h.state(page)).view.vergelijking.groepnaam.startsWith('Gemeenten in uw bestand')) {
        await h.chooseFromList(page, 'indicator.choose', item);
      }
      await page.waitForFunction(() => window.jv.state().view.vergelijking.groepnaam === 'Gemeenten in uw bestand (11)');
      await h.waitIdle(page, 300);
      const s = await h.state(page);
      const row = s.view.vergelijking.indicatoren[0];
      assert.equal(s.view.vergelijking.leden.length, 11);
      assert.equal(row.leden, 11);
      // Rank 1 = the shortest wait: its place among the eleven.
      const rank = [...weeks].sort((a, b) => a - b).indexOf(weeks[i]) + 1;
      assert.equal(row.rang, rank, `${gemeenten[i]}: rang ${row.rang}, verwacht ${rank}`);
      assert.equal(row.referentie, 'mediaan van de groep', 'zonder teller en noemer: geen toets, de mediaan');
      // The link never carries the own series.
      assert.ok(!s.view.link.includes('eigen'), s.view.link);
      if (code === 'GM0274') await h.screenshot(page, 'regiobestand-wachttijden-renkum-1280x900');
    }
  });
});
