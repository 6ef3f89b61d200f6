// English (`taal=en`): the page's text version says everything in English, with none of the Dutch
// words the English table replaces; <html lang> follows; the mirror's language choice switches
// back to Dutch and the app follows, as a shared link would.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness.cjs');

const env = h.useBrowser(test);

// Interface words that must be gone in English (names of gemeenten and sources stay as they are).
const DUTCH = ['gemeenten', 'gemeente', 'Vergelijk', 'Vergelijken', 'hoger', 'lager', 'jeugdhulp', 'Bron', 'inwoners',
               'mediaan', 'periode', 'Kaart', 'Overzicht', 'Keuzes', 'Cijfers', 'Oordeel', 'Groep', 'Bronnen'];

function dutchWords(text) {
  return DUTCH.filter((w) => new RegExp(`(^|[^\\p{L}\\p{N}_])${w}($|[^\\p{L}\\p{N}_])`, 'iu').test(text));
}

async function mirrorText(page) {
  return page.evaluate(() => {
    const root = document.getElementById('mirror');
    const options = [...root.querySelectorAll('option')].map((o) => o.textContent).join('\n');
    const attributes = [...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join('\n');
    return `${document.title}\n${root.textContent}\n${options}\n${attributes}`;
  });
}

async function settled(page, tab, lang) {
  await page.waitForFunction(([t, l]) => {
    const current = document.querySelector('#mirror-tabs [aria-current="page"]');
    return window.jv.state().view.tab === t && current && current.dataset.tab === t &&
           document.documentElement.lang === l && document.getElementById('mirror-lang').value === l;
  }, [tab, lang], { timeout: 30000 });
  await h.waitIdle(page, 500);
}

test('taal=en: the mirror of every tab has no Dutch interface words, and <html lang> is en', async () => {
  await h.withPage(env, {}, async ({ page }) => {
    await h.waitReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    await page.evaluate(() => { location.hash = 'tab=overzicht&gemeente=GM0402&groep=jeugdregio&taal=en'; });
    await settled(page, 'overzicht', 'en');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Overview: Hilversum');
    assert.equal(await page.locator('#mirror-choices-title').textContent(), 'Choices');
    const headline = await page.locator('#mirror-headline').textContent();
    assert.match(headline, / in Hilversum /);
    assert.match(await page.locator('#mirror-caption').textContent(),
                 /^Figures of Hilversum compared with Youth care region Gooi en Vechtstreek$/);
    // Numbers the English way: a decimal point and "%" against the number.
    assert.match(await page.locator('#mirror-rows tr td').first().textContent(), /^\d+\.\d%$/);
    await h.screenshot(page, 'i18n-overzicht-en');
    for (const tab of ['start', 'overzicht', 'indicator', 'kaart', 'buren', 'eigen', 'bronnen']) {
      await page.focus(`#mirror-tabs button[data-tab="${tab}"]`);
      await page.keyboard.press('Enter');
      await settled(page, tab, 'en');
      const text = await mirrorText(page);
      assert.deepEqual(dutchWords(text), [], `${tab}:\n${text}`);
    }
  });
});

test('the mirror\'s language choice goes back to Dutch: the link, <html lang> and the words follow', async () => {
  await h.withPage(env, {}, async ({ page }) => {
    await h.waitReady(page);
    await page.evaluate(() => { location.hash = 'tab=overzicht&gemeente=GM0402&groep=jeugdregio&taal=en'; });
    await settled(page, 'overzicht', 'en');
    assert.equal(await page.locator('#mirror-lang-label').textContent(), 'Language');
    await page.selectOption('#mirror-lang', 'nl');
    await settled(page, 'overzicht', 'nl');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Overzicht: Hilversum');
    assert.equal(await page.locator('#mirror-lang-label').textContent(), 'Taal');
    assert.match(await page.locator('#mirror-caption').textContent(),
                 /^Cijfers van Hilversum vergeleken met Jeugdregio Gooi en Vechtstreek$/);
    assert.match(await page.locator('#mirror-rows tr td').first().textContent(), /^\d+,\d\s%$/);
    assert.ok(dutchWords(await mirrorText(page)).includes('Overzicht'));
    assert.ok(!(await page.evaluate(() => location.hash)).includes('taal='));
    // And forth again through the same control.
    await page.selectOption('#mirror-lang', 'en');
    await settled(page, 'overzicht', 'en');
    assert.match(await page.evaluate(() => location.hash), /taal=en/);
  });
});
