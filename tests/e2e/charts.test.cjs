// The charts' keyboard alternative in the browser: with the map focused (a click on it), the arrow
// keys step from gemeente to gemeente, the readout the hover shows is spoken through the mirror's
// aria-live line, and Enter chooses the highlighted gemeente. "Tabel" shows the map's figures as a
// table on the canvas.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness.cjs');

const env = h.useBrowser(test);

test('keyboard exploration on the Kaart announces each gemeente in the mirror and Enter chooses it', async () => {
  await h.withPage(env, {}, async ({ page }) => {
    await h.waitReady(page);
    await page.evaluate(() => { location.hash = 'tab=kaart&gemeente=GM0402&groep=jeugdregio'; });
    await page.waitForFunction(() => window.jv.state().view.tab === 'kaart' && window.jv.state().widgets['map.canvas']);
    await h.waitIdle(page, 500);
    // A click in the North Sea, top left of the map: the map has the keyboard, no gemeente chosen.
    const canvas = (await h.state(page)).widgets['map.canvas'];
    await page.mouse.click(canvas[0] + 4, canvas[1] + 4);
    await h.waitIdle(page, 300);
    assert.equal((await h.state(page)).view.gemeente, 'GM0402');
    const live = () => page.locator('#mirror-live').textContent();

    const seen = [];
    for (let i = 0; i < 3; ++i) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => {
        const v = window.jv.state().view.verkenning;
        return v.grafiek === 'kaart' && v.gemeente !== '' && v.gemeente !== n;
      }, seen[seen.length - 1] || '', { timeout: 20000 });
      const v = (await h.state(page)).view.verkenning;
      seen.push(v.gemeente);
      // The readout names the gemeente with its code and figure, and the live region says it.
      assert.match(v.tekst, new RegExp(`\\(${v.gemeente}\\)\\. `));
      await page.waitForFunction((t) => document.getElementById('mirror-live').textContent === t, v.tekst,
                                 { timeout: 20000 });
      assert.equal(await live(), v.tekst);
    }
    assert.equal(new Set(seen).size, 3, `three different gemeenten: ${seen.join(', ')}`);
    const s = await h.state(page);
    assert.equal(s.view.tooltip.open, true);
    assert.ok(s.view.tooltip.text.includes(`(${seen[2]})`), s.view.tooltip.text);
    assert.ok(s.widgets['map.highlight'], 'the highlighted gemeente is outlined on the map');
    await h.screenshot(page, 'charts-kaart-toetsenbord');

    // Left goes back to the second; Enter chooses it as a click would.
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((c) => window.jv.state().view.verkenning.gemeente === c, seen[1], { timeout: 20000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction((c) => window.jv.state().view.gemeente === c, seen[1], { timeout: 20000 });

    // "Tabel": the same figures as a table, the map gone; the choice is not in the link.
    await h.clickWidget(page, 'map.tabel');
    await page.waitForFunction(() => window.jv.state().view.tabel === true && window.jv.state().widgets['tabel.kaart']);
    const after = await h.state(page);
    assert.equal(after.widgets['map.canvas'], undefined);
    assert.ok(!after.view.link.includes('tabel'), after.view.link);
    await h.waitIdle(page, 500);
    await h.screenshot(page, 'charts-kaart-tabel');
  });
});
