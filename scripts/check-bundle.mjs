// Checks the production build's loading promises (run after `vite build`):
// - the entry chunk (and what it imports statically) holds none of MSW: the mock worker loads later;
// - nor the PDF (pdf-lib, fontkit, the document fonts) or QR code (qrcode) libraries: they load
//   with the billing document or payment that needs them (`await import(…)`);
// - the home view is in the entry chunk; every other route component is a lazy chunk;
// - the QA workbench (src/qa/) is lazy: none of it in the initial chunks or the page's
//   modulepreloads; and a build with the mocks off (dist-api, `npm run build:api-smoke`; a second
//   argument names another) has none of it at all;
// - prints the entry's size, gzipped, for the record.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
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
// Heavy libraries only by dynamic import (the billing PDFs, the SBP QR code): found by source path
// when they are chunks of their own, by a string of their code when bundled into another chunk
// (the producer name pdf-lib writes, a fontkit feature name, a qrcode error message).
const LAZY_LIBRARIES = [
  { name: 'pdf-lib', source: 'node_modules/pdf-lib/', marker: 'Hopding/pdf-lib' },
  { name: '@pdf-lib/fontkit', source: 'node_modules/@pdf-lib/fontkit/', marker: 'stylisticAlternatives' },
  { name: 'qrcode', source: 'node_modules/qrcode/', marker: 'too big to be stored in a QR Code' },
  { name: 'the billing document PDFs', source: 'src/documents/billingDocumentPdf.ts', marker: null },
]
for (const library of LAZY_LIBRARIES) {
  if (initialSources.some((source) => source.startsWith(library.source))) failures.push(`the initial chunks include ${library.name} (${library.source}): load it with import()`)
}
const initialAssets = sources.filter(([, chunk]) => initial.includes(chunk.file)).flatMap(([, chunk]) => chunk.assets ?? [])
if (initialAssets.some((asset) => asset.endsWith('.ttf'))) failures.push(`the initial chunks reference the document fonts (${initialAssets.filter((asset) => asset.endsWith('.ttf')).join(', ')})`)
for (const file of initial) {
  const code = readFileSync(join(dist, file), 'utf8')
  for (const library of LAZY_LIBRARIES) {
    if (library.marker && code.includes(library.marker)) failures.push(`${file} contains ${library.name} (import it dynamically, never statically)`)
  }
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

// The QA workbench: its button is a dynamic import of the entry, and nothing of src/qa/ loads before
// it (nor is preloaded by index.html). A mocks-off build has no trace of it (no chunk, no endpoint).
const QA_SOURCE = 'src/qa/'
const qaInitial = initialSources.filter((source) => source.startsWith(QA_SOURCE))
if (qaInitial.length) failures.push(`the initial chunks include the QA workbench: ${qaInitial.join(', ')}`)
if (!sources.some(([source]) => source.startsWith(QA_SOURCE))) failures.push('the QA workbench (src/qa/) is missing from the build with the mocks on')
else if (!(entry.dynamicImports ?? []).some((key) => key.startsWith(QA_SOURCE))) failures.push('the QA workbench is not a dynamic import of the entry')
const qaFiles = new Set(sources.filter(([source]) => source.startsWith(QA_SOURCE)).map(([, chunk]) => chunk.file))
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8')
for (const file of qaFiles) if (indexHtml.includes(file)) failures.push(`index.html preloads the QA workbench chunk ${file}`)
for (const file of initial) if (readFileSync(join(dist, file), 'utf8').includes('/__qa/')) failures.push(`${file} contains the QA workbench's endpoints`)
// Its texts (src/qa/locales) load with it: a few long English ones must not be in the initial JS.
const qaTexts = []
const collectTexts = (node) => Object.values(node).forEach((value) => (typeof value === 'string' ? qaTexts.push(value) : collectTexts(value)))
collectTexts(JSON.parse(readFileSync('src/qa/locales/en.json', 'utf8')))
const qaMarkers = qaTexts.filter((text) => text.length > 30 && /^[\w ,.:–-]+$/.test(text)).slice(0, 5)
for (const file of initial) {
  const code = readFileSync(join(dist, file), 'utf8')
  for (const marker of qaMarkers) if (code.includes(marker)) failures.push(`${file} contains the QA workbench's text "${marker}"`)
}
const mocksOff = process.argv[3] ?? 'dist-api'
let mocksOffChecked = false
if (existsSync(join(mocksOff, '.vite/manifest.json'))) {
  const offManifest = JSON.parse(readFileSync(join(mocksOff, '.vite/manifest.json'), 'utf8'))
  const offQa = Object.keys(offManifest).filter((source) => source.startsWith(QA_SOURCE))
  if (offQa.length) failures.push(`${mocksOff} (mocks off) includes the QA workbench: ${offQa.join(', ')}`)
  for (const file of readdirSync(join(mocksOff, 'assets')).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(mocksOff, 'assets', file), 'utf8')
    if (code.includes('__qa') || qaMarkers.some((marker) => code.includes(marker))) failures.push(`${mocksOff}/assets/${file} (mocks off) contains QA workbench code or texts`)
  }
  mocksOffChecked = true
} else if (process.argv[3]) failures.push(`no build in ${mocksOff}`)

