// The comparison views in the browser, for real gemeenten: each view opens, is photographed at a
// desktop and a phone size, and shows the gemeente, group and values the core computes. The
// reference is the command-line tool over the same core (harness.cjs CLI: the newest native build), run here.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const h = require('./harness.cjs');

const CLI = h.CLI;

const env = h.useBrowser(test);

function core(code, groep) {
  const out = execFileSync(CLI, ['compare', '--gemeente', code, '--jaar', '2025', '--groep', groep, '--json']);
  return JSON.parse(out.toString('utf8'));
}

// Every test starts from a ready page.
function withPage(options, body) {
  return h.withPage(env, options, async (p) => {
    await h.waitReady(p.page);
    await body(p);
  });
}

async function choose(page, prefix, query) {
  // On a phone the search folds behind "Andere gemeente" once a gemeente is chosen.
  if (!(await h.state(page)).widgets[`${prefix}.search`]) {
    await h.clickWidget(page, `${prefix}.change`);
    await page.waitForFunction((id) => window.jv.state().widgets[id], `${prefix}.search`);
    await h.waitIdle(page, 300);  // the header reflows as the search unfolds: click where it settles
  }
  await h.clickWidget(page, `${prefix}.search`);
  await page.keyboard.type(query);
  await page.waitForFunction((id) => window.jv.state().widgets[id], `${prefix}.first_hit`);
  await h.clickWidget(page, `${prefix}.first_hit`);
  await h.waitIdle(page, 300);  // the header may reflow for the new name: read positions afresh
}

function close(actual, expected, what) {
  assert.ok(Math.abs(actual - expected) < 1e-6, `${what}: ${actual} in de app, ${expected} in de kern`);
}

// The app's comparison against the CLI's, indicator by indicator.
function assertSameAsCore(shown, ref, groep) {
  assert.equal(shown.groep, groep);
  const refGroup = ref.indicatoren[0].groepen[0];
  assert.deepEqual(shown.leden.filter((c) => c !== ref.gemeente.code || groep !== 'buren'),
                   refGroup.gemeenten.filter((c) => c !== ref.gemeente.code || groep !== 'buren'));
  for (const row of shown.indicatoren) {
    const r = ref.indicatoren.find((i) => i.id === row.id);
    assert.ok(r, `indicator ${row.id} ontbreekt in de kern`);
    const g = r.groepen[0];
    close(row.waarde, r.waarde, `${row.id} waarde`);
    close(row.mediaan, g.mediaan, `${row.id} mediaan`);
    close(row.gewogen_gemiddelde, g.gewogen_gemiddelde, `${row.id} gewogen gemiddelde`);
    close(row.rang, g.rang, `${row.id} rang`);
    assert.equal(row.oordeel, g.oordeel, `${row.id} oordeel`);
    // The figure the verdict is judged against, and the sentence, are the CLI's too.
    assert.equal(row.referentie, g.referentie.soort, `${row.id} referentie`);
    if (g.referentie.waarde !== null) close(row.referentiewaarde, g.referentie.waarde, `${row.id} referentiewaarde`);
    assert.equal(row.zin, r.zin, `${row.id} zin`);
  }
}

