// Checks the production build's loading promises (run after `vite build`):
// - the entry chunk (and what it imports statically) holds none of MSW: the mock worker loads later;
// - nor the PDF (pdf-lib, fontkit, the document fonts) or QR code (qrcode) libraries: they load
//   with the billing document or payment that needs them (`await import(…)`);
// - every route component (the home view too) and the shell's parts are lazy chunks: they load beside
//   the entry, not in it;
// - the initial JS (entry + modulepreloads, the mock's own chunks apart: scripts/bench/sizes.mjs) is
//   within its gzip budget;
// - the QA workbench (src/qa/) is lazy: none of it in the initial chunks or the page's
//   modulepreloads; and a build with the mocks off (dist-api, `npm run build:api-smoke`; a second
//   argument names another) has none of it at all;
// - prints the entry's size, gzipped, for the record.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSize, initialJsFiles, mockChunkFiles, staticClosure } from './bench/sizes.mjs'

const dist = process.argv[2] ?? 'dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry)
if (!entryKey) throw new Error('no entry chunk in the manifest')
const entry = manifest[entryKey]

// Where each source module's code is (scripts/vite/moduleMap.ts): the manifest names a chunk by its
// facade module only, and the chunks that group the first screen's modules (chunkGroups.ts) have none.
const moduleFiles = JSON.parse(readFileSync(join(dist, '.vite/modules.json'), 'utf8'))
const fileOf = (source) => manifest[source]?.file ?? moduleFiles[source]
/** The manifest key of the chunk that holds `source` (for staticClosure), or undefined. */
const chunkKeyOf = (source) => (manifest[source] ? source : Object.keys(manifest).find((key) => manifest[key].file === moduleFiles[source]))

