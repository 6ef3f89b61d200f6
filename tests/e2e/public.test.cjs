// The public website (modus=publiek) on a phone, as a municipality links or frames it:
// `#gemeente=GM0402&modus=publiek` opens straight on Hilversum's figures, without import controls
// on the canvas or in the text version; a dropped file is not read; axe-core finds nothing serious;
// a municipality's page on another origin can frame it when the server allows that origin.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');
const AxeBuilder = require('@axe-core/playwright').default;
const h = require('./harness.cjs');

const env = h.useBrowser(test);
const PHONE = { width: 375, height: 740, dpr: 2 };
const PUBLIC = '#gemeente=GM0402&modus=publiek';

// Opens the page fresh (a real load, not a change of fragment) on the public link.
async function openPublic(page, baseUrl) {
  await page.goto(`${baseUrl}/index.html${PUBLIC}`);
  await h.waitReady(page);
  await page.waitForFunction(() => {
    const s = window.jv.state();
    return s.view.mode === 'publiek' && s.view.gemeente === 'GM0402' &&
           document.querySelector('#mirror-public-rows tr') !== null;
  }, null, { timeout: 30000 });
  await h.waitIdle(page, 500);
}

function describe(v) {
  return `${v.id} (${v.impact}): ${v.help} [${v.nodes.length}× ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}]`;
}

async function seriousViolations(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  console.log(`axe ${label}: ${results.violations.length} overtredingen, ${results.passes.length} regels in orde` +
              results.violations.map((v) => `\n  ${describe(v)}`).join(''));
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe);
}

test('at 375 px the public link opens on Hilversum: figures, explanations, no import controls, axe clean', async () => {
  await h.withPage(env, PHONE, async ({ page }) => {
    await openPublic(page, env.server.url);
    const s = await h.state(page);
    assert.deepEqual(s.display, [375, 740]);
    // The canvas: only the search, the cards and their explanations (and the title bar).
    const widgets = Object.keys(s.widgets);
    assert.ok(widgets.includes('public.search'), widgets.join(', '));
    assert.ok(widgets.includes('public.value.jeugdzorg-tot-23'), widgets.join(', '));
    for (const id of widgets) {
      // The language switch stays: citizens read the page in English too.
      assert.ok(id.startsWith('public.') || id === 'titlebar.name' || id === 'titlebar.about' || id.startsWith('titlebar.lang.'),
                `knop ${id} in publieksversie`);
    }
    for (const id of ['public.search', 'public.value.jeugdzorg-tot-23', 'titlebar.lang.nl', 'titlebar.lang.en']) {
      const r = s.widgets[id];
      assert.ok(r[0] >= 0 && r[0] + r[2] <= 375, `${id} past niet in 375 px: ${r}`);
    }
    await h.screenshot(page, 'public-375x740-hilversum');

    // The text version: the public page, without the full app's controls or any file input.
    assert.equal(await page.locator('input[type="file"]').count(), 0);
    assert.equal(await page.locator('#mirror-public').isHidden(), false);
    for (const sel of ['#mirror-groups', '#mirror-indicator', '#mirror-tabs', '#mirror-table']) {
      assert.equal(await page.locator(sel).isVisible(), false, `${sel} hoort niet in de publieksversie`);
    }
    assert.equal(await page.getByRole('button', { name: /Eigen cijfers|Bestand|Presentatie/ }).count(), 0);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Jeugdzorg in Hilversum');
    const table = page.getByRole('table', { name: 'Cijfers van Hilversum' });
    assert.equal(await table.count(), 1);
    const rows = await page.$$eval('#mirror-public-rows tr', (trs) => trs.map((tr) => ({
      id: tr.dataset.id,
      cells: [...tr.children].map((c) => c.textContent),
      number: Number(tr.children[1].dataset.number),
    })));
    assert.deepEqual(rows.map((r) => r.id), [
      'jeugdzorg-tot-23', 'iv3-jeugd-lasten-per-inwoner-jaarrekening',
      'iv3-jeugdhulp-zonder-verblijf-per-inwoner-jaarrekening', 'iv3-jeugdhulp-met-verblijf-per-inwoner-jaarrekening',
      'iv3-jeugdbescherming-jeugdreclassering-per-inwoner-jaarrekening']);
    // Iv3 jaarrekening 2023: 29.030 × € 1.000 over 93.345 inhabitants.
    const total = rows[1];
    assert.ok(Math.abs(total.number - 29030000 / 93345) < 1e-6, String(total.number));
    assert.match(total.cells[1], /^€\s311 per inwoner/);
    assert.match(total.cells[4], /^Hilversum: /);
    assert.equal(total.cells[5], 'CBS, Iv3 (jaarrekening)');
    assert.equal(total.cells[6], '2023');
    assert.match(rows[0].cells[1], /^1\sop\s\d/);
    // Every term explained once, as text.
    const terms = await page.$$eval('#mirror-public-term-list dt', (dts) => dts.map((d) => d.textContent));
    assert.deepEqual(terms.sort(), ['1 op N', 'Jeugdbescherming', 'Jeugdhulp', 'Jeugdhulp met verblijf',
                                    'Jeugdhulp zonder verblijf', 'Jeugdreclassering', 'Kosten per inwoner'].sort());
    assert.match(await page.locator('#mirror-public-meaning').textContent(), /^Meer jeugdzorg is niet vanzelf slechter\./);
    assert.match(await page.locator('#mirror-public-sources').textContent(), /CBS/);

    // axe-core: as a mouse user has the page, and with the text version on screen (keyboard in it).
    const serious = await seriousViolations(page, 'publiek, tekstversie verborgen');
    await page.focus('#mirror-search');
    await h.waitIdle(page, 300);
    serious.push(...await seriousViolations(page, 'publiek, tekstversie open'));
    await h.screenshot(page, 'public-375x740-tekstversie');
    assert.deepEqual(serious, []);
    await page.locator('#mirror-search').blur();

    // A file dropped on the public page is not read.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['gemeente;indicator;periode;waarde\nHilversum;Wachttijd;2025-Q2;61\n'], 'gesleept.csv',
                              { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await h.waitIdle(page, 800);
    const after = await h.state(page);
    assert.equal(after.view.own_values, 0);
    assert.equal(after.view.report.file, '');
    assert.equal(after.view.mode, 'publiek');

    // "Wat betekent dit?" opens the explanation on the canvas.
    await h.clickWidget(page, 'public.explain.jeugdzorg-tot-23');
    await h.waitIdle(page, 500);
    await h.screenshot(page, 'public-375x740-uitleg');
    // Further down: the spending per inhabitant, as a finger would scroll to it.
    await page.mouse.move(187, 500);
    for (let i = 0; i < 12; ++i) await page.mouse.wheel(0, 240);
    await h.waitIdle(page, 500);
    await h.screenshot(page, 'public-375x740-kosten');
  });
});

// A municipality's page on its own origin that frames the app with the README's snippet. The app's
// address is set once its server runs (that server must know this page's origin first).
function startFramingSite() {
  const site = { appUrl: '' };
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente</title></head><body>
<h1>Jeugdzorg in onze gemeente</h1>
<iframe src="${site.appUrl}/${PUBLIC}" title="Jeugdzorg in Hilversum, vergeleken met regio en Nederland"
  width="375" height="700" style="border:0" allow="fullscreen"></iframe></body></html>`);
    });
    server.listen(0, '127.0.0.1', () => {
      site.url = `http://127.0.0.1:${server.address().port}`;
      site.stop = () => server.close();
      resolve(site);
    });
  });
}

