// Browser test of the dashboard: Playwright (playwright-core from npm)
// driving Debian's headless chromium against `khaldun serve` on a free
// loopback port, over a store coded from the seed article (2020-01-14) and
// examples/articles. Checks that the series, the map, the table, the event
// page and the "code this text" box show the expected events, and saves
// screenshots in the test output directory.
//
// Environment (set by web/CMakeLists.txt): KHALDUN_BINARY, KHALDUN_SOURCE_DIR,
// KHALDUN_WEB_NODE_MODULES, KHALDUN_TEST_OUTPUT; CHROMIUM overrides
// /usr/bin/chromium. Exit 77 = skipped (ctest SKIP_RETURN_CODE).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SKIP = 77;
const source = process.env.KHALDUN_SOURCE_DIR;
const binary = process.env.KHALDUN_BINARY;
const outDir = process.env.KHALDUN_TEST_OUTPUT || path.resolve('test-output');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const seed = path.join(source, '..', 'shared', 'examples', 'seed-article', 'article.txt');

function skip(reason) {
  console.log(`skipped: ${reason}`);
  process.exit(SKIP);
}
if (!fs.existsSync(seed)) skip(`${seed} is absent (../shared not laid out beside the repository)`);
const dist = process.env.KHALDUN_WEB_DIST;
if (dist && !fs.existsSync(path.join(dist, 'index.html'))) skip(`the dashboard was not built (${dist}: npm ci failed?)`);
if (!fs.existsSync(chromium)) skip(`${chromium} is absent (scripts/install-deps installs Debian's chromium)`);
const require = createRequire(path.join(process.env.KHALDUN_WEB_NODE_MODULES, 'x.js'));
const { chromium: playwright } = require('playwright-core');

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) {
    passed++;
    console.log(`ok    ${name}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}${detail ? ': ' + detail : ''}`);
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'khaldun-web-'));
const db = path.join(work, 'khaldun.db');
const articles = fs.readdirSync(path.join(source, 'examples', 'articles'))
  .filter((f) => f.endsWith('.txt')).map((f) => path.join(source, 'examples', 'articles', f));
const coded = spawnSync(binary, ['code', '--db', db, '--date', '2020-01-14', '--format', 'none', '-q', seed, ...articles],
                        { encoding: 'utf8' });
if (coded.status !== 0) {
  console.log(`FAIL  khaldun code: ${coded.stderr}`);
  process.exit(1);
}

const token = 'browser-test-token-0123456789';
const server = spawn(binary, ['serve', '--db', db, '--port', '0', '-q', '--rate-limit', '0'],
                     { env: { ...process.env, KHALDUN_TOKEN: token }, stdio: ['ignore', 'ignore', 'pipe'] });