const failures = []
// The entry and every chunk it imports statically: what the browser needs before painting.
const initial = [...staticClosure(manifest, entryKey)]
const sources = Object.entries(manifest)
const initialSources = Object.keys(moduleFiles).filter((source) => initial.includes(moduleFiles[source]))
const initialChunks = sources.filter(([, chunk]) => initial.includes(chunk.file)).map(([, chunk]) => chunk)
// What the initial chunks load with import(): the shell, the home page, the messages, the mock, …
const lazyFromInitial = new Set(initialChunks.flatMap((chunk) => chunk.dynamicImports ?? []).map((key) => manifest[key]?.file))
const isLazyImportOfInitial = (source) => !initial.includes(fileOf(source)) && lazyFromInitial.has(fileOf(source))

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
const initialJsCode = initial.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(dist, file), 'utf8')).join('\n')
// The shell (header, side navigation, context help) is one lazy chunk that main.ts loads before
// mounting; the home page is in it (scripts/vite/chunkGroups.ts), not in the initial chunks.
const SHELL_SOURCE = 'src/components/layout/shell.ts'
if (!fileOf(SHELL_SOURCE)) failures.push(`no chunk for ${SHELL_SOURCE} (the shell's parts)`)
else if (initial.includes(fileOf(SHELL_SOURCE))) failures.push(`the shell (${SHELL_SOURCE}) is in the initial chunks`)
else if (!isLazyImportOfInitial(SHELL_SOURCE)) failures.push(`the shell (${SHELL_SOURCE}) is not a dynamic import of the initial chunks`)
// ...and the home page and its data are in the shell's chunk, so that the first screen is a handful
// of files, not dozens (scripts/vite/chunkGroups.ts).
for (const source of ['src/views/HomeView.vue', 'src/stores/home.ts']) {
  if (fileOf(source) !== fileOf(SHELL_SOURCE)) failures.push(`${source} is not in the shell's chunk (${fileOf(source)}, not ${fileOf(SHELL_SOURCE)}): see scripts/vite/chunkGroups.ts`)
}
const FIRST_SCREEN_FILES_MAX = 8
const firstScreenJs = [...staticClosure(manifest, chunkKeyOf(SHELL_SOURCE) ?? entryKey, new Set(initial))].filter((file) => file.endsWith('.js'))
if (firstScreenJs.length > FIRST_SCREEN_FILES_MAX) failures.push(`the first screen (the initial chunks and the shell's) is ${firstScreenJs.length} scripts, more than ${FIRST_SCREEN_FILES_MAX}: ${firstScreenJs.join(', ')}`)
if (initialJsCode.includes('home-blocks')) failures.push('the home view is in the initial chunks (it loads lazily, beside the entry)')
// Icons (lucide) load with the shell and fonts with the CSS: neither is in the initial chunks' code.
if (initialSources.some((source) => source.includes('node_modules/lucide-vue-next/'))) failures.push('the initial chunks contain the lucide icons (they load with the shell)')
if (/\.woff2?\b|@font-face/.test(initialJsCode)) failures.push('the initial chunks reference font files (fonts belong in the CSS)')
// ...and index.html preloads each font file the entry's stylesheet names (scripts/vite/preloadFonts.ts):
// the first screen is laid out once, in its font, not first in the fallback.
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8')
const preloadedFonts = new Set([...indexHtml.matchAll(/<link rel="preload" as="font" type="font\/woff2" crossorigin href="\/([^"]+)">/g)].map((match) => match[1]))
const entryFonts = (entry.css ?? []).flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/url\(\s*["']?([^"')]+\.woff2)/g)].map((match) => `assets/${match[1].replace(/^.*\//, '')}`))
if (!entryFonts.length) failures.push("the entry's stylesheet names no font file (src/styles/fonts.css)")
for (const font of entryFonts) if (!preloadedFonts.has(font)) failures.push(`index.html does not preload ${font}, a font of the first screen (with crossorigin, as=font)`)
const lazyViews = Object.keys(moduleFiles).filter((source) => /src\/views\/.*View\.vue$/.test(source))
for (const source of lazyViews) {
  if (initial.includes(fileOf(source))) failures.push(`${source} should be lazy but is in the initial chunks`)
}
if (!isLazyImportOfInitial('mocks/browser.ts')) failures.push('the mock worker is not a dynamic import of the initial chunks')

// The QA workbench: its button is a dynamic import of the entry, and nothing of src/qa/ loads before
// it (nor is preloaded by index.html). A mocks-off build has no trace of it (no chunk, no endpoint).
const QA_SOURCE = 'src/qa/'
const qaInitial = initialSources.filter((source) => source.startsWith(QA_SOURCE))
if (qaInitial.length) failures.push(`the initial chunks include the QA workbench: ${qaInitial.join(', ')}`)
if (!sources.some(([source]) => source.startsWith(QA_SOURCE))) failures.push('the QA workbench (src/qa/) is missing from the build with the mocks on')
else if (!sources.some(([source]) => source.startsWith(QA_SOURCE) && isLazyImportOfInitial(source))) failures.push('the QA workbench is not a dynamic import of the initial chunks')
const qaFiles = new Set(sources.filter(([source]) => source.startsWith(QA_SOURCE)).map(([, chunk]) => chunk.file))
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
// The app's messages (src/i18n, scripts/vite/localeAreas.ts): each language's core and rest are
// chunks of their own (`locales/<lang>.json?area=<group>`), precompiled, loaded with import() by
// the language shown. The initial chunks hold no text of either language, and every message key
// named (`'home.title'`, `` `balance.kind.${…}` ``) by them, the shell, the home and 404 pages (and
// what those import statically) is in core: they paint before the rest loads (src/router/messages.ts).
const LOCALES = ['en', 'ru']
const MESSAGE_GROUPS = ['core', 'rest']
const leafTexts = (node, prefix = '') => Object.entries(node).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : leafTexts(value, `${prefix}${key}.`)))
const lookUp = (tree, path) => path.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), tree)
const initialCode = initial.filter((file) => file.endsWith('.js')).map((file) => [file, readFileSync(join(dist, file), 'utf8')])
const CORE_ONLY_SOURCES = ['src/components/layout/shell.ts', 'src/views/HomeView.vue', 'src/views/NotFoundView.vue']
const coreOnlyFiles = new Set(initial)
for (const source of CORE_ONLY_SOURCES) staticClosure(manifest, chunkKeyOf(source), coreOnlyFiles)
const coreOnlyCode = [...coreOnlyFiles].filter((file) => file.endsWith('.js')).map((file) => [file, readFileSync(join(dist, file), 'utf8')])
const messageChunks = {}
for (const locale of LOCALES) {
  const messages = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8'))
  // Long plain texts, found verbatim in the precompiled chunks (the static text of a message).
  const markers = leafTexts(messages).filter(([, text]) => text.length > 25 && /^[\p{L}\d ,.:–-]+$/u.test(text))
  for (const group of MESSAGE_GROUPS) {
    const chunk = manifest[`locales/${locale}.json?area=${group}`]
    if (!chunk) {
      failures.push(`no chunk of its own for locales/${locale}.json?area=${group} (src/i18n loads each language's ${group} messages with import())`)
      messageChunks[`${locale}:${group}`] = { file: null, code: '', markers } // then none of its texts may be in the initial chunks
      continue
    }
    const code = readFileSync(join(dist, chunk.file), 'utf8')
    messageChunks[`${locale}:${group}`] = { file: chunk.file, code, markers: markers.filter(([, text]) => code.includes(text)) }
    if (initial.includes(chunk.file)) failures.push(`the initial chunks include the ${locale} ${group} messages (${chunk.file})`)
    if (!isLazyImportOfInitial(`locales/${locale}.json?area=${group}`)) failures.push(`the ${locale} ${group} messages are not a dynamic import of the initial chunks`)
    if (!/\{t:0,b:/.test(code)) failures.push(`${chunk.file} (${locale} ${group} messages) is not precompiled`)
    if (messageChunks[`${locale}:${group}`].markers.length < 5) failures.push(`${chunk.file} (${locale} ${group} messages) holds fewer than 5 of the locale's long texts: is the split right?`)
  }
}
for (const [name, { markers }] of Object.entries(messageChunks)) {
  for (const [file, code] of initialCode) {
    const found = markers.find(([, text]) => code.includes(text))
    if (found) failures.push(`${file} contains the ${name.replace(':', ' ')} message ${found[0]} ("${found[1]}"): messages load by language (src/i18n)`)
  }
}
for (const locale of LOCALES) {
  const core = messageChunks[`${locale}:core`]
  if (!core?.file) continue
  const coreTree = (await import(pathToFileURL(join(dist, core.file)).href)).default
  const full = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8'))
  const outside = new Set()
  for (const [, code] of coreOnlyCode) {
    for (const [, path, template] of code.matchAll(/["'`]([a-z][a-zA-Z\d]*(?:\.[a-zA-Z\d]+)+)(\.\$\{|["'`])/g)) {
      const node = lookUp(full, path)
      if (node === undefined) continue
      // A key, or a subtree whose keys the code picks at run time: all of it must be in core.
      const missing = typeof node === 'string' ? (lookUp(coreTree, path) === undefined ? [path] : []) : leafTexts(node, `${path}.`).map(([key]) => key).filter((key) => lookUp(coreTree, key) === undefined)
      if (missing.length && (template || typeof node === 'string')) outside.add(`${path}${template === '.${' ? '.*' : ''}`)
    }
  }
  if (outside.size) failures.push(`the initial chunks, the shell or the home or 404 page name message keys outside the ${locale} core (add them to CORE_PATHS in src/i18n/areas.ts): ${[...outside].join(', ')}`)
}
const messageSizes = Object.entries(messageChunks).filter(([, { file }]) => file).map(([name, { file }]) => `${name.replace(':', ' ')} ${(gzipSize(dist, [file]) / 1024).toFixed(1)}`)
console.log(`messages, lazy (KiB gzip): ${messageSizes.join('; ')}`)

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

// The budget (issue 15): what index.html loads before anything runs, at most 1.3 times a bare app on
// the same stack (../shared/bench: its variant E, 51.2 KiB). `npm run bench` measures the rest.
const INITIAL_JS_BUDGET_KIB = 66
const initialJsKib = gzipSize(dist, initialJsFiles(dist, manifest)) / 1024
if (initialJsKib > INITIAL_JS_BUDGET_KIB) failures.push(`the initial JS (entry + modulepreloads, the mock's own chunks apart) is ${initialJsKib.toFixed(1)} KiB gzip, over its budget of ${INITIAL_JS_BUDGET_KIB} KiB`)
console.log(`entry chunk ${entry.file}: ${(gzipSize(dist, [entry.file]) / 1024).toFixed(1)} KiB gzip; initial JS (entry + modulepreloads, the mock's own chunks apart): ${initialJsKib.toFixed(1)} KiB gzip, budget ${INITIAL_JS_BUDGET_KIB}`)
// Informational: what "Balance and payments" loads on demand, beyond the first screen (a chunk's
// own code plus the chunks it imports statically that the first screen did not already load; fonts
// raw, as the PDF module fetches them). Missing entries are skipped (the tabs are work in progress).
const kib = (bytes) => `${(bytes / 1024).toFixed(1)}`
// The first screen's code: the initial chunks, the shell and the home page.
const firstScreen = new Set(initial)
for (const source of ['src/components/layout/shell.ts', 'src/views/HomeView.vue']) staticClosure(manifest, chunkKeyOf(source), firstScreen)
const lazyCost = (source) => {
  if (!chunkKeyOf(source)) return null
  return gzipSize(dist, [...staticClosure(manifest, chunkKeyOf(source))].filter((file) => file.endsWith('.js') && !firstScreen.has(file)))
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
console.log(`billing, lazy (KiB gzip on first use, beyond the first screen): ${billingParts.map(([label, bytes]) => `${label} ${kib(bytes)}`).join('; ')}${pdfFonts.length ? `; PDF fonts ${kib(fontBytes)} KiB raw (${pdfFonts.length})` : ''}`)
// The mock worker's chunk (mocks/browser.ts) plus the chunks it imports statically that the first
// screen did not load: <= 90 KiB gzip (-9). Kept out of it: MSW's cookie jar (tough-cookie and
// tldts, the public suffix list; vite.config.ts aliases it to mocks/kernel/noCookieJar.ts), and,
// as lazy chunks of the mock, its service worker's client (msw/browser, started at idle:
// mocks/worker.ts), the knowledge-base and help texts, otpauth, the request body validators, the
// form schemas (yup) and the stored-data check (each loads with the first request that needs it).
const MOCK_BUDGET_KIB = 90
const mockChunk = manifest['mocks/browser.ts']
if (!mockChunk) failures.push('no chunk of mocks/browser.ts in the manifest')
else {
  const mockFiles = mockChunkFiles(dist, manifest)
  const mockBytes = gzipSize(dist, mockFiles)
  const mockSources = sources.filter(([, chunk]) => mockFiles.includes(chunk.file)).map(([source]) => source)
  /** One long plain string literal (ASCII words) of each source file: text a chunk must not carry. */
  const textMarkers = (dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !['index.ts', 'types.ts'].includes(file))
      .flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(/'([\w ,.]{60,})'/g)].slice(0, 1).map((match) => match[1]))
  const MOCK_LAZY = [
    { name: 'tough-cookie', source: 'node_modules/tough-cookie/', markers: ['Cookie has domain set to a public suffix'] },
    { name: 'tldts (the public suffix list)', source: 'node_modules/tldts', markers: ['amazonaws'] },
    { name: 'otpauth', source: 'node_modules/otpauth/', markers: ['otpauth://'] },
    // The page answers its own requests until the worker has started (mocks/kernel/inPageBackend.ts).
    { name: "msw's service worker client (setupWorker)", source: 'node_modules/msw/lib/browser/', markers: ['INTEGRITY_CHECK_REQUEST'] },
    // yup and the form schemas load with the first write that checks a body (mocks/kernel/formSchemas.ts).
    { name: 'yup (the form schemas)', source: 'node_modules/yup/', markers: ['is a required field'] },
    { name: 'the stored-data check (validateDbState)', source: 'mocks/kernel/contract/dbState.gen.js', markers: ['panel.example/schemas/db-state.json'] },
    { name: 'the knowledge-base articles', source: 'mocks/knowledgeBase/articles/', markers: textMarkers('mocks/knowledgeBase/articles') },
    { name: 'the context help texts', source: 'mocks/help/content/', markers: textMarkers('mocks/help/content') },
  ]
  for (const part of MOCK_LAZY) {
    if (!part.markers.length) failures.push(`no text of ${part.name} found to look for (check-bundle's markers)`)
    if (mockSources.some((source) => source.startsWith(part.source))) failures.push(`the mock chunk imports ${part.name} statically (${part.source})`)
    for (const file of mockFiles) {
      const code = readFileSync(join(dist, file), 'utf8')
      const marker = part.markers.find((text) => code.includes(text))
      if (marker) failures.push(`${file} (the mock chunk) contains ${part.name} ("${marker.slice(0, 40)}")`)
    }
  }
  if (mockBytes > MOCK_BUDGET_KIB * 1024) failures.push(`the mock chunk is ${kib(mockBytes)} KiB gzip (over ${MOCK_BUDGET_KIB}): ${mockFiles.join(', ')}`)
  console.log(`mock chunk ${mockChunk.file}: ${kib(mockBytes)} KiB gzip with its static imports beyond the initial chunks (${mockFiles.length} files; budget ${MOCK_BUDGET_KIB})`)
}
// The idle route preload links the likely next pages' stylesheets before they are opened
// (src/router/prefetch.ts). That leaves the page the user is on as it is only while every rule of a
// lazy module's CSS is scoped to its components (`[data-v-…]`, `:deep()` included): a global rule
// there (`:global()`, an unscoped <style>) would restyle it. Keyframe steps name no element.
const routeChunksFile = readFileSync('src/router/routeChunksFile.ts', 'utf8').match(/ROUTE_CHUNKS_FILE = '([^']+)'/)?.[1]
const routeChunks = routeChunksFile && existsSync(join(dist, routeChunksFile)) ? JSON.parse(readFileSync(join(dist, routeChunksFile), 'utf8')) : null
if (!routeChunks) failures.push(`no map of the lazy modules' files (${routeChunksFile ?? 'ROUTE_CHUNKS_FILE'}, scripts/vite/routeChunks.ts)`)
else {
  const lazyCss = [...new Set(Object.values(routeChunks).flat())].filter((file) => file.endsWith('.css'))
  for (const file of lazyCss) {
    const css = readFileSync(join(dist, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
    const selectors = [...css.matchAll(/(?:^|[{}])\s*([^{}@;]+)\{/g)].flatMap((match) => match[1].split(',').map((selector) => selector.trim()))
    const global = selectors.filter((selector) => selector && !selector.includes('[data-v-') && !/^(from|to|[\d.]+%)$/.test(selector))
    if (global.length) failures.push(`${file}, a lazy module's stylesheet (the idle preload may link it before its page opens), has rules for the whole page: ${global.slice(0, 3).join(', ')}`)
  }
}
if (failures.length) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'))
  process.exit(1)
}
console.log(`✓ no MSW, message compiler, PDF or QR code library before paint; ${lazyViews.length} lazy views and a lazy shell; the QA workbench lazy${mocksOffChecked ? `, absent from ${mocksOff} (mocks off)` : ` (no mocks-off build in ${mocksOff} to check)`}`)