// serve.py with JV_FRAME_ANCESTORS set: the header frame-ancestors needs.
function startAppServer(ancestors) {
  return new Promise((resolve, reject) => {
    const server = spawn('python3', [path.join(h.ROOT, 'scripts', 'serve.py'), h.SITE, '0', '-q'],
                         { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, JV_FRAME_ANCESTORS: ancestors } });
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, stop: () => server.kill() });
    });
    server.on('exit', (code) => reject(new Error(`serve.py stopte (code ${code})`)));
  });
}

test('a municipality\'s site frames the public page only when the server names it in frame-ancestors', async () => {
  const site = await startFramingSite();
  const allowed = await startAppServer(site.url);
  site.appUrl = allowed.url;
  const context = await env.browser.newContext({ viewport: { width: 420, height: 760 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Allowed: the app starts inside the frame, on Hilversum's public page.
    await page.goto(site.url + '/');
    const frame = page.frameLocator('iframe');
    await frame.locator('body[data-state="ready"]').waitFor({ timeout: 60000 });
    const inner = page.frames().find((f) => f.url().startsWith(allowed.url));
    await inner.waitForFunction(() => window.jv.state().view.mode === 'publiek' &&
                                      window.jv.state().view.gemeente === 'GM0402', null, { timeout: 30000 });
    await h.screenshot(page, 'public-iframe');
    assert.deepEqual(errors, []);

    // The default server (frame-ancestors 'none'): the browser refuses to show it in the frame.
    const refused = await context.newPage();
    let blocked = false;
    refused.on('console', (msg) => { if (/frame-ancestors/.test(msg.text())) blocked = true; });
    await refused.setContent(`<iframe src="${env.server.url}/${PUBLIC}" title="x"></iframe>`);
    await refused.waitForTimeout(1500);
    const loaded = refused.frames().some((f) => f.url().startsWith(env.server.url));
    assert.ok(blocked || !loaded, 'de standaardserver liet zich inlijsten');
  } finally {
    await context.close();
    site.stop();
    allowed.stop();
  }
});
