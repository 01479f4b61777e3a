// Vendored from ../shared/bench/measure.mjs (the team's lab-timing tool, unchanged below this
// comment), so that `npm run bench` works from a clean clone. scripts/bench/index.mjs drives it.
// measure.mjs - cold-load (and optional client-side route change) lab timings for a built SPA.
//
// Requires: playwright-core (npm i -D playwright-core) and a Chromium binary.
//
//   node measure.mjs [options]
//
//   --url <url>            measure this URL; no server is started
//   --dist <dir>           otherwise: run `vite preview --outDir <dir>` (default: dist) and measure it
//   --path <path>          path appended to the preview URL (default: /)
//   --root <dir>           project root for vite preview (default: cwd)
//   --runs <n>             measured runs, each in a fresh browser context (default 7)
//   --warmup <n>           discarded runs before measuring (default 1)
//   --cpu <rate>           CDP CPU throttling rate, 1 = off (default 4)
//   --network <profile>    none | fast3g (1.6 Mbps down, 750 kbps up, 150 ms RTT) | slow4g-lh
//                          (what Lighthouse/DevTools apply for that preset with DevTools throttling:
//                          562.5 ms, 1474.56/675 kbps) (default none). Also applied to service-worker
//                          targets (MSW pass-through fetches); CPU throttling cannot be applied to workers.
//   --wait <css>           element that marks "ready", must be visible (default: h1). CSS only: it is
//                          evaluated inside the page (querySelectorAll), as is --route-wait
//   --text <string>        ...and its textContent must contain this string
//                          (text anywhere on the page: --wait body --text "Dashboard")
//   --route-click <sel>    route-change mode: after the ready element is up and the network is quiet,
//                          click this element (a real, trusted click; any Playwright selector, e.g.
//                          'text=Settings' or a CSS selector)...
//   --route-wait <css>     ...and time until this element is visible (required with --route-click)
//   --route-text <string>  ...whose textContent contains this string
//   --quiet-ms <ms>        network-quiet window that ends a phase (default 500)
//   --settle-max <ms>      max wait for the network to go quiet (default 10000)
//   --timeout <ms>         per-run timeout for ready / route-ready (default 30000)
//   --storage <file>       JSON {key: string} seeded into localStorage once per fresh context (a logged-in reload)
//   --viewport <WxH>       default 1280x800
//   --chromium <path>      default /usr/bin/chromium (env CHROMIUM_PATH also works)
//   --details              include per-run JS file lists in the output
//   --out <file>           also write the JSON to this file
//
// Prints one JSON document on stdout (progress goes to stderr). Exit code 0 when every measured
// run succeeded, 1 when a run failed (the JSON then has "failures"), 2 on bad arguments / setup error.
//
// Metric notes (all times in ms from navigation start, i.e. performance.timeOrigin):
//   fcp          first-contentful-paint paint entry
//   lcp          last largest-contentful-paint candidate (buffered PerformanceObserver), read after
//                the ready element is visible and the network has been quiet for --quiet-ms
//   ready        the --wait element is in the DOM and visible, measured after the next animation
//                frame + a posted task, i.e. approximately when that frame was painted
//   readyDom     when the element was first found visible in the DOM (MutationObserver)
//   tbt          sum of (longtask - 50 ms) for long tasks that start after FCP and before the end
//                of the settle window (lab proxy, same idea as Lighthouse TBT)
//   cls          sum of layout-shift values without recent input
//   jsBytes      JS bytes over the network (CDP encodedDataLength: compressed body + headers); for
//                responses a service worker served, the worker's own network fetch is counted instead
//   jsBodyBytes  decoded (uncompressed) JS body bytes; jsFiles number of JS responses;
//   jsFromSW     JS responses that were served through a service worker (e.g. MSW pass-through)
//   heapUsed     V8 heap used after a forced GC (Runtime.getHeapUsage), at the end of the phase
//   route.*      route-change mode: click -> target painted (route), click -> in DOM (routeDom),
//                event-timing duration of the click interaction (inp, an INP proxy),
//                JS fetched because of the click, heap after the route change
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import { dirname, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2)
const flags = new Set(['details', 'help'])
const opts = {}
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]
  if (!a.startsWith('--')) usage(`unexpected argument: ${a}`)
  const eq = a.indexOf('=')
  const key = (eq > 0 ? a.slice(2, eq) : a.slice(2))
  if (flags.has(key)) { opts[key] = true; continue }
  const val = eq > 0 ? a.slice(eq + 1) : argv[++i]
  if (val === undefined) usage(`missing value for --${key}`)
  opts[key] = val
}
if (opts.help) usage()
const known = ['url', 'dist', 'path', 'root', 'runs', 'warmup', 'cpu', 'network', 'wait', 'text', 'route-click',
  'route-wait', 'route-text', 'storage', 'quiet-ms', 'settle-max', 'timeout', 'viewport', 'chromium', 'details', 'out', 'help']
