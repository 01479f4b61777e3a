// Checks the production build's loading promises (run after `vite build`):
// - the entry chunk (and what it imports statically) holds none of MSW: the mock worker loads later;
// - the home view is in the entry chunk; every other route component is a lazy chunk;
// - prints the entry's size, gzipped, for the record.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = process.argv[2] ?? 'dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
const entry = Object.values(manifest).find((chunk) => chunk.isEntry)
if (!entry) throw new Error('no entry chunk in the manifest')

/** The entry and every chunk it imports statically: what the browser needs before painting. */
function staticClosure(chunk, seen = new Set()) {
  if (seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const key of chunk.imports ?? []) staticClosure(manifest[key], seen)
  return seen
}

const failures = []
const initial = [...staticClosure(entry)]
const sources = Object.entries(manifest)
const initialSources = sources.filter(([, chunk]) => initial.includes(chunk.file)).map(([source]) => source)

if (initialSources.some((source) => source.includes('node_modules/msw') || source.startsWith('mocks/'))) {
  failures.push(`the initial chunks include mock code: ${initialSources.join(', ')}`)
}
for (const file of initial) {
  const code = readFileSync(join(dist, file), 'utf8')
  if (code.includes('mockServiceWorker') || code.includes('setupWorker')) failures.push(`${file} contains MSW code`)
  if (/\bcompileToFunction\b|baseCompile\(/.test(code)) failures.push(`${file} contains the i18n message compiler`)
  // yup's default messages: the form schemas load with the forms, not with the first screen.
  if (code.includes('is a required field')) failures.push(`${file} contains yup (import constants from @/validation/preferences, not the schemas barrel)`)
}
const entryCode = readFileSync(join(dist, entry.file), 'utf8')
if (!entryCode.includes('home-blocks')) failures.push('the home view is not in the entry chunk')
// Icons (lucide) sit in their own small chunk and fonts in the CSS: neither is in the entry's code.
if (entryCode.includes('lucide')) failures.push('the entry chunk contains the lucide icons (they belong in the icons chunk)')
if (/\.woff2?\b|@font-face/.test(entryCode)) failures.push('the entry chunk references font files (fonts belong in the CSS)')
const lazyViews = sources.filter(([source]) => /src\/views\/(?!HomeView).*View\.vue$/.test(source))
for (const [source, chunk] of lazyViews) {
  if (initial.includes(chunk.file)) failures.push(`${source} should be lazy but is in the initial chunks`)
}
if (!(entry.dynamicImports ?? []).some((key) => key.startsWith('mocks/'))) failures.push('the mock worker is not a dynamic import of the entry')

const gzip = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0)
console.log(`entry chunk ${entry.file}: ${(gzip([entry.file]) / 1024).toFixed(1)} KiB gzip; with its static imports: ${(gzip(initial.filter((f) => f.endsWith('.js'))) / 1024).toFixed(1)} KiB gzip`)
if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'))
  process.exit(1)
}
console.log(`✓ no MSW or message compiler before paint; home in the entry; ${lazyViews.length} lazy views`)