const gzip = (files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0)
console.log(`entry chunk ${entry.file}: ${(gzip([entry.file]) / 1024).toFixed(1)} KiB gzip; with its static imports: ${(gzip(initial.filter((f) => f.endsWith('.js'))) / 1024).toFixed(1)} KiB gzip`)
// Informational: what "Balance and payments" loads on demand, beyond the initial chunks (a chunk's
// own code plus the chunks it imports statically that the first screen did not already load; fonts
// raw, as the PDF module fetches them). Missing entries are skipped (the tabs are work in progress).
const kib = (bytes) => `${(bytes / 1024).toFixed(1)}`
const lazyCost = (source) => {
  const chunk = manifest[source]
  if (!chunk) return null
  const files = [...staticClosure(chunk)].filter((file) => file.endsWith('.js') && !initial.includes(file))
  return gzip(files)
}
const BILLING_LAZY = [
  ['PDF (module + pdf-lib + fontkit)', 'src/documents/billingDocumentPdf.ts'],
  ['QR code', 'node_modules/qrcode/lib/browser.js'],
  ['Balance view', 'src/views/BalanceView.vue'],
  ['Balances', 'src/components/balance/BalanceOverviewTab.vue'],
  ['Top up', 'src/components/topUp/TopUpTab.vue'],
  ['Transactions', 'src/components/transactions/TransactionsTab.vue'],
  ['Billing documents', 'src/components/billingDocuments/BillingDocumentsTab.vue'],
  ['Notifications', 'src/components/balanceAlerts/BalanceAlertsTab.vue'],
]
const billingParts = BILLING_LAZY.map(([label, source]) => [label, lazyCost(source)]).filter(([, bytes]) => bytes !== null)
const pdfFonts = (manifest['src/documents/billingDocumentPdf.ts']?.assets ?? []).filter((asset) => asset.endsWith('.ttf'))
const fontBytes = pdfFonts.reduce((sum, file) => sum + readFileSync(join(dist, file)).length, 0)
console.log(`billing, lazy (KiB gzip on first use, beyond the initial chunks): ${billingParts.map(([label, bytes]) => `${label} ${kib(bytes)}`).join('; ')}${pdfFonts.length ? `; PDF fonts ${kib(fontBytes)} KiB raw (${pdfFonts.length})` : ''}`)
if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'))
  process.exit(1)
}
console.log(`✓ no MSW, message compiler, PDF or QR code library before paint; home in the entry; ${lazyViews.length} lazy views; the QA workbench lazy${mocksOffChecked ? `, absent from ${mocksOff} (mocks off)` : ` (no mocks-off build in ${mocksOff} to check)`}`)