for (const k of Object.keys(opts)) if (!known.includes(k)) usage(`unknown option --${k}`)

const int = (k, d, min = 0) => {
  if (opts[k] === undefined) return d
  const n = Number(opts[k])
  if (!Number.isFinite(n) || n < min) usage(`--${k} must be a number >= ${min}`)
  return n
}
const cfg = {
  url: opts.url ?? null,
  dist: opts.url ? null : (opts.dist ?? 'dist'),
  path: opts.path ?? '/',
  root: resolve(opts.root ?? process.cwd()),
  runs: int('runs', 7, 1),
  warmup: int('warmup', 1, 0),
  cpu: int('cpu', 4, 1),
  network: opts.network ?? 'none',
  wait: opts.wait ?? 'h1',
  text: opts.text ?? null,
  routeClick: opts['route-click'] ?? null,
  routeWait: opts['route-wait'] ?? null,
  routeText: opts['route-text'] ?? null,
  quietMs: int('quiet-ms', 500, 0),
  settleMax: int('settle-max', 10000, 0),
  timeout: int('timeout', 30000, 1000),
  viewport: opts.viewport ?? '1280x800',
  chromium: opts.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  details: !!opts.details,
  out: opts.out ?? null,
  storage: opts.storage ? JSON.parse(readFileSync(opts.storage, 'utf8')) : null,
}
const NETWORKS = {
  none: null,
  // "Fast 3G-like" / Lighthouse mobile preset as raw numbers
  fast3g: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) },
  // what Lighthouse applies when it uses DevTools throttling for the same preset (RTT x3.75, throughput x0.9)
  'slow4g-lh': { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 },
}
if (!(cfg.network in NETWORKS)) usage(`--network must be one of ${Object.keys(NETWORKS).join(', ')}`)
if (!!cfg.routeClick !== !!cfg.routeWait) usage('--route-click and --route-wait go together')
const vp = /^(\d+)x(\d+)$/.exec(cfg.viewport)
if (!vp) usage('--viewport must look like 1280x800')
const viewport = { width: Number(vp[1]), height: Number(vp[2]) }

function usage(msg) {
  const text = `usage: node measure.mjs [--url URL | --dist DIR] [--runs 7] [--cpu 4] [--network none|fast3g|slow4g-lh]
       [--wait CSS] [--text STR] [--route-click CSS --route-wait CSS [--route-text STR]] [--details] [--out FILE]
(see the header of measure.mjs for all options)`
  if (msg) { console.error(`measure.mjs: ${msg}\n${text}`); process.exit(2) }
  console.log(text); process.exit(0)
}
const log = (...a) => console.error('[measure]', ...a)

// ---------------------------------------------------------------- cleanup handling
const cleanups = []
let cleaning = null
function cleanup() {
  if (!cleaning) cleaning = (async () => { for (const fn of cleanups.reverse()) { try { await fn() } catch {} } })()
  return cleaning
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => { log(`got ${sig}, cleaning up`); cleanup().finally(() => process.exit(130)) })
}

