// Accessibility: the page's text version (#mirror, web/mirror.js) next to the canvas. axe-core finds
// no serious or critical violation on any tab; the mirror's table holds the CLI's figures; the
// keyboard alone reaches the gemeente search, chooses Hilversum and another group, and the app and
// the aria-live line follow; the mirror is rewritten only when what it says changed.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const AxeBuilder = require('@axe-core/playwright').default;
const h = require('./harness.cjs');

const CLI = h.CLI;
const TABS = ['start', 'overzicht', 'indicator', 'kaart', 'buren', 'eigen', 'bronnen'];

const env = h.useBrowser(test);

function withPage(options, body) {
  return h.withPage(env, options, async (p) => {
    await h.waitReady(p.page);
    await body(p);
  });
}

// Waits until the mirror shows `tab` and the app has settled.
async function mirrorOn(page, tab) {
  await page.waitForFunction((t) => {
    const current = document.querySelector('#mirror-tabs [aria-current="page"]');
    return window.jv.state().view.tab === t && current && current.dataset.tab === t;
  }, tab, { timeout: 30000 });
  await h.waitIdle(page, 500);
}

function describe(v) {
  const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ');
  return `${v.id} (${v.impact}): ${v.help} [${v.nodes.length}× ${where}]`;
}

test('axe-core finds no serious or critical violation on any tab with Hilversum chosen', async () => {
  await withPage({}, async ({ page }) => {
    await page.evaluate(() => { location.hash = 'tab=start&gemeente=GM0402&groep=jeugdregio'; });
    await mirrorOn(page, 'start');
    const serious = [];
    for (const tab of TABS) {
      // Through the mirror's own tab buttons, by keyboard: then the mirror is on screen as a
      // sighted keyboard user sees it, and axe checks its colours too.
      await page.focus(`#mirror-tabs button[data-tab="${tab}"]`);
      await page.keyboard.press('Enter');
      await mirrorOn(page, tab);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      console.log(`axe ${tab}: ${results.violations.length} overtredingen, ${results.passes.length} regels in orde` +
                  results.violations.map((v) => `\n  ${describe(v)}`).join(''));
      for (const v of results.violations) {
        if (v.impact === 'serious' || v.impact === 'critical') serious.push(`${tab}: ${describe(v)}`);
      }
      if (tab === 'overzicht') await h.screenshot(page, 'a11y-mirror-open-overzicht');
    }
    assert.deepEqual(serious, []);
  });
});

