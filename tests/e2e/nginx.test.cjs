// The page as a municipality serves it: Debian's nginx, started here on a free loopback port with
// the repository's example configuration (deploy/nginx/jeugdvergelijker.conf) over the folder the
// web build makes for a web server (build/web/deploy, file names with their content's hash).
// Checks every header the configuration promises, on the page, the bundle and an error, and that
// Chromium runs the page through it: drawn, no error, no request beyond its own files, not
// framable by another site, and the bundle not downloaded again on a second visit.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const h = require('./harness.cjs');

const CONF = path.join(h.ROOT, 'deploy', 'nginx', 'jeugdvergelijker.conf');
const DEPLOY = path.join(h.ROOT, 'build', 'web', 'deploy');
const NGINX = process.env.NGINX || '/usr/sbin/nginx';

const HASHED = /^\/[a-z]+\.[0-9a-f]{12}\.(js|css)$/;
const YEAR = 'public, max-age=31536000, immutable';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// The example made to run here: the HTTPS server on 127.0.0.1:<port> without certificates, the
// redirecting HTTP server left out, root the deploy folder. Each edit must find its line, so a
// change to the example that the test would silently skip fails instead.
function loopbackConfig(port, dir) {
  let conf = fs.readFileSync(CONF, 'utf8');
  const edit = (re, by, what) => {
    assert.match(conf, re, `de voorbeeldconfiguratie heeft geen ${what}`);
    conf = conf.replace(re, by);
  };
  edit(/# Plain HTTP only sends[\s\S]*?return 301[^\n]*\n\}\n/, '', 'server die HTTP doorstuurt');
  edit(/listen 443 ssl http2;/, `listen 127.0.0.1:${port};`, 'listen 443');
  edit(/\n\s*listen \[::\]:443 ssl http2;/, '', 'listen [::]:443');
  edit(/\n\s*ssl_certificate [^\n]*/, '', 'ssl_certificate');
  edit(/\n\s*ssl_certificate_key [^\n]*/, '', 'ssl_certificate_key');
  edit(/root \/var\/www\/jeugdvergelijker;/, `root ${DEPLOY};`, 'root');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `  ${t}_temp_path ${path.join(dir, t)};`).join('\n');
  return `daemon off;
master_process off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')};
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${path.join(dir, 'access.log')};
${temp}
${conf}
}
`;
}

function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

