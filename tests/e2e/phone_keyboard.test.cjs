// A phone's keyboard for the canvas's text fields (platform/web/text_proxy.h): on a touch screen a
// tap on a field focuses a real input of the field's kind (a phone raises its keyboard only for
// that), what is typed into it lands in the field with the caret in step, and the keyboard closes
// when the field is done. A citizen on the public page finds Teylingen without a #gemeente= link.
// On a desktop nothing of this appears: keys go to the canvas as before.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness.cjs');

const env = h.useBrowser(test);
const PHONE = { width: 375, height: 812, dpr: 2, hasTouch: true, isMobile: true };

function withPage(options, body) {
  return h.withPage(env, options, async (p) => {
    await h.waitReady(p.page);
    await body(p);
  });
}

// The focused element, as the browser sees it.
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return {
      tag: e.tagName, proxy: e.classList.contains('jv-text-proxy'), type: e.type || '', value: e.value || '',
      start: e.selectionStart, end: e.selectionEnd,
      inputmode: e.getAttribute('inputmode'), enterkeyhint: e.getAttribute('enterkeyhint'),
      autocorrect: e.getAttribute('autocorrect'), autocapitalize: e.getAttribute('autocapitalize'),
      spellcheck: e.spellcheck, label: e.getAttribute('aria-label'),
    };
  });
}

// Waits until the field being edited holds `text` with the caret (or selection) at [a, b].
async function fieldHolds(page, text, a, b) {
  await page.waitForFunction(([t, s, e]) => {
    const f = window.jv.state().view.tekstveld;
    return f.actief && f.tekst === t && f.selectie[0] === s && f.selectie[1] === e;
  }, [text, a, b], { timeout: 10000 }).catch(async () => {
    assert.fail(`het veld kreeg niet "${text}" [${a}, ${b}]: ${JSON.stringify((await h.state(page)).view.tekstveld)}`);
  });
}

// Waits until the page's input for the keyboard has the focus; says what has it otherwise.
async function inputFocused(page) {
  await page.waitForFunction(() => document.activeElement.classList.contains('jv-text-proxy'), null, { timeout: 10000 })
    .catch(async () => assert.fail(`na de tik heeft ${(await focused(page)).tag} de focus, geen invoerveld`));
}

async function tap(page, id) {
  await page.waitForFunction((w) => window.jv.state().widgets[w], id, { timeout: 10000 });
  const { x, y } = await h.widgetCentre(page, id);
  await page.touchscreen.tap(x, y);
}

test('on a phone the public page\'s search raises the keyboard, takes what is typed and chooses Teylingen', async () => {
  await withPage({ ...PHONE, hash: '#modus=publiek' }, async ({ page }) => {
    await page.waitForFunction(() => window.jv.state().view.mode === 'publiek');
    await h.waitIdle(page, 500);
    assert.equal((await focused(page)).tag, 'BODY');
    await tap(page, 'public.search');
    // A real input has the focus: a phone raises its keyboard for it.
    await inputFocused(page);
    const input = await focused(page);
    assert.equal(input.tag, 'INPUT');
    assert.equal(input.type, 'search');
    assert.equal(input.inputmode, 'search');
    assert.equal(input.enterkeyhint, 'search');
    assert.equal(input.autocorrect, 'off');      // "Teylingen" stays Teylingen
    assert.equal(input.autocapitalize, 'off');
    assert.equal(input.spellcheck, false);
    assert.equal(input.label, 'Tekst voor het veld op het scherm');
    assert.equal((await h.state(page)).view.tekstveld.actief, true);
    // Over the field it stands for.
    const box = await page.locator('.jv-text-proxy:focus').boundingBox();
    const field = (await h.state(page)).widgets['public.search'];
    assert.ok(Math.abs(box.x - field[0]) < 1 && Math.abs(box.y - field[1]) < 1, `${JSON.stringify(box)} / ${field}`);

    // Typed as a keyboard types: the text lands in the canvas's field, caret at its end.
    await page.keyboard.type('Teyl');
    await fieldHolds(page, 'Teyl', 4, 4);
    // The caret moved in the input (arrows of a keyboard, or the phone's own caret handle) moves in
    // the field; a letter typed there lands there.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await fieldHolds(page, 'Teyl', 2, 2);
    await page.keyboard.type('x');
    await fieldHolds(page, 'Texyl', 3, 3);
    await page.keyboard.press('Backspace');
    await fieldHolds(page, 'Teyl', 2, 2);
    // A selection made in the input is the field's selection.
    await page.evaluate(() => document.activeElement.setSelectionRange(1, 3));
    await fieldHolds(page, 'Teyl', 1, 3);
    await page.keyboard.press('End');
    await fieldHolds(page, 'Teyl', 4, 4);
    // A phone keyboard's word at once, without key events (as Android's keyboards send text).
    await page.keyboard.insertText('ingen');
    await fieldHolds(page, 'Teylingen', 9, 9);
    assert.equal((await focused(page)).value, 'Teylingen');
    await page.waitForFunction(() => window.jv.state().widgets['public.first_hit']);
    await h.waitIdle(page, 400);
    await h.screenshot(page, 'telefoon-zoek-teylingen-getypt');

    // Enter (the keyboard's search key) chooses the one gemeente that fits, and the keyboard closes.
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.jv.state().view.gemeente === 'GM1525', null, { timeout: 10000 });
    await page.waitForFunction(() => !document.activeElement.classList.contains('jv-text-proxy'), null, { timeout: 10000 });
    assert.equal((await h.state(page)).view.tekstveld.actief, false);
    assert.equal(await page.locator('.jv-text-proxy').isVisible(), false);
    await page.waitForFunction(() => document.getElementById('mirror-title').textContent === 'Jeugdzorg in Teylingen');
    await h.waitIdle(page, 500);
    await h.screenshot(page, 'telefoon-teylingen-gekozen');
  });
});

