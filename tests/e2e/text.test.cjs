// Text that fits, in the browser: on a phone a tap on a value opens what hover shows on a desktop
// (source, period, definition, denominator) inside the screen until the next tap; on a desktop a
// long tooltip stays inside the window. Screenshots of the views users filed defects for.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness.cjs');

const env = h.useBrowser(test);

function withPage(options, body) {
  return h.withPage(env, options, async (p) => {
    await h.waitReady(p.page);
    await body(p);
  });
}

// Opens a view through its link, as a shared link would.
async function openView(page, fragment, tab) {
  await page.evaluate((f) => { location.hash = f; }, fragment);
  await page.waitForFunction((t) => window.jv.state().view.tab === t, tab);
  await h.waitIdle(page, 600);
}

function inside(rect, width, height, what) {
  const [x, y, w, h2] = rect;
  assert.ok(x >= 0 && y >= 0 && x + w <= width + 0.5 && y + h2 <= height + 0.5,
            `${what} [${rect}] ligt niet binnen ${width}x${height}`);
}

test('on a phone a tap on a value shows source, period, definition and denominator until the next tap', async () => {
  await withPage({ width: 375, height: 740, dpr: 2, hasTouch: true }, async ({ page }) => {
    await openView(page, 'tab=overzicht&gemeente=GM0402&groep=jeugdregio', 'overzicht');
    let s = await h.state(page);
    assert.equal(s.view.tooltip.open, false);
    const { x, y } = await h.widgetCentre(page, 'dash.value.jeugdzorg_tot23');
    await page.touchscreen.tap(x, y);
    await page.waitForFunction(() => window.jv.state().view.tooltip.open);
    await h.waitIdle(page, 600);
    s = await h.state(page);
    assert.equal(s.view.tooltip.popup, true, 'een tik opent een popup, geen zweeftekst');
    for (const part of ['Jongeren met jeugdzorg (tot 23 jaar)', 'Bron: CBS, Kerncijfers wijken en buurten 2021',
                        'Periode: 2020', 'Noemer: Alle jongeren tot 23 jaar', 'Noemer voor deze gemeente:']) {
      assert.ok(s.view.tooltip.text.includes(part), `"${part}" ontbreekt in: ${s.view.tooltip.text}`);
    }
    inside(s.view.tooltip.rect, 375, 740, 'de popup');
    // It stays while nothing happens (the page draws nothing meanwhile) ...
    await page.waitForTimeout(800);
    assert.equal((await h.state(page)).view.tooltip.open, true);
    await h.screenshot(page, 'tik-op-waarde-hilversum-375x740');
    // ... and the next tap elsewhere (the title bar) closes it.
    await page.touchscreen.tap(150, 28);
    await page.waitForFunction(() => !window.jv.state().view.tooltip.open);
  });
});

test('on a desktop a long tooltip stays inside the window', async () => {
  await withPage({ width: 1280, height: 800 }, async ({ page }) => {
    await openView(page, 'tab=overzicht&gemeente=GM0402&groep=jeugdregio', 'overzicht');
    // The verdict's explanation, at the right of the table: the longest tooltip on the page.
    const { x, y } = await h.widgetCentre(page, 'dash.verdict.jeugdzorg_tot23');
    await page.mouse.move(x, y);
    await page.waitForFunction(() => window.jv.state().view.tooltip.open);
    await h.waitIdle(page, 600);
    const s = await h.state(page);
    assert.equal(s.view.tooltip.popup, false);
    assert.ok(s.view.tooltip.text.includes('Jeugdregio Gooi en Vechtstreek'), s.view.tooltip.text);
    inside(s.view.tooltip.rect, 1280, 800, 'de tooltip');
    await h.screenshot(page, 'tooltip-oordeel-hilversum-1280x800');
  });
});

test('views users filed text defects for, photographed at phone and desktop sizes', async () => {
  for (const size of [{ width: 1280, height: 800, dpr: 1, tag: '1280x800' },
                      { width: 1920, height: 1080, dpr: 1, tag: '1920x1080' },
                      { width: 375, height: 740, dpr: 2, hasTouch: true, tag: '375x740' }]) {
    await withPage(size, async ({ page }) => {
      await openView(page, 'tab=overzicht&gemeente=GM0402&groep=jeugdregio', 'overzicht');
      await h.screenshot(page, `tekst-overzicht-hilversum-${size.tag}`);
      await openView(page, 'tab=indicator&gemeente=GM0402&groep=jeugdregio&weergave=trechter', 'indicator');
      assert.ok((await h.state(page)).widgets['detail.plot']);
      await h.screenshot(page, `tekst-trechter-hilversum-${size.tag}`);
      await openView(page, 'tab=indicator&gemeente=GM0402&groep=jeugdregio&weergave=ranglijst', 'indicator');
      assert.ok((await h.state(page)).widgets['detail.ranking']);
      await h.screenshot(page, `tekst-ranglijst-hilversum-${size.tag}`);
    });
  }
});