// ---------------------------------------------------------------- preview server
async function freePort() {
  return new Promise((res, rej) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', rej)
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => res(port)) })
  })
}
async function startPreview() {
  const port = await freePort()
  let viteBin
  try {
    const req = createRequire(resolve(cfg.root, 'package.json'))
    const pkgPath = req.resolve('vite/package.json')
    const bin = JSON.parse(readFileSync(pkgPath, 'utf8')).bin
    viteBin = resolve(dirname(pkgPath), typeof bin === 'string' ? bin : bin.vite)
  } catch {
    throw Object.assign(new Error(`cannot find vite from ${cfg.root}; pass --root or --url`), { setup: true })
  }
  if (!existsSync(resolve(cfg.root, cfg.dist, 'index.html'))) {
    throw Object.assign(new Error(`${resolve(cfg.root, cfg.dist)}/index.html not found - build first (vite build)`), { setup: true })
  }
  const args = [viteBin, 'preview', '--outDir', cfg.dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort']
  const child = spawn(process.execPath, args, { cwd: cfg.root, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let output = ''
  child.stdout.on('data', (d) => { output += d })
  child.stderr.on('data', (d) => { output += d })
  let exited = null
  child.on('exit', (code) => { exited = code ?? -1 })
  cleanups.push(async () => {
    if (exited !== null) return
    try { process.kill(-child.pid, 'SIGTERM') } catch {}
    for (let i = 0; i < 20 && exited === null; i++) await sleep(100)
    if (exited === null) { try { process.kill(-child.pid, 'SIGKILL') } catch {} }
  })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30000
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`vite preview exited (${exited}):\n${output}`)
    try { const r = await fetch(url + '/', { signal: AbortSignal.timeout(2000) }); if (r.ok) return url } catch {}
    await sleep(200)
  }
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`)
}

// ---------------------------------------------------------------- in-page instrumentation
// Runs before any page script (context.addInitScript), in every document of the context.
function pageInit(conf) {
  if (window.top !== window) return
  const P = (window.__perf = { fcp: null, lcp: null, lcpSize: 0, lcpNode: null, cls: 0, longTasks: [], events: [] })
  const obs = (type, cb, extra) => { try { new PerformanceObserver((l) => l.getEntries().forEach(cb)).observe({ type, buffered: true, ...extra }) } catch {} }
  obs('paint', (e) => { if (e.name === 'first-contentful-paint') P.fcp = e.startTime })
  obs('largest-contentful-paint', (e) => {
    P.lcp = e.renderTime || e.loadTime || e.startTime; P.lcpSize = e.size
    const el = e.element
    P.lcpNode = el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : '') : null
  })
  obs('layout-shift', (e) => { if (!e.hadRecentInput) P.cls += e.value })
  obs('longtask', (e) => { P.longTasks.push([e.startTime, e.duration]) })
  obs('event', (e) => { if (e.interactionId) P.events.push([e.name, e.startTime, e.duration, e.interactionId]) }, { durationThreshold: 16 })

  const matches = (sel, text) => {
    for (const el of document.querySelectorAll(sel)) {
      if (text && !(el.textContent || '').includes(text)) continue
      const visible = typeof el.checkVisibility === 'function'
        ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
        : !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
      if (visible && el.getClientRects().length) return true
    }
    return false
  }
  // Resolves with { dom, painted } once sel(+text) is visible; painted = next frame + posted task.
  const watch = (sel, text) => new Promise((resolveWatch) => {
    let done = false
    const check = () => {
      if (done || !matches(sel, text)) return
      done = true
      mo.disconnect()
      const dom = performance.now()
      requestAnimationFrame(() => {
        const ch = new MessageChannel()
        ch.port1.onmessage = () => resolveWatch({ dom, painted: performance.now() })
        ch.port2.postMessage(0)
      })
    }
    const mo = new MutationObserver(check)
    mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true })
    const tick = () => { if (!done) { check(); if (!done) requestAnimationFrame(tick) } }
    check(); if (!done) requestAnimationFrame(tick)
  })
  P.ready = watch(conf.wait, conf.text)
  P.armRoute = (sel, text) => {
    if (matches(sel, text)) return false
    P.clickAt = null
    document.addEventListener('click', (e) => { if (P.clickAt === null) P.clickAt = e.timeStamp }, { capture: true })
    P.route = watch(sel, text).then((r) => ({ ...r, clickAt: P.clickAt }))
    return true
  }
}

// ---------------------------------------------------------------- helpers
const withTimeout = (p, ms, what) => {
  let t
  return Promise.race([p, new Promise((_, rej) => { t = setTimeout(() => rej(new Error(`timeout after ${ms} ms waiting for ${what}`)), ms) })])
    .finally(() => clearTimeout(t))
}
const round = (n, d = 1) => (n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 10 ** d) / 10 ** d)
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (!v.length) return null
  const mid = Math.floor(v.length / 2)
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
  return { median: round(median), min: round(v[0]), max: round(v[v.length - 1]), n: v.length }
}

// Network bookkeeping on a page CDP session.
function trackNetwork(cdp) {
  const reqs = new Map()
  const on = (ev, fn) => cdp.on(ev, fn)
  on('Network.requestWillBeSent', (p) => {
    const r = reqs.get(p.requestId) ?? { url: p.request.url, type: p.type, phase: tracker.phase, done: false, bytes: 0, body: 0 }
    r.type = p.type ?? r.type
    reqs.set(p.requestId, r)
    tracker.lastActivity = Date.now()
  })
  on('Network.responseReceived', (p) => {
    const r = reqs.get(p.requestId); if (!r) return
    r.status = p.response.status; r.mime = p.response.mimeType; r.fromSW = !!p.response.fromServiceWorker
    r.type = p.type ?? r.type
    tracker.lastActivity = Date.now()
  })
  on('Network.dataReceived', (p) => { const r = reqs.get(p.requestId); if (r) r.body += p.dataLength; tracker.lastActivity = Date.now() })
  on('Network.loadingFinished', (p) => { const r = reqs.get(p.requestId); if (r) { r.done = true; r.bytes = p.encodedDataLength } tracker.lastActivity = Date.now() })
  on('Network.loadingFailed', (p) => { const r = reqs.get(p.requestId); if (r) { r.done = true; r.failed = p.errorText } tracker.lastActivity = Date.now() })
  const swReqs = [] // network fetches made by a service worker (e.g. MSW pass-through), via Playwright
  const tracker = {
    phase: 'load', lastActivity: Date.now(), reqs, swReqs,
    inflight: () => [...reqs.values()].filter((r) => !r.done && !r.url.startsWith('data:')).length +
      swReqs.filter((r) => !r.done).length,
    async quiet(quietMs, maxMs) {
      const end = Date.now() + maxMs
      while (Date.now() < end) {
        if (tracker.inflight() === 0 && Date.now() - tracker.lastActivity >= quietMs) return true
        await sleep(50)
      }
      return false
    },
    js(phase) {
      const isJs = (r) => r.type === 'Script' || /javascript|ecmascript/.test(r.mime ?? '') || /\.m?js(\?|$)/.test(r.url)
      const js = [...reqs.values()].filter((r) => r.phase === phase && !r.failed && isJs(r))
      // bytes the page got from the SW are not network bytes; count the SW's own fetches instead
      const swJs = swReqs.filter((r) => r.phase === phase && r.done && !r.failed && isJs(r))
      return {
        jsBytes: js.filter((r) => !r.fromSW).reduce((s, r) => s + r.bytes, 0) + swJs.reduce((s, r) => s + r.bytes, 0),
        jsBodyBytes: js.reduce((s, r) => s + r.body, 0),
        jsFiles: js.length,
        jsFromSW: js.filter((r) => r.fromSW).length,
        files: js.map((r) => ({ url: r.url.replace(/^https?:\/\/[^/]+/, ''), bytes: r.bytes, body: r.body, fromSW: r.fromSW, type: r.type })),
      }
    },
    all(phase) {
      const rs = [...reqs.values()].filter((r) => r.phase === phase)
      const sw = swReqs.filter((r) => r.phase === phase && r.done)
      return { requests: rs.length, bytes: rs.filter((r) => !r.fromSW).reduce((s, r) => s + r.bytes, 0) + sw.reduce((s, r) => s + r.bytes, 0),
        failed: rs.filter((r) => r.failed).length }
    },
  }
  return tracker
}

// Service-worker-originated requests (Playwright reports them on the context in Chromium).
function trackServiceWorkerNetwork(context, tracker) {
  const byReq = new WeakMap()
  context.on('request', (req) => {
    if (!req.serviceWorker()) return
    const r = { url: req.url(), type: req.resourceType(), phase: tracker.phase, done: false, bytes: 0, mime: '' }
    byReq.set(req, r); tracker.swReqs.push(r); tracker.lastActivity = Date.now()
  })
  const finish = async (req, failed) => {
    const r = byReq.get(req); if (!r) return
    try {
      if (!failed) {
        const resp = await req.response()
        r.mime = resp ? (resp.headers()['content-type'] ?? '') : ''
        const sz = await req.sizes()
        r.bytes = sz.responseBodySize + sz.responseHeadersSize
      }
    } catch {} finally { r.failed = failed; r.done = true; tracker.lastActivity = Date.now() }
  }
  context.on('requestfinished', (req) => { finish(req, false) })
  context.on('requestfailed', (req) => { finish(req, true) })
}

async function heapAfterGC(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  const h = await cdp.send('Runtime.getHeapUsage')
  return h.usedSize
}

// Network emulation set on the page does not apply to fetches a service worker makes (e.g. MSW's
// pass-through of lazy chunks). Apply the same conditions to every service-worker target through a
// browser-level session (Playwright's CDPSession cannot address flattened child sessions, so this
// uses Target.sendMessageToTarget). CPU throttling cannot be applied to workers.
async function throttleServiceWorkers(browser) {
  const state = { attached: 0, errors: [] }
  const conditions = NETWORKS[cfg.network]
  if (!conditions) return state
  const bs = await browser.newBrowserCDPSession()
  let nextId = 1
  const pending = new Map()
  bs.on('Target.receivedMessageFromTarget', (p) => {
    let m; try { m = JSON.parse(p.message) } catch { return }
    if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id) }
  })
  const sendTo = (sessionId, method, params = {}) => withTimeout(new Promise((res, rej) => {
    const id = nextId++
    pending.set(id, (m) => (m.error ? rej(new Error(`${method}: ${m.error.message}`)) : res(m.result)))
    bs.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(rej)
  }), 5000, method)
  bs.on('Target.targetCreated', async ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker') return
    try {
      const { sessionId } = await bs.send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false })
      await sendTo(sessionId, 'Network.enable')
      await sendTo(sessionId, 'Network.emulateNetworkConditions', conditions)
      state.attached++
    } catch (e) { state.errors.push(String(e.message || e)) }
  })
  await bs.send('Target.setDiscoverTargets', { discover: true })
  return state
}

// ---------------------------------------------------------------- one run
async function runOnce(context, url, idx) {
  try {
    // --storage: seed localStorage (key -> string) before any page script, once per context
    if (cfg.storage) await context.addInitScript({ content: `(() => { if (window.top !== window) return; try { if (sessionStorage.getItem('__perfSeeded')) return; const e = ${JSON.stringify(cfg.storage)}; for (const k of Object.keys(e)) localStorage.setItem(k, e[k]); sessionStorage.setItem('__perfSeeded', '1') } catch (err) { console.error(err) } })();` })
    await context.addInitScript({ content: `(${pageInit.toString()})(${JSON.stringify({ wait: cfg.wait, text: cfg.text })});` })
    const page = await context.newPage()
    page.setDefaultTimeout(cfg.timeout)
    const pageErrors = []
    page.on('pageerror', (e) => pageErrors.push(String(e.message || e)))
    const cdp = await context.newCDPSession(page)
    const net = trackNetwork(cdp)
    trackServiceWorkerNetwork(context, net)
    await cdp.send('Network.enable')
    if (cfg.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cfg.cpu })
    if (NETWORKS[cfg.network]) await cdp.send('Network.emulateNetworkConditions', NETWORKS[cfg.network])

    const t0 = Date.now()
    const resp = await page.goto(url, { waitUntil: 'commit', timeout: cfg.timeout })
    if (!resp || resp.status() >= 400) throw new Error(`navigation to ${url} answered ${resp ? resp.status() : 'nothing'}`)
    const ready = await withTimeout(page.evaluate(() => window.__perf.ready), cfg.timeout - (Date.now() - t0),
      `"${cfg.wait}"${cfg.text ? ` containing "${cfg.text}"` : ''} to be visible`)
    // cross-check with Playwright's own visibility logic
    const loc = page.locator(cfg.wait)
    await (cfg.text ? loc.filter({ hasText: cfg.text }) : loc).first().waitFor({ state: 'visible', timeout: cfg.timeout })
    const quietLoad = await net.quiet(cfg.quietMs, cfg.settleMax)
    const m = await page.evaluate(() => {
      const P = window.__perf
      const nav = performance.getEntriesByType('navigation')[0]
      return {
        fcp: P.fcp, lcp: P.lcp, lcpSize: P.lcpSize, lcpNode: P.lcpNode, cls: P.cls, longTasks: P.longTasks, now: performance.now(),
        ttfb: nav ? nav.responseStart : null, dcl: nav ? nav.domContentLoadedEventEnd : null, load: nav ? nav.loadEventEnd || null : null,
      }
    })
    const tbt = m.fcp === null ? null : m.longTasks.filter(([s]) => s >= m.fcp).reduce((s, [, d]) => s + Math.max(0, d - 50), 0)
    const heapUsed = await heapAfterGC(cdp)
    const loadJs = net.js('load')
    const result = {
      run: idx, fcp: round(m.fcp), lcp: round(m.lcp), ready: round(ready.painted), readyDom: round(ready.dom),
      ttfb: round(m.ttfb), dcl: round(m.dcl), load: round(m.load), tbt: round(tbt), cls: round(m.cls, 4),
      longTasks: m.longTasks.length, lcpNode: m.lcpNode, lcpSize: m.lcpSize,
      jsBytes: loadJs.jsBytes, jsBodyBytes: loadJs.jsBodyBytes, jsFiles: loadJs.jsFiles, jsFromSW: loadJs.jsFromSW,
      requests: net.all('load').requests, transferBytes: net.all('load').bytes, heapUsed,
      networkQuiet: quietLoad, pageErrors,
    }
    if (cfg.details) result.jsFileList = loadJs.files

    if (cfg.routeClick) {
      net.phase = 'route'
      const armed = await page.evaluate(([s, t]) => window.__perf.armRoute(s, t), [cfg.routeWait, cfg.routeText])
      if (!armed) throw new Error(`route target "${cfg.routeWait}" is already visible before the click`)
      const routeP = page.evaluate(() => window.__perf.route)
      routeP.catch(() => {})
      const evBefore = await page.evaluate(() => window.__perf.events.length)
      const tClick = Date.now()
      await page.locator(cfg.routeClick).first().click({ timeout: cfg.timeout })
      const r = await withTimeout(routeP, cfg.timeout - (Date.now() - tClick), `route target "${cfg.routeWait}" after click`)
      if (r.clickAt === null) throw new Error('the click event was not observed in the page')
      const quietRoute = await net.quiet(cfg.quietMs, cfg.settleMax)
      const ev = await page.evaluate((n) => window.__perf.events.slice(n), evBefore)
      const clickEv = ev.filter(([name]) => ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'].includes(name))
      const routeJs = net.js('route')
      result.route = {
        route: round(r.painted - r.clickAt), routeDom: round(r.dom - r.clickAt),
        inp: clickEv.length ? round(Math.max(...clickEv.map((e) => e[2]))) : null,
        jsBytes: routeJs.jsBytes, jsBodyBytes: routeJs.jsBodyBytes, jsFiles: routeJs.jsFiles, jsFromSW: routeJs.jsFromSW,
        requests: net.all('route').requests, heapUsed: await heapAfterGC(cdp), networkQuiet: quietRoute,
      }
      if (cfg.details) result.route.jsFileList = routeJs.files
    }
    return result
  } finally {
    await context.close().catch(() => {})
  }
}

// ---------------------------------------------------------------- main
async function main() {
  let chromium
  try { ({ chromium } = await import('playwright-core')) } catch {
    throw Object.assign(new Error('playwright-core is not installed (npm i -D playwright-core)'), { setup: true })
  }
  const base = cfg.url ?? await startPreview()
  const url = cfg.url ?? new URL(cfg.path, base).toString()
  log(`url ${url}  runs ${cfg.runs} (+${cfg.warmup} warm-up)  cpu x${cfg.cpu}  network ${cfg.network}`)
  const browser = await chromium.launch({
    executablePath: cfg.chromium,
    headless: true,
    timeout: 60000,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  cleanups.push(() => browser.close())
  const sw = await throttleServiceWorkers(browser)
  const runs = []
  const failures = []
  for (let i = 0; i < cfg.warmup + cfg.runs; i++) {
    const measured = i >= cfg.warmup
    const idx = measured ? i - cfg.warmup + 1 : 0
    // fresh context per run = empty HTTP cache, no service worker, no storage
    const context = await browser.newContext({ viewport, serviceWorkers: 'allow', ignoreHTTPSErrors: true })
    try {
      const budget = cfg.timeout * (cfg.routeClick ? 3 : 2) + cfg.settleMax * 2
      const r = await withTimeout(runOnce(context, url, idx), budget, `run ${i + 1}`)
        .catch(async (e) => { await context.close().catch(() => {}); throw e })
      if (measured) runs.push(r)
      log(`${measured ? 'run ' + idx : 'warm-up'}: fcp ${r.fcp} lcp ${r.lcp} ready ${r.ready} js ${r.jsBytes} B` +
        (r.route ? `  route ${r.route.route} ms (js ${r.route.jsBytes} B)` : '') + (r.pageErrors.length ? `  pageErrors ${r.pageErrors.length}` : ''))
    } catch (e) {
      log(`${measured ? 'run ' + idx : 'warm-up'} FAILED: ${e.message}`)
      if (measured) failures.push({ run: idx, error: String(e.message || e) })
      else failures.push({ run: 'warm-up', error: String(e.message || e) })
    }
  }
  const pick = (k) => stats(runs.map((r) => r[k]))
  const pickR = (k) => stats(runs.map((r) => r.route?.[k]))
  const summary = {
    fcp: pick('fcp'), lcp: pick('lcp'), ready: pick('ready'), readyDom: pick('readyDom'), ttfb: pick('ttfb'),
    tbt: pick('tbt'), cls: stats(runs.map((r) => r.cls)), jsBytes: pick('jsBytes'), jsBodyBytes: pick('jsBodyBytes'),
    jsFiles: pick('jsFiles'), transferBytes: pick('transferBytes'), heapUsed: pick('heapUsed'),
  }
  if (cfg.routeClick) {
    summary.route = { route: pickR('route'), routeDom: pickR('routeDom'), inp: pickR('inp'), jsBytes: pickR('jsBytes'),
      jsBodyBytes: pickR('jsBodyBytes'), jsFiles: pickR('jsFiles'), heapUsed: pickR('heapUsed') }
  }
  const out = {
    url,
    config: { ...cfg, url: cfg.url, network: cfg.network, networkConditions: NETWORKS[cfg.network], browser: browser.version() },
    serviceWorkers: NETWORKS[cfg.network] ? { throttled: sw.attached, errors: sw.errors } : undefined,
    summary,
    runs,
    failures,
    ok: failures.filter((f) => f.run !== 'warm-up').length === 0 && runs.length === cfg.runs,
  }
  return out
}

let exitCode = 0
let json
try {
  const out = await main()
  json = JSON.stringify(out, null, 2)
  if (cfg.out) writeFileSync(cfg.out, json + '\n')
  if (!out.ok) exitCode = 1
} catch (e) {
  log(`error: ${e && e.stack ? e.stack : e}`)
  json = JSON.stringify({ ok: false, error: String(e && e.message ? e.message : e) })
  exitCode = e && e.setup ? 2 : 1
} finally {
  await withTimeout(cleanup(), 15000, 'cleanup').catch(() => {})
}
// exit only after stdout is flushed (pipes are asynchronous on macOS)
process.stdout.write(json + '\n', () => process.exit(exitCode))
