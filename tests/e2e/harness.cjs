// Shared by the browser tests: serves build/web/site, starts Debian's Chromium through
// playwright-core (WebGL2 in software via SwiftShader), and records every request the page makes
// and every error it logs, so each test can prove the page stayed on its own origin.
'use strict';

const { spawn } = require('node:child_process');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const SITE = path.join(ROOT, 'build', 'web', 'site');
const SHOTS = path.join(ROOT, 'build', 'e2e', 'screenshots');

// The command-line tool over the same core, the reference some tests compare the page with: the
// most recently built of the native configurations (scripts/test builds build/sanitize and
// build/release; a developer may have only build/native).
const CLI = (() => {
  const built = ['native', 'release', 'sanitize']
    .map((dir) => path.join(ROOT, 'build', dir, 'src', 'cli', 'jeugdvergelijker'))
    .filter((file) => fs.existsSync(file))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return built[0] || path.join(ROOT, 'build', 'native', 'src', 'cli', 'jeugdvergelijker');
})();

// The page's own static files: the only requests it may ever make.
const OWN_FILES = new Set(['/', '/index.html', '/boot.js', '/mirror.js', '/style.css', '/jeugdvergelijker.js']);

function startServer() {
  return new Promise((resolve, reject) => {
    const server = spawn('python3', [path.join(ROOT, 'scripts', 'serve.py'), SITE, '0', '-q'],
                         { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, stop: () => server.kill() });
    });
    server.on('exit', (code) => reject(new Error(`serve.py stopte (code ${code})`)));
  });
}

async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps',
    ],
  });
}

// A page with request and error bookkeeping. `allowErrors` lists regexps of console errors a
// test provokes on purpose (a CSP violation it wants to see, say).
async function openPage(browser, baseUrl, { width = 1280, height = 800, dpr = 1, permissions = [],
                                            hasTouch = false, isMobile = false, initScript = null,
                                            allowErrors = [], reducedMotion = 'no-preference',
                                            hash = '' } = {}) {
  const context = await browser.newContext({
    viewport: { width, height }, deviceScaleFactor: dpr, permissions, hasTouch, isMobile, reducedMotion,
    serviceWorkers: 'block',
  });
  if (initScript) await context.addInitScript(initScript);
  const requests = [];
  const errors = [];
  const posted = [];
  context.on('request', (request) => {
    requests.push(request.url());
    posted.push(`${request.method()} ${request.url()} ${request.postData() || ''}`);
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !allowErrors.some((re) => re.test(msg.text()))) {
      errors.push(`console: ${msg.text()}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(`${baseUrl}/${hash}`);

  const foreignRequests = () => requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;  // in-page, never network
    const u = new URL(url);
    return u.origin !== baseUrl || !OWN_FILES.has(u.pathname);
  });
  return { context, page, requests, posted, errors, foreignRequests };
}

// Waits until the app reports it has drawn and laid out its first frames.
async function waitReady(page) {
  await page.waitForFunction(() => window.jv && window.jv.state().ready &&
                                   document.body.dataset.state === 'ready', null,
                             { timeout: 60000 });
}

function state(page) {
  return page.evaluate(() => window.jv.state());
}

// Polls until the app has drawn no frame for `quietMs`; returns the frame count then.
async function waitIdle(page, quietMs = 1500, timeoutMs = 30000) {
  const start = Date.now();
  let last = (await state(page)).frames;
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await page.waitForTimeout(250);
    const now = (await state(page)).frames;
    if (now !== last) { last = now; since = Date.now(); }
    if (Date.now() - since >= quietMs) return last;
  }
  throw new Error(`de app bleef tekenen: ${last} frames na ${timeoutMs} ms`);
}

async function widgetCentre(page, id) {
  const s = await state(page);
  const rect = s.widgets[id];
  if (!rect) throw new Error(`widget ${id} niet getekend; wel: ${Object.keys(s.widgets).join(', ')}`);
  return { x: rect[0] + rect[2] / 2, y: rect[1] + rect[3] / 2 };
}

// The view state changes as soon as a click is handled, the widget list only when the next frame
// is drawn: wait (up to 5 s) for the widget before looking it up, so a test never clicks on the
// previous frame's layout. A widget that never comes still fails with the list of what was drawn.
async function clickWidget(page, id) {
  await page.waitForFunction((w) => window.jv.state().widgets[w], id, { timeout: 5000 }).catch(() => {});
  // Below (or above) the fold, as on a phone: scroll the view with the wheel, as a user would,
  // until the widget's centre is inside the window.
  const viewport = page.viewportSize();
  for (let i = 0; i < 30; ++i) {
    const { y } = await widgetCentre(page, id);
    if (y > 8 && y < viewport.height - 8) break;
    await page.mouse.move(viewport.width / 2, viewport.height * 0.6);
    await page.mouse.wheel(0, y >= viewport.height - 8 ? 120 : -120);
    await waitIdle(page, 150);
  }
  const { x, y } = await widgetCentre(page, id);
  await page.mouse.click(x, y);
}

// Opens the list `openId` and clicks its item `itemId`, scrolling the list until the item is
// shown whole (a list only reports the items it shows).
async function chooseFromList(page, openId, itemId) {
  await clickWidget(page, openId);
  const box = await widgetCentre(page, openId);
  for (let i = 0; i < 40; ++i) {
    await waitIdle(page, 150);
    if ((await state(page)).widgets[itemId]) return clickWidget(page, itemId);
    await page.mouse.move(box.x, box.y + 200);
    await page.mouse.wheel(0, 120);
  }
  throw new Error(`${itemId} niet gevonden in de lijst ${openId}`);
}

async function screenshot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// One server and one browser for a test file: started before its first test, stopped after
// its last. Returns an object whose `server` and `browser` are set once the tests run.
function useBrowser(test) {
  const env = { server: null, browser: null };
  test.before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  test.after(async () => {
    if (env.browser) await env.browser.close();
    if (env.server) env.server.stop();
  });
  return env;
}

// Opens the page, runs `body`, then checks what every test must hold: no request beyond the
// page's own files and no logged error.
async function withPage(env, options, body) {
  const p = await openPage(env.browser, env.server.url, options);
  try {
    await body(p);
    assert.deepEqual(p.foreignRequests(), [], 'de pagina deed verzoeken buiten haar eigen bestanden');
    assert.deepEqual(p.errors, [], 'de pagina meldde fouten');
  } finally {
    await p.context.close();
  }
}

module.exports = {
  ROOT, SITE, SHOTS, CLI, startServer, launchBrowser, openPage, waitReady, state, waitIdle,
  widgetCentre, clickWidget, chooseFromList, screenshot, useBrowser, withPage,
};
