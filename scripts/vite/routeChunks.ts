// `assets/route-chunks.json`: for each lazily imported module of the build (the router's pages among
// them), the files its import() loads: its chunk, the chunks it imports, their CSS. The idle route
// prefetch (src/router/prefetch.ts) asks the browser to preload those files, without running them:
// a page's code that only might be opened next is fetched and compiled, and its module state (and
// the heap it takes) waits for the click. Keys are source paths from the project root
// (`src/views/TicketsView.vue`), files are relative to the base URL (`assets/TicketsView-….js`).
import { relative, sep } from 'node:path'
import type { Plugin } from 'vite'
import { ROUTE_CHUNKS_FILE } from '../../src/router/routeChunksFile.ts'

/** The parts of the bundle's chunks this reads (Vite adds `viteMetadata` to each). */
type Chunk = { type: 'chunk'; fileName: string; imports: string[]; viteMetadata?: { importedCss: Set<string> } }
type Bundle = Record<string, Chunk | { type: 'asset' }>

/** What loading `entry` fetches: the chunk, its static imports (transitively) and their CSS. */
function filesOf(entry: Chunk, bundle: Bundle): string[] {
  const files = new Set<string>()
  const visit = (chunk: Chunk) => {
    if (files.has(chunk.fileName)) return
    files.add(chunk.fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
    for (const name of chunk.imports) {
      const imported = bundle[name]
      if (imported?.type === 'chunk') visit(imported)
    }
  }
  visit(entry)
  return [...files]
}

export function routeChunks(): Plugin {
  let root = process.cwd()
  return {
    name: 'ccp:route-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    generateBundle(_options, bundle) {
      const map: Record<string, string[]> = {}
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.isDynamicEntry || !output.facadeModuleId) continue
        const source = relative(root, output.facadeModuleId).split(sep).join('/')
        if (source.startsWith('src/')) map[source] = filesOf(output, bundle as Bundle)
      }
      this.emitFile({ type: 'asset', fileName: ROUTE_CHUNKS_FILE, source: JSON.stringify(map) })
    },
  }
}
