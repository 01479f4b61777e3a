// Byte sizes of a production build, as the benchmark and check:bundle count them (gzip level 9,
// KiB = 1024 B), read from the build's .vite/manifest.json and index.html.
//
// - initial JS: the scripts index.html loads or modulepreloads (the entry and its static imports),
//   except the mock worker's chunk, which is counted on its own (a build with the mocks off has none).
// - mock chunk: the chunk of mocks/browser.ts (the baseline's src/mocks/browser.ts) plus the chunks it
//   imports statically that the initial JS does not already hold.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export const MOCK_SOURCES = ['mocks/browser.ts', 'src/mocks/browser.ts']

export const kib = (bytes) => bytes / 1024

export function readManifest(dist) {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
}

export function gzipSize(dist, files) {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0)
}

/** A chunk's file and the files of every chunk it imports statically. */
export function staticClosure(manifest, key, seen = new Set()) {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen)
  return seen
}

/** The JS files index.html loads before anything runs: its module script and modulepreloads. */
export function htmlScripts(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const files = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const ref = /\b(?:src|href)="\/?([^"]+\.js)"/.exec(tag)
    if (ref && (tag.startsWith('<script') || /rel="modulepreload"/.test(tag))) files.push(ref[1])
  }
  return files
}

function entryKey(manifest) {
  return Object.keys(manifest).find((key) => manifest[key].isEntry)
}

/** The mock's chunk and the chunks only it imports (index.html may modulepreload them all). */
export function mockChunkFiles(dist, manifest = readManifest(dist)) {
  const key = MOCK_SOURCES.find((source) => manifest[source])
  if (!key) return []
  const entryFiles = staticClosure(manifest, entryKey(manifest))
  return [...staticClosure(manifest, key)].filter((file) => file.endsWith('.js') && !entryFiles.has(file))
}

/** The entry, its static imports and whatever else index.html loads, but the mock's own chunks. */
export function initialJsFiles(dist, manifest = readManifest(dist)) {
  const mock = new Set(mockChunkFiles(dist, manifest))
  const files = new Set([...htmlScripts(dist), ...staticClosure(manifest, entryKey(manifest))])
  return [...files].filter((file) => file.endsWith('.js') && !mock.has(file))
}

/** {initialJs, mockChunk} in bytes, gzipped. */
export function buildSizes(dist) {
  if (!existsSync(join(dist, '.vite/manifest.json'))) throw new Error(`${dist}: no .vite/manifest.json (build with build.manifest)`)
  const manifest = readManifest(dist)
  return {
    initialJs: gzipSize(dist, initialJsFiles(dist, manifest)),
    mockChunk: gzipSize(dist, mockChunkFiles(dist, manifest)),
  }
}
