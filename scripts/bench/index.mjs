#!/usr/bin/env node
// npm run bench [-- --baseline <dir>] [--runs 7] [--cpu 4] [--no-build] [--no-scale] [--out <file.json>]
//
// Builds the panel and measures, in one sitting (median of --runs, each in a fresh browser context,
// CPU throttled --cpu times, mock latency 0):
//   initial JS     gzip of what index.html loads and modulepreloads (entry + static imports), mock chunk apart
//   reload         a logged-in reload until the home page shows the balances (business.resident)
//   route change   home → Tickets until the list shows
//   heap           JS heap after the home page (after a forced GC)
//   mock chunk     gzip of mocks/browser.ts's chunk and what it alone imports
//   scale          Tickets and Transactions at 100x the seeded tickets and transactions vs 1x
// With --baseline, it copies that directory (../shared/bench/baseline: a bare app on the same stack),
// installs and builds its variants E (no MSW) and F (MSW worker before mount) and measures them the
// same way, then prints each figure's ratio beside its goal. It is a measurement, never a test: it
// exits 0 whatever the figures are (1 only when a measurement could not be made).
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveDist } from './server.mjs'
import { buildSizes, kib } from './sizes.mjs'
import { HOME_READY, HOME_TO_TICKETS, loggedInStorage, PERSONA } from './session.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const work = join(root, '.bench')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : fallback
}
const flag = (name) => args.includes(`--${name}`)
const runs = Number(option('runs', 7))
const cpu = Number(option('cpu', 4))
const baselineDir = option('baseline', null)
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// The scale figures use a persona whose 100x data still fits in localStorage (business.resident's
// would not: about 4.8M characters; the mock answers 507 then).
const SCALE_PERSONA = { email: 'personal.resident@demo.test', password: 'demo-password' }
const SCALE = 100

// Goals from issue 15: the panel's figure over the baseline's, at most this.
const GOALS = {
  initialJs: { goal: 1.3, against: 'E' },
  reload: { goal: 1.0, against: 'F' },
  route: { goal: 1.5, against: 'F' },
  heap: { goal: 1.2, against: 'F' },
  mockChunk: { goal: 0.75, against: 'F msw chunk' },
  scaleTickets: { goal: 1.2, against: 'panel at 1x' },
  scaleTransactions: { goal: 1.2, against: 'panel at 1x' },
}

const log = (...parts) => console.error('[bench]', ...parts)

function run(command, commandArgs, { cwd = root, env = {}, capture = false } = {}) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] })
    let out = ''
    if (capture) child.stdout.on('data', (chunk) => { out += chunk })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolveRun(out) : reject(new Error(`${command} ${commandArgs.join(' ')} exited ${code}`))))
  })
}

/** measure.mjs against a served URL; its JSON summary. */
async function measure(url, measureArgs, storage) {
  const extra = []
  if (storage) {
    const file = join(work, `storage-${Math.random().toString(36).slice(2)}.json`)
    writeFileSync(file, JSON.stringify(storage))
    extra.push('--storage', file)
  }
  const out = await run(process.execPath, [join(root, 'scripts/bench/measure.mjs'), '--url', url, '--runs', String(runs), '--cpu', String(cpu), '--chromium', chromiumPath, ...measureArgs, ...extra], { capture: true })
  const result = JSON.parse(out)
  if (!result.ok) throw new Error(`measure.mjs failed: ${JSON.stringify(result.failures ?? result.error)}`)
  return result.summary
}

async function measurePanel() {
  const dist = join(work, 'panel')
  if (!flag('no-build')) await run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'])
  const sizes = buildSizes(dist)
  const server = await serveDist(dist)
  try {
    log('panel: logging in to save a logged-in state')
    const storage = await loggedInStorage(server.url, { ...PERSONA, chromiumPath })
    log('panel: reload and home → Tickets')
    const home = await measure(`${server.url}/`, HOME_TO_TICKETS, storage)
    const figures = { ...sizes, reload: home.ready.median, route: home.route.route.median, heap: home.heapUsed.median, jsLoaded: home.jsBytes.median }
    if (!flag('no-scale')) {
      const toTransactions = ['--wait', HOME_READY, '--route-click', 'role=link[name="Transaction history"]', '--route-wait', '.data-table tbody tr']
      const toTickets = HOME_TO_TICKETS
      log(`panel: Tickets and Transactions at 1x and ${SCALE}x (${SCALE_PERSONA.email})`)
      const one = await loggedInStorage(server.url, { ...SCALE_PERSONA, chromiumPath })
      const scaled = await loggedInStorage(server.url, { ...SCALE_PERSONA, chromiumPath, scale: SCALE })
      const tickets1 = await measure(`${server.url}/`, toTickets, one)
      const tickets100 = await measure(`${server.url}/`, toTickets, scaled)
      const transactions1 = await measure(`${server.url}/`, toTransactions, one)
      const transactions100 = await measure(`${server.url}/`, toTransactions, scaled)
      Object.assign(figures, {
        tickets1: tickets1.route.route.median, tickets100: tickets100.route.route.median,
        transactions1: transactions1.route.route.median, transactions100: transactions100.route.route.median,
      })
    }
    return figures
  } finally {
    await server.close()
  }
}