async function startNginx() {
  assert.ok(fs.existsSync(NGINX), `${NGINX} ontbreekt: scripts/setup installeert Debian's nginx`);
  assert.ok(fs.existsSync(path.join(DEPLOY, 'index.html')), 'build/web/deploy ontbreekt: draai scripts/build web');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jv-nginx-'));
  const port = await freePort();
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(conf, loopbackConfig(port, dir));
  const check = spawn(NGINX, ['-t', '-q', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', conf]);
  const checked = await new Promise((resolve) => check.on('exit', resolve));
  assert.equal(checked, 0, `nginx -t keurt de configuratie af:\n${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
  const proc = spawn(NGINX, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', conf], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; ++i) {
    try {
      await get(`${url}/`);
      break;
    } catch (e) {
      if (i > 100) throw new Error(`nginx antwoordt niet op ${url}: ${e.message}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { url, dir, stop: () => proc.kill() };
}

const env = { nginx: null, browser: null };
test.before(async () => {
  env.nginx = await startNginx();
  env.browser = await h.launchBrowser();
});
test.after(async () => {
  if (env.browser) await env.browser.close();
  if (env.nginx) env.nginx.stop();
});

function deployedFiles() {
  return fs.readdirSync(DEPLOY).sort();
}

function bundleName() {
  const name = deployedFiles().find((f) => /^jeugdvergelijker\.[0-9a-f]{12}\.js$/.test(f));
  assert.ok(name, `geen gehashte bundel in ${DEPLOY}: ${deployedFiles().join(', ')}`);
  return name;
}

function checkSecurityHeaders(res, where) {
  const hd = res.headers;
  const meta = fs.readFileSync(path.join(DEPLOY, 'index.html'), 'utf8')
    .match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  assert.equal(hd['content-security-policy'], `${meta}; frame-ancestors 'none'`, `${where}: CSP`);
  assert.match(hd['content-security-policy'], /connect-src 'none'/);
  assert.equal(hd['x-content-type-options'], 'nosniff', `${where}: X-Content-Type-Options`);
  assert.equal(hd['referrer-policy'], 'no-referrer', `${where}: Referrer-Policy`);
  const permissions = hd['permissions-policy'] || '';
  for (const off of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()']) {
    assert.ok(permissions.split(', ').includes(off), `${where}: Permissions-Policy zonder ${off}: ${permissions}`);
  }
  assert.ok(permissions.includes('clipboard-write=(self)') && permissions.includes('fullscreen=(self)'),
            `${where}: de pagina heeft het klembord en volledig scherm nodig: ${permissions}`);
  assert.equal(hd['cross-origin-opener-policy'], 'same-origin', `${where}: COOP`);
  assert.equal(hd['cross-origin-resource-policy'], 'same-origin', `${where}: CORP`);
  assert.equal(hd['strict-transport-security'], 'max-age=31536000', `${where}: HSTS`);
  assert.equal(hd.server, 'nginx', `${where}: de server noemt geen versie`);
}

test('the deploy folder holds index.html and hashed files only, each named where it is used', () => {
  const files = deployedFiles();
  assert.equal(files.length, 5, files.join(', '));
  const index = fs.readFileSync(path.join(DEPLOY, 'index.html'), 'utf8');
  for (const f of files.filter((n) => n !== 'index.html')) {
    assert.match(`/${f}`, HASHED);
    const [stem, hash] = f.split('.');
    const digest = require('node:crypto').createHash('sha256')
      .update(fs.readFileSync(path.join(DEPLOY, f))).digest('hex').slice(0, 12);
    assert.equal(hash, digest, `${f}: de naam draagt de hash van de inhoud`);
    const namer = stem === 'jeugdvergelijker' ? fs.readFileSync(path.join(DEPLOY, files.find((n) => n.startsWith('boot.'))), 'utf8') : index;
    assert.ok(namer.includes(f), `${f} wordt nergens zo genoemd`);
  }
});

test('nginx with the example configuration sends every header on the page, the bundle and a 404', async () => {
  const page = await get(`${env.nginx.url}/`);
  assert.equal(page.status, 200);
  checkSecurityHeaders(page, '/');
  assert.equal(page.headers['cache-control'], 'no-cache', 'index.html wordt bij elk bezoek opnieuw gevraagd');
  assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(page.body.toString('utf8'), fs.readFileSync(path.join(DEPLOY, 'index.html'), 'utf8'));

  for (const f of deployedFiles().filter((n) => n !== 'index.html')) {
    const res = await get(`${env.nginx.url}/${f}`, { 'Accept-Encoding': 'gzip' });
    assert.equal(res.status, 200, f);
    checkSecurityHeaders(res, f);
    assert.equal(res.headers['cache-control'], YEAR, `${f}: een jaar bewaard, nooit opnieuw gevraagd`);
    const type = f.endsWith('.css') ? 'text/css; charset=utf-8' : 'application/javascript; charset=utf-8';
    assert.equal(res.headers['content-type'], type, f);
    assert.equal(res.headers['content-encoding'], 'gzip', `${f}: gecomprimeerd verstuurd`);
    assert.equal(res.headers.vary, 'Accept-Encoding', f);
    assert.deepEqual(zlib.gunzipSync(res.body), fs.readFileSync(path.join(DEPLOY, f)), `${f}: inhoud`);
    if (f.startsWith('jeugdvergelijker.')) {
      assert.ok(res.body.length < 800 * 1024, `de bundel gaat als ${res.body.length} B over de lijn`);
    }
  }

  for (const missing of ['/jeugdvergelijker.js', '/etc/passwd', '/..%2f..%2fetc/passwd', '/deploy/', '/index.html/x']) {
    const res = await get(`${env.nginx.url}${missing}`);
    assert.ok([400, 404].includes(res.status), `${missing}: ${res.status}`);
    checkSecurityHeaders(res, missing);
    assert.equal(res.headers['cache-control'], 'no-cache', missing);
  }
});

test('Chromium runs the page through nginx: drawn, no error, only its own files, not framable, cached', async () => {
  const base = env.nginx.url;
  const p = await h.openPage(env.browser, base);
  try {
    await h.waitReady(p.page);
    const s = await h.state(p.page);
    assert.ok(s.widgets['titlebar.name'], 'de titelbalk is getekend');
    await h.screenshot(p.page, 'nginx-home');
    // Its own hashed files, nothing else: foreignRequests() knows only the unhashed names.
    const own = new Set(['/', ...deployedFiles().map((f) => `/${f}`)]);
    const other = p.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'))
      .filter((u) => new URL(u).origin !== base || !own.has(new URL(u).pathname));
    assert.deepEqual(other, [], 'verzoeken buiten de eigen bestanden');
    assert.deepEqual(p.errors, [], 'de pagina meldde fouten');

    // A second visit: index.html is asked for again, the bundle comes from the browser's cache.
    const log = path.join(env.nginx.dir, 'access.log');
    const bundle = bundleName();
    const count = (what) => fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.includes(`GET ${what} `)).length;
    const before = { page: count('/'), bundle: count(`/${bundle}`) };
    await p.page.goto(`${base}/`);
    await h.waitReady(p.page);
    await new Promise((r) => setTimeout(r, 300));  // nginx writes its log line after the response
    assert.equal(count('/'), before.page + 1, 'index.html opnieuw gevraagd');
    assert.equal(count(`/${bundle}`), before.bundle, 'de bundel kwam uit de cache van de browser');
  } finally {
    await p.context.close();
  }

  // Another site (another origin) that frames the page gets nothing: frame-ancestors 'none'.
  const other = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Andere site</title><iframe src="${base}/" width="640" height="400"></iframe>`);
  });
  await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
  const context = await env.browser.newContext();
  try {
    const page = await context.newPage();
    const refused = [];
    page.on('console', (msg) => { if (/frame-ancestors/.test(msg.text())) refused.push(msg.text()); });
    await page.goto(`http://127.0.0.1:${other.address().port}/`);
    // Long enough for the page to start if it were allowed to (it is ready in 2-3 s here).
    const frame = page.frames().find((f) => f !== page.mainFrame());
    let started = false;
    for (let i = 0; i < 40 && !started; ++i) {
      started = await frame.evaluate(() => Boolean(window.jv && window.jv.state().ready)).catch(() => false);
      if (!started) await page.waitForTimeout(250);
    }
    assert.equal(started, false, 'de pagina draaide in het frame van een andere site');
    assert.ok(refused.length > 0, 'Chromium meldt dat frame-ancestors het frame weigert');
    console.log(`# ${refused[0]}`);
  } finally {
    await context.close();
    other.close();
  }
});
