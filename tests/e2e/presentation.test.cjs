// The council presentation in the browser: three slides added from three views, presented and
// stepped with the keys a clicker sends, a slide exported as PNG at twice the canvas size (drawn
// into memory, not read from the WebGL canvas), the deck saved and opened again, Escape leaves.
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

async function presentation(page) {
  return (await h.state(page)).view.presentatie;
}

async function waitSlides(page, n) {
  await page.waitForFunction((k) => window.jv.state().view.presentatie.dias === k, n);
}

// Slide n is on screen: the state says so at once, the widget list once the frames that draw it
// are done (the page then goes idle).
async function waitSlide(page, n) {
  await page.waitForFunction((k) => window.jv.state().view.presentatie.dia === k, n);
  await h.waitIdle(page, 200);
}

async function addThreeSlides(page) {
  await h.clickWidget(page, 'tabs.overzicht');
  await page.waitForFunction(() => window.jv.state().widgets['overzicht.search']);
  await h.clickWidget(page, 'overzicht.search');
  await page.keyboard.type('Hilversum');
  await page.waitForFunction(() => window.jv.state().widgets['overzicht.first_hit']);
  await h.clickWidget(page, 'overzicht.first_hit');
  await page.waitForFunction(() => window.jv.state().widgets['present.add']);
  await h.waitIdle(page, 300);
  await h.clickWidget(page, 'present.add');
  await waitSlides(page, 1);
  await h.clickWidget(page, 'tabs.indicator');
  await page.waitForFunction(() => window.jv.state().widgets['detail.trechter']);
  await h.clickWidget(page, 'detail.trechter');
  await page.waitForFunction(() => window.jv.state().view.vergelijking.detail === 'trechter');
  await h.waitIdle(page, 300);
  await h.clickWidget(page, 'present.add');
  await waitSlides(page, 2);
  await h.clickWidget(page, 'detail.ranglijst');
  await page.waitForFunction(() => window.jv.state().view.vergelijking.detail === 'ranglijst');
  await h.waitIdle(page, 300);
  await h.clickWidget(page, 'present.add');
  await waitSlides(page, 3);
}

function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('three slides presented by keyboard, a PNG at 2x, Escape leaves', async () => {
  await withPage({ width: 1280, height: 800 }, async ({ page }) => {
    await addThreeSlides(page);
    await h.clickWidget(page, 'titlebar.presentation');
    await page.waitForFunction(() => window.jv.state().widgets['present.start']);
    await h.waitIdle(page, 300);
    await h.clickWidget(page, 'present.start');
    await waitSlide(page, 1);
    let s = await h.state(page);
    assert.equal(s.view.presentatie.presenteert, true);
    assert.equal(s.view.tab, 'overzicht');
    assert.match(s.view.link, /&dia=1$/);
    assert.ok(s.widgets['present.chart'], 'de dia tekent haar grafiek');
    assert.equal(s.widgets['tabs.overzicht'], undefined, 'geen bediening op een dia');
    // The address follows the slide.
    await page.waitForFunction(() => location.hash.endsWith('&dia=1'));

    await page.keyboard.press('ArrowRight');
    await waitSlide(page, 2);
    s = await h.state(page);
    assert.equal(s.view.vergelijking.detail, 'trechter');
    assert.equal(Math.round(s.widgets['present.progress'][2]), Math.round(1280 * 2 / 3));
    await h.waitIdle(page, 300);
    await h.screenshot(page, 'presentation-slide-2-1280x800');
    fs.mkdirSync('/work/shots/present', { recursive: true });
    await page.screenshot({ path: '/work/shots/present/e2e-slide-2.png' });

    await page.keyboard.press('PageDown');
    await waitSlide(page, 3);
    assert.equal((await h.state(page)).view.vergelijking.detail, 'ranglijst');
    await page.keyboard.press('ArrowLeft');
    await waitSlide(page, 2);
    await page.keyboard.press('Space');
    await waitSlide(page, 3);
    await page.keyboard.press('Space');  // the last slide stays
    await h.waitIdle(page, 300);
    assert.equal((await presentation(page)).dia, 3);

    // P: this slide as a PNG, twice the canvas size, with its pixels drawn (not a black canvas).
    const download = page.waitForEvent('download');
    await page.keyboard.press('p');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'presentatie-dia-3.png');
    const bytes = fs.readFileSync(await file.path());
    assert.deepEqual(pngSize(bytes), { width: 2560, height: 1600 });
    fs.writeFileSync('/work/shots/present/e2e-presentatie-dia-3.png', bytes);
    assert.equal((await presentation(page)).presenteert, true);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.jv.state().view.presentatie.presenteert === false);
    s = await h.state(page);
    assert.equal(s.view.tab, 'indicator');
    assert.equal(s.view.vergelijking.detail, 'ranglijst');
    assert.doesNotMatch(s.view.link, /dia=/);
    await page.waitForFunction(() => window.jv.state().widgets['tabs.overzicht']);
    // After the export the screen draws with the fonts baked for it again.
    await h.waitIdle(page, 300);
    const file2 = await h.screenshot(page, 'presentation-after-export-1280x800');
    // Not a black canvas: a drawn page compresses to far more than a flat one (about 3 KB).
    assert.ok(fs.statSync(file2).size > 40000, `schermafdruk na de export: ${fs.statSync(file2).size} bytes`);
  });
});

test('the deck is saved, opened again through the file chooser and resumed from a link', async () => {
  await withPage({ width: 1280, height: 800 }, async ({ page }) => {
    await addThreeSlides(page);
    await h.clickWidget(page, 'titlebar.presentation');
    await page.waitForFunction(() => window.jv.state().widgets['present.save']);
    await h.waitIdle(page, 300);
    const download = page.waitForEvent('download');
    await h.clickWidget(page, 'present.save');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'presentatie.jvdeck.txt');
    const text = fs.readFileSync(await file.path(), 'utf8');
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], 'Jeugdvergelijker presentatie;1');
    assert.equal(lines.length, 4);
    assert.match(lines[2], /^tab=indicator&gemeente=GM0402&.*weergave=trechter;$/);

    // Removing a slide, then opening the saved file brings all three back.
    await h.clickWidget(page, 'present.remove.1');
    await waitSlides(page, 2);
    await h.waitIdle(page, 300);
    const chooser = page.waitForEvent('filechooser');
    await h.clickWidget(page, 'present.load');
    await (await chooser).setFiles({ name: 'presentatie.jvdeck.txt', mimeType: 'text/plain',
                                     buffer: Buffer.from(text, 'utf8') });
    await waitSlides(page, 3);
    assert.equal((await presentation(page)).melding, "Presentatie geladen: 3 dia's.");
    await h.waitIdle(page, 300);
    await h.screenshot(page, 'presentation-panel-1280x800');

    // A link naming a slide resumes there, with the deck in the page.
    await page.evaluate(() => { location.hash = 'tab=start&dia=2'; });
    await waitSlide(page, 2);
    assert.equal((await h.state(page)).view.vergelijking.detail, 'trechter');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => window.jv.state().view.presentatie.presenteert === false);
  });
});