for (const size of [{ width: 1280, height: 800, dpr: 1, tag: '1280x800' },
                    { width: 375, height: 740, dpr: 2, tag: '375x740', hasTouch: true }]) {
  test(`overzicht and indicator views for Hilversum and Alkmaar at ${size.tag}`, async () => {
    await withPage(size, async ({ page }) => {
      await h.clickWidget(page, 'tabs.overzicht');
      await page.waitForFunction(() => window.jv.state().widgets['overzicht.search']);
      await choose(page, 'overzicht', 'hilver');
      await page.waitForFunction(() => window.jv.state().view.vergelijking.view === 'overzicht');
      await h.waitIdle(page, 600);
      let s = await h.state(page);
      assert.equal(s.view.gemeente, 'GM0402');
      assert.equal(s.view.vergelijking.groepnaam, 'Jeugdregio Gooi en Vechtstreek');
      // Every series of the store at its latest period: KWB's and Iv3's, as the CLI lists them.
      const hilversum = core('GM0402', 'jeugdregio');
      assert.ok(s.view.vergelijking.indicatoren.length > 7);
      assert.equal(s.view.vergelijking.indicatoren.length, hilversum.indicatoren.length);
      assertSameAsCore(s.view.vergelijking, hilversum, 'jeugdregio');
      await h.screenshot(page, `overzicht-hilversum-${size.tag}`);

      // Alkmaar against its vergelijkbare gemeenten (k = 10, as Alkmaar's own benchmark).
      await choose(page, 'overzicht', 'alkmaar');
      if (size.width < 560) {  // a phone chooses the group from a combo
        await h.clickWidget(page, 'group.choose');
        await page.waitForFunction(() => window.jv.state().widgets['group.buren']);
        await h.waitIdle(page, 300);  // a popup measures itself in its first frame
      }
      await h.clickWidget(page, 'group.buren');
      await page.waitForFunction(() => window.jv.state().view.vergelijking.groep === 'buren');
      await h.waitIdle(page, 600);
      s = await h.state(page);
      assert.equal(s.view.gemeente, 'GM0361');
      assert.equal(s.view.vergelijking.leden.length, 10);
      assertSameAsCore(s.view.vergelijking, core('GM0361', 'buren'), 'buren');
      await h.screenshot(page, `overzicht-alkmaar-buren-${size.tag}`);

      await h.clickWidget(page, 'dash.detail.jeugdzorg_tot23');
      await page.waitForFunction(() => window.jv.state().view.tab === 'indicator');
      for (const [detail, name] of [['verdeling', 'verdeling'], ['trechter', 'trechter'], ['ranglijst', 'ranglijst']]) {
        await h.clickWidget(page, `detail.${detail}`);
        await page.waitForFunction((d) => window.jv.state().view.vergelijking.detail === d, name);
        await h.waitIdle(page, 600);
        s = await h.state(page);
        assert.equal(s.view.vergelijking.view, 'indicator');
        assertSameAsCore(s.view.vergelijking, core('GM0361', 'buren'), 'buren');
        assert.ok(s.widgets['detail.plot'] || s.widgets['detail.ranking'], `${detail}: geen grafiek of tabel`);
        assert.ok(s.max_frame_ms < 250, `frame ${s.max_frame_ms} ms`);
        await h.screenshot(page, `indicator-${detail}-alkmaar-${size.tag}`);
      }
      // The map: Alkmaar outlined inside the canvas.
      await h.clickWidget(page, 'tabs.kaart');
      await page.waitForFunction(() => window.jv.state().widgets['map.chosen']);
      await h.waitIdle(page, 800);
      s = await h.state(page);
      const canvas = s.widgets['map.canvas'], chosen = s.widgets['map.chosen'];
      assert.ok(chosen[0] >= canvas[0] && chosen[1] >= canvas[1] &&
                chosen[0] + chosen[2] <= canvas[0] + canvas[2] + 1 && chosen[1] + chosen[3] <= canvas[1] + canvas[3] + 1,
                `Alkmaar ${chosen} ligt niet in de kaart ${canvas}`);
      await h.screenshot(page, `kaart-alkmaar-${size.tag}`);
      // An idle map draws nothing: a laptop at a council meeting must not spin its fan.
      const framesBefore = (await h.state(page)).frames;
      await page.waitForTimeout(1000);
      assert.equal((await h.state(page)).frames, framesBefore, 'de kaart tekende frames zonder aanleiding');

      // The peers: the same ten as the core's, each removable.
      await h.clickWidget(page, 'tabs.buren');
      await page.waitForFunction(() => Object.keys(window.jv.state().widgets).some((k) => k.startsWith('peers.remove.')));
      await h.waitIdle(page, 600);
      s = await h.state(page);
      const buren = JSON.parse(execFileSync(CLI, ['buren', '--gemeente', 'GM0361', '--jaar', '2025', '--json']).toString('utf8'));
      const shownPeers = Object.keys(s.widgets).filter((k) => k.startsWith('peers.remove.')).map((k) => k.slice(13)).sort();
      assert.deepEqual(shownPeers, buren.buren.map((b) => b.code).sort());
      await h.screenshot(page, `buren-alkmaar-${size.tag}`);

      await h.clickWidget(page, 'tabs.bronnen');
      await page.waitForFunction(() => window.jv.state().widgets['bronnen.bron.kwb-2021']);
      await h.waitIdle(page, 400);
      await h.screenshot(page, `bronnen-${size.tag}`);
    });
  });
}

test('the time series follows the Hilversum example with the national line', async () => {
  await withPage({}, async ({ page }) => {
    await h.clickWidget(page, 'tabs.own');
    await page.waitForFunction(() => window.jv.state().widgets['own.example.0']);
    await h.clickWidget(page, 'own.example.0');
    await page.waitForFunction(() => window.jv.state().view.own_values === 10);
    await h.clickWidget(page, 'tabs.indicator');
    await page.waitForFunction(() => window.jv.state().widgets['detail.tijdreeks']);
    await h.clickWidget(page, 'detail.tijdreeks');
    await page.waitForFunction(() => window.jv.state().widgets['series.choose']);
    await h.waitIdle(page, 600);
    const s = await h.state(page);
    assert.equal(s.view.gemeente, 'GM0402');
    assert.ok(s.widgets['detail.plot']);
    await h.screenshot(page, 'indicator-tijdreeks-hilversum-1280x800');
  });
});

