// Measures the designer's cold boot in Debian Chromium: navigation start → the editor's canvas has drawn every node of
// a workflow, with an empty browser cache each run (a new browser context; sign-in is not timed). Prints each run, the
// median, the machine's load, and a request waterfall of the median run.
// Usage: node measure-designer-boot.js <base-url> [definitionId=motor-claim] [runs=5]
'use strict';
const path = require('path');
const fs = require('fs');

const [base, definitionId = 'motor-claim', runsArg = '5'] = process.argv.slice(2);
const playwright = require(process.env.PLAYWRIGHT_PACKAGE);
const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function signIn(browser) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + '/Account/Login');
  await page.fill('input[name=UserName]', 'underwriter');
  await page.fill('input[name=Password]', 'Claims!2026');
  await page.click('button[type=submit]');
  await page.waitForSelector("h1:has-text('My work')");
  return page;
}

// The phases of one boot, from the browser's resource timing (ms since navigation start).
async function waterfall(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const all = performance.getEntriesByType('resource');
    const pick = (test) => all.filter(e => test(new URL(e.name).pathname));
    const span = (entries) => entries.length === 0 ? null : {
      count: entries.length,
      start: Math.round(Math.min(...entries.map(e => e.startTime))),
      end: Math.round(Math.max(...entries.map(e => e.responseEnd))),
      kb: Math.round(entries.reduce((s, e) => s + (e.transferSize || 0), 0) / 1024),
    };
    const api = pick(p => p.startsWith('/elsa/api/'));
    return {
      page: { end: Math.round(nav.responseEnd), domContentLoaded: Math.round(nav.domContentLoadedEventEnd) },
      css: span(pick(p => p.endsWith('.css'))),
      scripts: span(pick(p => p.endsWith('.js') && !p.includes('/_framework/'))),
      blazorJs: span(pick(p => p.endsWith('/_framework/blazor.webassembly.js'))),
      dotnetJs: span(pick(p => /\/_framework\/dotnet(\.[a-z0-9]+)?\.js$/.test(p))),
      runtime: span(pick(p => /\/_framework\/dotnet\.(native|runtime)\./.test(p))),
      icu: span(pick(p => p.endsWith('.dat'))),
      assemblies: span(pick(p => p.includes('/_framework/') && p.endsWith('.wasm') && !p.includes('dotnet.native'))),
      elementsDefined: Math.round(window.__claimsDefined || -1),
      api: span(api),
      apiCalls: api.map(e => ({ path: new URL(e.name).pathname.replace('/elsa/api', '') + new URL(e.name).search,
        start: Math.round(e.startTime), server: Math.round(e.responseStart - e.requestStart), total: Math.round(e.responseEnd - e.startTime) })),
      monaco: span(pick(p => p.includes('/monaco-editor/'))),
      totalKb: Math.round(all.reduce((s, e) => s + (e.transferSize || 0), 0) / 1024),
      // With WATERFALL=all: every request that is not an assembly, by start.
      other: window.__claimsAll ? all.filter(e => !/\.(wasm|dat)$/.test(new URL(e.name).pathname))
        .map(e => `${Math.round(e.startTime)}-${Math.round(e.responseEnd)} ${new URL(e.name).pathname}`) : undefined,
    };
  });
}

(async () => {
  const browser = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const runs = [];
  console.log(`Designer boot: ${base}/studio/workflows/${definitionId}, ${runsArg} cold runs; load before: ${loadavg()}`);
  for (let i = 0; i < Number(runsArg); i++) {
    const page = await signIn(browser);
    await page.addInitScript((all) => {
      window.__claimsAll = all;
      customElements.whenDefined('elsa-workflow-definition-editor').then(() => { window.__claimsDefined = performance.now(); });
    }, process.env.WATERFALL === 'all');
    // CPU time of the page's main thread and renderer process (Chromium's own counters): unlike the wall clock, it
    // barely moves with the machine's load, so it says how much work the boot is when the cores are shared.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${base}/studio/workflows/${definitionId}`);
    await page.waitForSelector('.x6-node', { timeout: 120000 });
    // Drawn = every node of the stored design is on the canvas.
    const expected = await page.evaluate(async (url) => (await (await fetch(url)).json()).root.activities.length,
      `${base}/elsa/api/workflow-definitions/by-definition-id/${definitionId}?versionOptions=Latest`);
    await page.waitForFunction((n) => document.querySelectorAll('.x6-node').length >= n, expected, { timeout: 120000 });
    const ms = await page.evaluate(() => performance.now());
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
    const cpu = { mainThread: Math.round(metrics.ThreadTime * 1000), process: Math.round(metrics.ProcessTime * 1000),
      script: Math.round(metrics.ScriptDuration * 1000) };
    runs.push({ ms, cpu, phases: await waterfall(page) });
    console.log(`run ${i + 1}: ${Math.round(ms)} ms to ${expected} nodes drawn, ${runs[i].phases.totalKb} KB transferred, `
      + `CPU ${cpu.mainThread} ms main thread / ${cpu.process} ms renderer, load ${loadavg()}`);
    await page.context().close();
  }
  await browser.close();
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`median ${Math.round(median.ms)} ms (runs: ${runs.map(r => Math.round(r.ms)).join(', ')}); load after: ${loadavg()}`);
  const cpuMedian = (key) => [...runs].map(r => r.cpu[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  console.log(`median CPU: ${cpuMedian('mainThread')} ms main thread, ${cpuMedian('process')} ms renderer process`);
  console.log('waterfall of the median run (ms from navigation start; server = request sent → first byte):');
  console.log(JSON.stringify(median.phases, null, 1));
})().catch((e) => { console.error(e); process.exit(1); });