test('the mirror\'s table for Hilversum holds the figures, verdicts and sentence of the CLI', async () => {
  const ref = JSON.parse(execFileSync(CLI, ['compare', '--gemeente', 'GM0402', '--jaar', '2025', '--groep',
                                            'jeugdregio', '--json']).toString('utf8'));
  await withPage({}, async ({ page }) => {
    await page.evaluate(() => { location.hash = 'tab=overzicht&gemeente=GM0402&groep=jeugdregio'; });
    await mirrorOn(page, 'overzicht');
    await h.screenshot(page, 'a11y-overzicht-mirror-hidden');
    // As a mouse user has it (the mirror out of sight), axe finds nothing serious either.
    const hidden = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    console.log(`axe overzicht, tekstversie verborgen: ${hidden.violations.length} overtredingen` +
                hidden.violations.map((v) => `\n  ${describe(v)}`).join(''));
    assert.deepEqual(hidden.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe), []);
    // What a screen reader finds: a table named by its caption, a heading, the sentence.
    const table = page.getByRole('table', { name: 'Cijfers van Hilversum vergeleken met Jeugdregio Gooi en Vechtstreek' });
    assert.equal(await table.count(), 1);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Overzicht: Hilversum');
    assert.equal(await page.locator('#canvas').getAttribute('aria-hidden'), 'true');
    assert.equal(await page.locator('#mirror-headline').textContent(), ref.indicatoren[0].zin);

    const rows = await page.$$eval('#mirror-rows tr', (trs) => trs.map((tr) => ({
      id: tr.dataset.id,
      name: tr.querySelector('th').textContent,
      value: tr.children[1].dataset.number,
      valueText: tr.children[1].textContent,
      group: tr.children[2].textContent,
      median: tr.children[3].dataset.number,
      verdict: tr.children[5].dataset.verdict,
    })));
    assert.deepEqual(rows.map((r) => r.id).sort(), ref.indicatoren.map((i) => i.id).sort());
    for (const row of rows) {
      const r = ref.indicatoren.find((i) => i.id === row.id);
      const g = r.groepen[0];
      assert.equal(row.group, g.naam, `${row.id} groep`);
      if (r.waarde === null) assert.equal(row.value, undefined, `${row.id}: geen waarde`);
      else assert.ok(Math.abs(Number(row.value) - r.waarde) < 1e-6, `${row.id} waarde ${row.value} ≠ ${r.waarde}`);
      if (g.mediaan === null) assert.equal(row.median, undefined, `${row.id}: geen mediaan`);
      else assert.ok(Math.abs(Number(row.median) - g.mediaan) < 1e-6, `${row.id} mediaan ${row.median} ≠ ${g.mediaan}`);
      // A total is not judged: the badge (and so the mirror) says "geen oordeel" where the CLI
      // says "onbekend".
      const verdict = g.oordeel === 'onbekend' && row.verdict === 'geen oordeel' ? 'geen oordeel' : g.oordeel;
      assert.equal(row.verdict, verdict, `${row.id} oordeel`);
      // Written the Dutch way: a decimal comma, never a point.
      assert.doesNotMatch(row.valueText, /\d\.\d{1,2}(\D|$)/, `${row.id}: ${row.valueText}`);
    }
    const lasten = rows.find((r) => r.id === 'iv3-jeugd-lasten-per-inwoner-jaarrekening@2023');
    assert.equal(lasten.valueText, '€\u00a0311');
  });
});

test('the keyboard alone: Tab to the search, choose Hilversum, then the provincie; the app follows', async () => {
  await withPage({}, async ({ page }) => {
    const active = () => page.evaluate(() => {
      const e = document.activeElement;
      return { id: e.id, tag: e.tagName, text: e.textContent, name: e.name || '', value: e.value || '' };
    });
    // From page load: the canvas keeps no Tab, the first stop is the gemeente search.
    await page.keyboard.press('Tab');
    assert.equal((await active()).id, 'mirror-search');
    await h.screenshot(page, 'a11y-keyboard-search');
    await page.keyboard.type('Hilv');
    await page.waitForFunction(() => document.querySelectorAll('#mirror-hits button').length === 2);
    assert.equal(await page.locator('#mirror-hits-status').textContent(),
                 '2 gemeenten gevonden: ga met Tab naar de lijst hieronder.');
    for (let i = 0; i < 3 && (await active()).text !== 'Hilversum'; ++i) await page.keyboard.press('Tab');
    assert.equal((await active()).text, 'Hilversum');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.jv.state().view.gemeente === 'GM0402');
    await mirrorOn(page, 'overzicht');  // from the start page a chosen gemeente opens its overview
    const live = () => page.locator('#mirror-live').textContent();
    const first = await live();
    assert.equal(first, 'Overzicht: Hilversum, vergeleken met Jeugdregio Gooi en Vechtstreek.');

    // On to the group: Tab lands on the chosen radio button, an arrow picks the next one.
    await page.keyboard.press('Tab');
    assert.deepEqual([(await active()).name, (await active()).value], ['mirror-group', 'jeugdregio']);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => window.jv.state().view.link.includes('groep=provincie'));
    await h.waitIdle(page, 500);
    const s = await h.state(page);
    assert.equal(s.view.vergelijking.groep, 'provincie');
    assert.equal(s.view.vergelijking.groepnaam, 'Provincie Noord-Holland');
    assert.equal(await live(), 'Overzicht: Hilversum, vergeleken met Provincie Noord-Holland.');
    assert.equal(await page.locator('#mirror-caption').textContent(),
                 'Cijfers van Hilversum vergeleken met Provincie Noord-Holland');
    // The focus ring is drawn: an outline of 3 px in the accent blue.
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outline);
    assert.match(ring, /rgb\(31, 95, 168\) solid 3px/);
    await h.screenshot(page, 'a11y-keyboard-group');
  });
});