test('a finger resting on the field: the input takes the focus inside the touchend itself, as Safari requires', async () => {
  await withPage({ ...PHONE, hash: '#modus=publiek' }, async ({ page }) => {
    await page.waitForFunction(() => window.jv.state().view.mode === 'publiek');
    await h.waitIdle(page, 500);
    await page.evaluate(() => {
      // After the canvas's own listeners: what has the focus while the touchend is handled.
      window.addEventListener('touchend', () => {
        window.focusAtTouchEnd = document.activeElement.className || document.activeElement.tagName;
      });
    });
    const { x, y } = await h.widgetCentre(page, 'public.search');
    const cdp = await page.context().newCDPSession(page);
    const before = (await h.state(page)).frames;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await page.waitForFunction((n) => window.jv.state().frames >= n + 2, before);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    assert.equal(await page.evaluate(() => window.focusAtTouchEnd), 'jv-text-proxy');
    await page.keyboard.type('Hilversum');
    await fieldHolds(page, 'Hilversum', 9, 9);
    // A tap elsewhere on the canvas ends the editing: the keyboard closes.
    await page.touchscreen.tap(187, 760);
    await page.waitForFunction(() => document.activeElement.tagName === 'BODY', null, { timeout: 10000 });
  });
});

test('sentences get a textarea with autocorrect and capitals, Enter a new line; a tap elsewhere closes it', async () => {
  await withPage(PHONE, async ({ page }) => {
    await page.evaluate(() => { location.hash = 'tab=start'; });
    await page.waitForFunction(() => window.jv.state().view.tab === 'start');
    await h.waitIdle(page, 500);
    // The notes are below the fold: a finger swipes up to them.
    for (let i = 0; i < 20 && !(await isOnScreen(page, 'home.notes')); ++i) await swipeUp(page);
    await tap(page, 'home.notes');
    await inputFocused(page);
    const area = await focused(page);
    assert.equal(area.tag, 'TEXTAREA');
    assert.equal(area.autocorrect, 'on');
    assert.equal(area.autocapitalize, 'sentences');
    assert.equal(area.enterkeyhint, 'enter');
    assert.equal(area.spellcheck, true);
    await page.keyboard.type('Eerste regel');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tweede');
    await fieldHolds(page, 'Eerste regel\nTweede', 19, 19);
    await h.screenshot(page, 'telefoon-aantekeningen');
    // Tapped outside: editing ends, the keyboard closes, the text stays.
    await page.touchscreen.tap(187, 30);
    await page.waitForFunction(() => document.activeElement.tagName === 'BODY', null, { timeout: 10000 });
    assert.equal((await h.state(page)).view.tekstveld.actief, false);
  });
});

test('on a desktop a click on a field takes no input of the page: keys go to the canvas as before', async () => {
  await withPage({ hash: '#modus=publiek' }, async ({ page }) => {
    await page.waitForFunction(() => window.jv.state().view.mode === 'publiek');
    await h.clickWidget(page, 'public.search');
    await page.waitForFunction(() => window.jv.state().view.tekstveld.actief);
    await page.keyboard.type('Teyl');
    await fieldHolds(page, 'Teyl', 4, 4);
    const f = await focused(page);
    assert.equal(f.proxy, false);
    assert.equal(await page.locator('.jv-text-proxy').count(), 0);
  });
});

async function isOnScreen(page, id) {
  const r = (await h.state(page)).widgets[id];
  return Boolean(r) && r[1] > 40 && r[1] + r[3] < 800;
}

// A finger moved up quickly: the view scrolls down (touch.h).
async function swipeUp(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 300, y: 600 }] });
  for (const y of [560, 480, 400, 320]) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 300, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await h.waitIdle(page, 300);
}