test('a shared link opens the same view, and the address follows the view', async () => {
  const p = await h.openPage(env.browser, env.server.url);
  try {
    // A link opened afresh (the page is already on its address, so go there and reload: the
    // app reads the fragment when it starts).
    await p.page.goto(`${env.server.url}/#tab=overzicht&gemeente=GM0361&groep=buren&weergave=trechter`);
    await p.page.reload();
    await h.waitReady(p.page);
    await p.page.waitForFunction(() => window.jv.state().view.vergelijking.view === 'overzicht');
    let s = await h.state(p.page);
    assert.equal(s.view.gemeente, 'GM0361');
    assert.equal(s.view.vergelijking.groep, 'buren');
    assertSameAsCore(s.view.vergelijking, core('GM0361', 'buren'), 'buren');
    // Choosing another gemeente rewrites the address without a request.
    const before = p.requests.length;
    await choose(p.page, 'overzicht', 'hilver');
    await p.page.waitForFunction(() => location.hash.includes('gemeente=GM0402'));
    assert.equal(p.requests.length, before, `verzoeken: ${p.requests.slice(before)}`);
    // Editing the address bar's fragment moves the view.
    await p.page.evaluate(() => { location.hash = 'tab=kaart&gemeente=GM0363&groep=provincie'; });
    await p.page.waitForFunction(() => window.jv.state().view.tab === 'kaart');
    s = await h.state(p.page);
    assert.equal(s.view.gemeente, 'GM0363');
    // Own figures never go into the address: only public codes under known keys.
    await h.clickWidget(p.page, 'tabs.own');
    await p.page.waitForFunction(() => window.jv.state().widgets['own.example.0']);
    await h.clickWidget(p.page, 'own.example.0');
    await p.page.waitForFunction(() => window.jv.state().view.own_values === 10);
    await h.clickWidget(p.page, 'tabs.overzicht');
    await p.page.waitForFunction(() => window.jv.state().widgets['view.share']);
    const hash = await p.page.evaluate(() => decodeURIComponent(location.hash.slice(1)));
    for (const pair of hash.split('&')) {
      const [key, value] = pair.split('=');
      assert.ok(['tab', 'gemeente', 'groep', 'lijst', 'buren', 'indicator', 'periode', 'weergave'].includes(key), `sleutel ${key}`);
      // Public codes only: words, series ids, GM codes, period labels.
      assert.match(value, /^[a-z_0-9-]+$|^(GM\d{4},?)+$|^[A-Za-z0-9\/ -]+$/, `waarde ${value}`);
      assert.ok(!value.startsWith('eigen-'), `een eigen reeks in de link: ${value}`);
    }
    assert.ok(!hash.includes('12,8') && !hash.includes('hilversum_jeugdhulp'));
    assert.deepEqual(p.foreignRequests(), []);
    assert.deepEqual(p.errors, []);
  } finally {
    await p.context.close();
  }
});

test('a refused clipboard shows the link, selected, and Ctrl+C still copies it', async () => {
  // No clipboard permission: the browser rejects writeText, as Chromium does for a page that may not
  // write the clipboard. The app must not say "Link gekopieerd" then.
  const initScript = () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
    window.__copied = [];
    window.addEventListener('copy', (e) => window.__copied.push(e.clipboardData.getData('text/plain')));
  };
  await withPage({ width: 1280, height: 800, initScript }, async (p) => {
    await h.clickWidget(p.page, 'tabs.overzicht');
    await p.page.waitForFunction(() => window.jv.state().widgets['overzicht.search']);
    await choose(p.page, 'overzicht', 'hilver');
    await h.clickWidget(p.page, 'view.share');
    await p.page.waitForFunction(() => window.jv.state().widgets['view.share_link']);
    const s = await h.state(p.page);
    assert.equal(s.widgets['view.share_copied'], undefined, '"Link gekopieerd" terwijl kopiëren mislukte');
    await h.waitIdle(p.page, 300);  // the field has taken the focus and selected the link
    await h.screenshot(p.page, 'share-refused-1280x800');
    await p.page.keyboard.press('Control+C');
    await p.page.waitForFunction(() => window.__copied.length > 0);
    const copied = await p.page.evaluate(() => window.__copied[0]);
    const address = await p.page.evaluate(() => location.origin + location.pathname);
    assert.ok(copied.startsWith(address + '#'), `gekopieerd: ${copied}`);
    assert.match(copied, /gemeente=GM0402/);
  });
});
