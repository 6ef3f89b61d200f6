// A shared session: a partner opens the link "Deel deze weergave" gives, in a fresh browser (no
// storage, no history), and sees the same view: gemeente, group, series and an older period,
// the time series, the language. The two pages' states are compared field by field.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness.cjs');

const env = h.useBrowser(test);

async function choose(page, prefix, query) {
  await page.waitForFunction((id) => window.jv.state().widgets[id], `${prefix}.search`);
  await h.clickWidget(page, `${prefix}.search`);
  await page.keyboard.type(query);
  await page.waitForFunction((id) => window.jv.state().widgets[id], `${prefix}.first_hit`);
  await h.clickWidget(page, `${prefix}.first_hit`);
  await h.waitIdle(page, 300);
}

// What a shared link must reproduce, from the test hook's state.
function shared(s) {
  return {
    tab: s.view.tab,
    gemeente: s.view.gemeente,
    indicator: s.view.vergelijking.indicator,
    detail: s.view.vergelijking.detail,
    deel: s.view.deel,
    vergelijking: s.view.vergelijking,
    link: s.view.link,
  };
}

test('a shared link opens the same view in a fresh browser context', async () => {
  let link = '';
  let sent = null;
  await h.withPage(env, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page }) => {
    await h.waitReady(page);
    await h.clickWidget(page, 'tabs.indicator');
    await choose(page, 'indicator', 'Hilversum');
    await h.clickWidget(page, 'group.provincie');
    await page.waitForFunction(() => window.jv.state().view.deel.groep === 'provincie');
    await h.waitIdle(page, 300);
    await h.chooseFromList(page, 'indicator.choose', 'indicator.series.iv3-jeugd-lasten-per-inwoner-begroting');
    await page.waitForFunction(() => window.jv.state().view.deel.reeks === 'iv3-jeugd-lasten-per-inwoner-begroting');
    await h.waitIdle(page, 300);
    await h.clickWidget(page, 'indicator.period.2023');  // not the latest: the link must name it
    await page.waitForFunction(() => window.jv.state().view.deel.periode === '2023');
    await h.waitIdle(page, 300);
    await h.clickWidget(page, 'detail.tijdreeks');
    await page.waitForFunction(() => window.jv.state().view.vergelijking.detail === 'tijdreeks');
    // English, as the address says it (taal=en): the shell hands an edited fragment to the app.
    await page.evaluate(() => { location.hash += '&taal=en'; });
    await page.waitForFunction(() => window.jv.state().view.deel.taal === 'en');
    await h.waitIdle(page, 500);

    await h.clickWidget(page, 'view.share');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('#'));
    link = await page.evaluate(() => navigator.clipboard.readText());
    // The link the app gives is the address bar's: the shell keeps them the same.
    assert.equal(link, await page.evaluate(() => location.href));
    sent = await h.state(page);
  });
  assert.match(link, /gemeente=GM0402/);
  assert.match(link, /groep=provincie/);
  assert.match(link, /periode=2023/);
  assert.match(link, /weergave=tijdreeks/);
  assert.match(link, /taal=en/);
  assert.equal(sent.view.deel.periode, '2023');
  assert.equal(sent.view.vergelijking.groep, 'provincie');

  // A fresh context: nothing of the first page's storage or history.
  await h.withPage(env, { hash: '#' + link.split('#')[1] }, async ({ page }) => {
    await h.waitReady(page);
    await page.waitForFunction(() => window.jv.state().view.tab === 'indicator');
    await h.waitIdle(page, 500);
    const got = shared(await h.state(page));
    const want = shared(sent);
    for (const key of Object.keys(want)) assert.deepEqual(got[key], want[key], `veld ${key}`);
    assert.ok(got.vergelijking.leden.length > 20, 'Noord-Holland als groep');
    assert.equal(await page.evaluate(() => location.href), link);
  });
});