async function measureBaseline(source) {
  const dir = join(work, 'baseline')
  if (!flag('no-build') || !existsSync(join(dir, 'dist-F'))) {
    rmSync(dir, { recursive: true, force: true })
    cpSync(resolve(source), dir, { recursive: true, filter: (path) => !/[\\/](node_modules|dist[^\\/]*)$/.test(path) })
    log('baseline: npm ci and build E and F')
    await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir })
    await run('npx', ['msw', 'init', 'public', '--save'], { cwd: dir })
    for (const [variant, msw] of [['E', 'false'], ['F', 'true']]) {
      await run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: dir, env: { PERF_I18N: 'runtime-drop', VITE_MSW: msw, PERF_OUT: `dist-${variant}` } })
    }
  }
  const e = buildSizes(join(dir, 'dist-E'))
  const f = buildSizes(join(dir, 'dist-F'))
  const server = await serveDist(join(dir, 'dist-F'))
  try {
    log('baseline F: load and dashboard → settings')
    const summary = await measure(`${server.url}/`, ['--wait', '[data-testid=dashboard-title]', '--route-click', '[data-testid=nav-settings]', '--route-wait', '[data-testid=settings-form]'])
    // The goal's F figure is F's title, which F renders before it asks for its data; the panel's
    // reload waits for the balances, an answered request. F until its data shows is the
    // like-for-like point, printed beside the table (the goal stays as issue 15 states it).
    log('baseline F: load until its data shows')
    const withData = await measure(`${server.url}/`, ['--wait', '[data-testid=stats]'])
    return { initialJs: e.initialJs, mockChunk: f.mockChunk, reload: summary.ready.median, reloadWithData: withData.ready.median, route: summary.route.route.median, heap: summary.heapUsed.median, jsLoaded: summary.jsBytes.median }
  } finally {
    await server.close()
  }
}

const formats = {
  bytes: (value) => `${kib(value).toFixed(1)} KiB`,
  ms: (value) => `${Math.round(value)} ms`,
  heap: (value) => `${(value / 1e6).toFixed(2)} MB`,
}

function report(panel, baseline) {
  const rows = [
    ['initial JS gzip (entry + modulepreloads)', 'initialJs', 'bytes'],
    ['logged-in reload until the balances show', 'reload', 'ms'],
    ['route change home → Tickets', 'route', 'ms'],
    ['JS heap after the home page', 'heap', 'heap'],
    ['mock chunk gzip', 'mockChunk', 'bytes'],
  ]
  const lines = ['| what | panel | baseline | ratio | goal |', '|---|---|---|---|---|']
  for (const [label, key, unit] of rows) {
    const { goal, against } = GOALS[key]
    const base = baseline?.[key]
    const ratio = base ? panel[key] / base : null
    const verdict = ratio === null ? '' : ratio <= goal ? ' ✓' : ' ✗'
    lines.push(`| ${label} | ${formats[unit](panel[key])} | ${base ? `${against} ${formats[unit](base)}` : '–'} | ${ratio === null ? '–' : `${ratio.toFixed(2)}x`} | <= ${goal}x ${against}${verdict} |`)
  }
  if (panel.tickets100 !== undefined) {
    for (const [label, key, one, hundred] of [['Tickets', 'scaleTickets', 'tickets1', 'tickets100'], ['Transactions', 'scaleTransactions', 'transactions1', 'transactions100']]) {
      const ratio = panel[hundred] / panel[one]
      lines.push(`| ${label} at ${SCALE}x data (route change) | ${formats.ms(panel[hundred])} | 1x ${formats.ms(panel[one])} | ${ratio.toFixed(2)}x | <= ${GOALS[key].goal}x${ratio <= GOALS[key].goal ? ' ✓' : ' ✗'} |`)
    }
  }
  if (baseline?.reloadWithData) lines.push('', `F until its data shows (its stats, an answered request, as the balances are): ${formats.ms(baseline.reloadWithData)}; the panel's reload is ${(panel.reload / baseline.reloadWithData).toFixed(2)}x that.`)
  lines.push('', `JS fetched until the first screen shows (network, incl. lazy chunks and the mock): panel ${formats.bytes(panel.jsLoaded)}${baseline ? `, F ${formats.bytes(baseline.jsLoaded)}` : ''}.`)
  lines.push(`Medians of ${runs} runs, CPU x${cpu}, mock latency 0, Chromium ${chromiumPath}.`)
  return lines.join('\n')
}

mkdirSync(work, { recursive: true })
try {
  const panel = await measurePanel()
  const baseline = baselineDir ? await measureBaseline(baselineDir) : null
  const text = report(panel, baseline)
  console.log(text)
  const out = option('out', null)
  if (out) writeFileSync(out, JSON.stringify({ panel, baseline, runs, cpu }, null, 2) + '\n')
} catch (error) {
  console.error(`[bench] ${error.stack ?? error}`)
  process.exit(1)
}