// However the test ends, the server goes with it.
process.on('exit', () => server.kill('SIGTERM'));
const port = await new Promise((resolve, reject) => {
  let err = '';
  const timer = setTimeout(() => reject(new Error(`khaldun serve did not start: ${err}`)), 30000);
  server.stderr.on('data', (chunk) => {
    err += chunk;
    const m = err.match(/listening on http:\/\/127\.0\.0\.1:(\d+)\//);
    if (m) { clearTimeout(timer); resolve(Number(m[1])); }
  });
  server.on('exit', (code) => reject(new Error(`khaldun serve exited (${code}): ${err}`)));
});
const base = `http://127.0.0.1:${port}`;

// Playwright gives chromium a fresh, empty --user-data-dir of its own; the
// other flags keep it off the (closed) network.
let browser;
try {
  browser = await playwright.launch({
    executablePath: chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
} catch (err) {
  server.kill('SIGTERM');
  console.log(`FAIL  cannot start ${chromium}: ${err.message}`);
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
const pageErrors = [];
const offsite = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(base)) offsite.push(r.url()); });

  // Iran over the seed article's day: the series, the map and the table.
  await page.goto(`${base}/#/?actor=IRN&bucket=day`);
  await page.waitForSelector('body[data-ready="overview"]', { timeout: 20000 });
  const periods = await page.getAttribute('#series-summary', 'data-periods');
  const seriesEvents = Number(await page.getAttribute('#series-summary', 'data-events'));
  check('series covers 2020-01-14', periods === '2020-01-14', `periods '${periods}'`);
  check('series counts the seed article\'s Iran events', seriesEvents >= 8, `${seriesEvents} events`);
  check('series is drawn by uPlot', (await page.locator('#series .uplot canvas').count()) > 0);
  check('map draws the world', (await page.locator('#map path.country').count()) > 100);
  check('map has a dot in Tehran', (await page.locator('#map circle.event-dot[data-place="Tehran"]').count()) === 1);
  check('map has a dot in Iraq', (await page.locator('#map circle.event-dot[data-country="IRQ"]').count()) === 1);
  const rows = await page.locator('#events tbody tr').allInnerTexts();
  const has = (src, code, tgt) => rows.some((r) => {
    const cells = r.split('\t').map((c) => c.trim());
    return cells[1] === src && cells[2] === code && cells[4] === tgt;
  });
  // "Iran's retaliatory missile attack", "the US assassination": a possessive
  // state and a demonym before an event noun are the state (docs/CODING.md).
  check('table shows IRNGOV 195 USAMIL (missile attack)', has('IRNGOV', '195', 'USAMIL'), rows.join(' | '));
  check('table shows USAMIL 186 IRNMIL (assassination by a US drone strike)', has('USAMIL', '186', 'IRNMIL'), rows.join(' | '));
  check('table shows IRNGOV 113 USAMIL', has('IRNGOV', '113', 'USAMIL'), rows.join(' | '));
  const overviewShot = path.join(outDir, 'dashboard-iran.png');
  await page.screenshot({ path: overviewShot, fullPage: true });

  // The event page: the sentence with source, verb and target marked, and the rule.
  await page.locator('#events tbody tr', { hasText: '195' }).first().click();
  await page.waitForSelector('body[data-ready="event"]', { timeout: 10000 });
  const verb = await page.locator('#event-detail .mention mark.hl-verb').first().innerText();
  const src = await page.locator('#event-detail .mention mark.hl-source').first().innerText();
  const tgt = await page.locator('#event-detail .mention mark.hl-target').first().innerText();
  const rule = await page.locator('#event-detail .mention code.rule').first().innerText();
  check('event page marks the verb', /missile attack/.test(verb), `verb '${verb}'`);
  check('event page marks the source', /Iran/.test(src), `source '${src}'`);
  check('event page marks the target', tgt.length > 0, `target '${tgt}'`);
  check('event page shows the rule that fired', rule.length > 3 && rule !== '—', `rule '${rule}'`);
  const eventShot = path.join(outDir, 'dashboard-event.png');
  await page.screenshot({ path: eventShot, fullPage: true });

  // Every article, by month: the series spans 2019 to 2023, the table pages.
  await page.goto(`${base}/#/?bucket=month`);
  await page.waitForSelector('body[data-ready="overview"]', { timeout: 20000 });
  const months = (await page.getAttribute('#series-summary', 'data-periods')).split(' ');
  check('series spans the example articles (2019-02 .. 2023-03)',
        months[0] === '2019-02' && months[months.length - 1] === '2023-03', months.join(' '));
  check('table has a full first page', (await page.locator('#events tbody tr').count()) === 25);
  check('table has a next page', !(await page.locator('#next').isDisabled()));
  check('dyads table lists top dyads', (await page.locator('#dyads tbody tr').count()) >= 5);

  // The "code this text" box, with the token.
  await page.fill('#code-form textarea', 'Iran launched a missile attack on a US base in Iraq on Wednesday.');
  await page.fill('#code-form input[name="date"]', '2020-01-08');
  await page.fill('#code-form input[name="token"]', token);
  await page.click('#code-form button[type="submit"]');
  await page.waitForSelector('#code-summary', { timeout: 10000 });
  const codeSummary = await page.innerText('#code-summary');
  const codedVerb = await page.locator('#code-result .mention mark.hl-verb').first().innerText();
  check('code box returns events', /^[1-9]\d* event/.test(codeSummary), codeSummary);
  check('code box marks the verb', /missile attack/.test(codedVerb), codedVerb);
  const fullShot = path.join(outDir, 'dashboard.png');
  await page.screenshot({ path: fullShot, fullPage: true });

  check('no script errors in the page', pageErrors.length === 0, pageErrors.join(' | '));
  check('no request leaves the server (no CDN)', offsite.length === 0, offsite.join(' '));
  console.log(`screenshots: ${fullShot} ${overviewShot} ${eventShot}`);
} catch (err) {
  failed++;
  console.log(`FAIL  ${err.stack || err}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
