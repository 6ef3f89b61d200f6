// Browser zoom at 200 %: a 1280 x 800 window shows a 640 x 400 CSS viewport at device pixel ratio
// 2. Every tab keeps the controls it needs reachable: on screen whole, or brought there by
// scrolling the view; screenshots of every tab for a person to look at.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness.cjs');

const env = h.useBrowser(test);
const W = 640;
const H = 400;

// Per tab: the controls a user needs there (the tabs themselves on every one).
const NEEDS = {
  start: ['home.to_map', 'home.to_own'],
  overzicht: ['overzicht.search', 'group.provincie', 'view.share', 'present.add', 'export.csv', 'export.png'],
  indicator: ['indicator.choose', 'detail.verdeling', 'detail.trechter', 'detail.ranglijst', 'detail.tijdreeks',
              'present.add', 'export.csv', 'export.png'],
  kaart: ['map.indicator.choose', 'map.zoom_in', 'map.zoom_out', 'map.reset', 'map.canvas', 'present.add',
          'export.csv'],
  buren: ['peers.reset', 'peers.use', 'peers.to_custom', 'export.csv'],
  own: ['own.example.0', 'own.choose_file', 'own.template_long', 'own.remember', 'own.forget'],
  bronnen: [],
};
const TABS = ['tabs.start', 'tabs.overzicht', 'tabs.indicator', 'tabs.kaart', 'tabs.buren', 'tabs.own',
              'tabs.bronnen'];

function inside(rect) {
  return rect && rect[0] >= -0.5 && rect[1] >= -0.5 && rect[0] + rect[2] <= W + 0.5 && rect[1] + rect[3] <= H + 0.5;
}

// A control is reached when it is within the width and either whole on screen or, for a large one
// (the map), with 150 px or more of it on screen (the wheel's steps need not land it exactly).
function reached(rect) {
  if (!rect || rect[0] < -0.5 || rect[0] + rect[2] > W + 0.5) return false;
  const shown = Math.min(rect[1] + rect[3], H) - Math.max(rect[1], 0);
  return inside(rect) || shown >= Math.min(150, rect[3]);
}

// Scrolls the view (mouse wheel over its lower half) until `id` is on screen whole.
async function reach(page, id) {
  for (let i = 0; i < 60; ++i) {
    const rect = (await h.state(page)).widgets[id];
    if (reached(rect)) return rect;
    const down = !rect || rect[1] + rect[3] > H;
    await page.mouse.move(W - 12, H - 40);
    await page.mouse.wheel(0, down ? 120 : -120);
    await h.waitIdle(page, 150);
  }
  const s = await h.state(page);
  throw new Error(`${id} niet bereikbaar bij 200 %: ${JSON.stringify(s.widgets[id])}`);
}

test('200 % zoom: every tab keeps its controls reachable', async () => {
  await h.withPage(env, { width: W, height: H, dpr: 2 }, async ({ page }) => {
    await h.waitReady(page);
    const s = await h.state(page);
    assert.equal(s.dpr, 2);
    assert.deepEqual(s.display, [W, H]);
    for (const tab of TABS) assert.ok(inside(s.widgets[tab]), `${tab} bij 200 %: ${JSON.stringify(s.widgets[tab])}`);
    // A gemeente first: the comparison tabs show their controls once one is chosen.
    await h.clickWidget(page, 'tabs.overzicht');
    await page.waitForFunction(() => window.jv.state().widgets['overzicht.search']);
    await h.clickWidget(page, 'overzicht.search');
    await page.keyboard.type('Hilversum');
    await page.waitForFunction(() => window.jv.state().widgets['overzicht.first_hit']);
    await h.clickWidget(page, 'overzicht.first_hit');
    await page.waitForFunction(() => window.jv.state().view.gemeente === 'GM0402');
    await h.waitIdle(page, 300);
    for (const tab of TABS) {
      const name = tab.slice('tabs.'.length);
      await h.clickWidget(page, tab);
      await page.waitForFunction((t) => window.jv.state().view.tab === (t === 'own' ? 'eigen' : t), name);
      await h.waitIdle(page, 300);
      for (const t of TABS) assert.ok(inside((await h.state(page)).widgets[t]), `${t} op ${name}`);
      await h.screenshot(page, `zoom200-${name}`);
      for (const id of NEEDS[name]) {
        const rect = await reach(page, id);
        // ImGui's small buttons ("Deel deze weergave") are 17 px high: hit-able, not the 24 px of WCAG 2.2.
        assert.ok(rect[2] >= 24 && rect[3] >= 16, `${id} te klein om te raken: ${rect}`);
      }
      await h.screenshot(page, `zoom200-${name}-onder`);
      if (name === 'kaart') {
        // The whole country fits in the view's height: it can be scrolled into sight whole.
        const now = await h.state(page);
        const map = now.widgets['map.canvas'];
        const tabsBottom = Math.max(...TABS.map((t) => now.widgets[t][1] + now.widgets[t][3]));
        assert.ok(map[3] <= H - tabsBottom, `de kaart is ${map[3]} px hoog, het zicht ${H - tabsBottom} px`);
      }
      // Back to the top for the next tab's tabs.
      for (let i = 0; i < 30 && !inside((await h.state(page)).widgets[TABS[0]]); ++i) {
        await page.mouse.move(W - 12, H - 40);
        await page.mouse.wheel(0, -400);
        await h.waitIdle(page, 150);
      }
    }
  });
});