test('the mirror is rewritten only when what it says changed, not on every frame', async () => {
  await withPage({}, async ({ page }) => {
    await page.evaluate(() => { location.hash = 'tab=overzicht&gemeente=GM0402&groep=jeugdregio'; });
    await mirrorOn(page, 'overzicht');
    await page.evaluate(() => {
      window.mirrorChanges = 0;
      new MutationObserver(() => { window.mirrorChanges += 1; })
        .observe(document.getElementById('mirror'), { childList: true, subtree: true, characterData: true });
    });
    const before = (await h.state(page)).frames;
    for (let i = 0; i < 10; ++i) await page.mouse.move(300 + 40 * i, 400);  // hover: frames, same view
    await h.waitIdle(page, 500);
    assert.ok((await h.state(page)).frames > before, 'de muis liet geen frames tekenen');
    assert.equal(await page.evaluate(() => window.mirrorChanges), 0);
    // A change of view does rewrite it.
    await page.evaluate(() => { location.hash = 'tab=overzicht&gemeente=GM0402&groep=nederland'; });
    await page.waitForFunction(() => window.mirrorChanges > 0);
    assert.equal(await page.locator('#mirror-live').textContent(), 'Overzicht: Hilversum, vergeleken met Nederland.');
  });
});

test('the text version keeps its word: Enter in its search chooses the one gemeente found, and only then', async () => {
  await withPage({}, async ({ page }) => {
    const status = () => page.locator('#mirror-hits-status').textContent();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'mirror-search');
    // Several hits: the message sends the user to the list, and Enter chooses none of them.
    await page.keyboard.type('Hilv');
    await page.waitForFunction(() => document.querySelectorAll('#mirror-hits button').length === 2);
    assert.equal(await status(), '2 gemeenten gevonden: ga met Tab naar de lijst hieronder.');
    await page.keyboard.press('Enter');
    await h.waitIdle(page, 300);
    assert.equal((await h.state(page)).view.gemeente, '');
    // No hit: said so, and Enter chooses nothing.
    await page.fill('#mirror-search', 'Hilvx');
    await page.waitForFunction(() => document.querySelectorAll('#mirror-hits button').length === 0);
    assert.equal(await status(), 'Geen gemeente gevonden voor „Hilvx”.');
    await page.keyboard.press('Enter');
    await h.waitIdle(page, 300);
    assert.equal((await h.state(page)).view.gemeente, '');
    // One hit: "Enter kiest haar", and it does.
    await page.fill('#mirror-search', '');
    await page.keyboard.type('Hilversum');
    await page.waitForFunction(() => document.querySelectorAll('#mirror-hits button').length === 1);
    assert.equal(await status(), '1 gemeente gevonden. Enter kiest haar.');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.jv.state().view.gemeente === 'GM0402', null, { timeout: 10000 });
    await mirrorOn(page, 'overzicht');  // from the start page a chosen gemeente opens its overview
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Overzicht: Hilversum');
    assert.equal(await page.locator('#mirror-caption').textContent(),
                 'Cijfers van Hilversum vergeleken met Jeugdregio Gooi en Vechtstreek');
    assert.equal(await page.locator('#mirror-live').textContent(),
                 'Overzicht: Hilversum, vergeleken met Jeugdregio Gooi en Vechtstreek.');
    await h.screenshot(page, 'a11y-enter-kiest-hilversum');
  });
});

test('in English too: "Enter chooses it" chooses the one municipality found', async () => {
  await withPage({ hash: '#taal=en' }, async ({ page }) => {
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.focus('#mirror-search');
    await page.keyboard.type('Teyl');
    await page.waitForFunction(() => document.querySelectorAll('#mirror-hits button').length === 1);
    assert.equal(await page.locator('#mirror-hits-status').textContent(), '1 municipality found. Enter chooses it.');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.jv.state().view.gemeente === 'GM1525', null, { timeout: 10000 });
    await page.waitForFunction(() => document.getElementById('mirror-title').textContent.includes('Teylingen'));
  });
});
