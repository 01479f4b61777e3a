#!/usr/bin/env node
// npm run bench:compare -- <distA> <distB> [more dists…] [--rounds 4] [--runs 3] [--cpu 4]
//
// Two (or more) builds of the panel measured side by side, for judging one change on a noisy
// machine: on this one the same build's reload median moves by about 150 ms between two sittings,
// more than most single changes are worth. Each build is served on its own port; one logged-in
// state (business.resident, mock latency 0) is saved once and used by all; then measure.mjs runs
// --runs times against each build in turn, --rounds times, in alternating order (A B, B A, …), so
// a slow spell of the machine falls on every build alike. Prints the median reload, route change
// home → Tickets and heap of each build, over all its runs, and its ratio to the first build.
// Build each with `npx vite build --outDir <dir>`. A measurement, never a test (exit 1 only when a
// run could not be made).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveDist } from './server.mjs'
import { HOME_TO_TICKETS, loggedInStorage, PERSONA } from './session.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
const dists = args.filter((arg, at) => !arg.startsWith('--') && !args[at - 1]?.startsWith('--'))
const rounds = option('rounds', 4)
const runs = option('runs', 3)
const cpu = option('cpu', 4)
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (dists.length < 2) {
  console.error('usage: npm run bench:compare -- <distA> <distB> [more…] [--rounds 4] [--runs 3] [--cpu 4]')
  process.exit(2)
}

const log = (...parts) => console.error('[compare]', ...parts)
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
}

/** One measure.mjs sitting against `url`: its runs ({ready, route.route, heapUsed}). */
function measureRuns(url, storageFile) {
  const measureArgs = [join(root, 'scripts/bench/measure.mjs'), '--url', url, '--runs', String(runs), '--cpu', String(cpu), '--chromium', chromiumPath, ...HOME_TO_TICKETS, '--storage', storageFile]
  return new Promise((resolveRuns, reject) => {
    // Asynchronous: the builds are served by this process, which must stay free to answer.
    const child = spawn(process.execPath, measureArgs, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (data) => (out += data))
    child.on('error', reject)
    child.on('exit', () => {
      const result = JSON.parse(out || '{}')
      if (!result.ok) reject(new Error(`measure.mjs failed against ${url}: ${JSON.stringify(result.failures ?? result.error)}`))
      else resolveRuns(result.runs)
    })
  })
}

const servers = await Promise.all(dists.map((dist) => serveDist(resolve(dist))))
const work = mkdtempSync(join(tmpdir(), 'ccp-compare-'))
let exitCode = 0
try {
  log(`saving a logged-in state from ${dists[0]}`)
  const storageFile = join(work, 'storage.json')
  writeFileSync(storageFile, JSON.stringify(await loggedInStorage(servers[0].url, { ...PERSONA, chromiumPath })))
  const figures = dists.map(() => ({ reload: [], route: [], heap: [] }))
  for (let round = 0; round < rounds; round++) {
    const order = dists.map((_, at) => at)
    if (round % 2) order.reverse()
    for (const at of order) {
      log(`round ${round + 1}/${rounds}: ${dists[at]}`)
      for (const r of await measureRuns(`${servers[at].url}/`, storageFile)) {
        figures[at].reload.push(r.ready)
        figures[at].route.push(r.route?.route)
        figures[at].heap.push(r.heapUsed)
      }
    }
  }
  const rows = figures.map((f) => ({ reload: median(f.reload), route: median(f.route), heap: median(f.heap) / 1e6 }))
  const ratio = (value, first) => `${(value / first).toFixed(2)}x`
  console.log('| build | reload | route change | heap |')
  console.log('|---|---|---|---|')
  rows.forEach((row, at) => {
    const first = rows[0]
    console.log(`| ${dists[at]} | ${row.reload.toFixed(0)} ms${at ? ` (${ratio(row.reload, first.reload)})` : ''} | ${row.route.toFixed(0)} ms${at ? ` (${ratio(row.route, first.route)})` : ''} | ${row.heap.toFixed(2)} MB${at ? ` (${ratio(row.heap, first.heap)})` : ''} |`)
  })
  console.log(`Medians of ${rounds * runs} runs each (${rounds} rounds of ${runs}, alternating), CPU x${cpu}, mock latency 0.`)
} catch (error) {
  log(error instanceof Error ? error.message : String(error))
  exitCode = 1
} finally {
  await Promise.all(servers.map((server) => server.close()))
  rmSync(work, { recursive: true, force: true })
}
process.exit(exitCode)
