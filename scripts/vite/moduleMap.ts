// Writes .vite/modules.json beside Vite's manifest: for each source module of the build (a path
// relative to the project, as the manifest names them), the chunk file that holds its code. The
// manifest only names a chunk's facade module; a chunk that groups many modules (chunkGroups.ts)
// has none, so scripts/check-bundle.mjs asks this map where a module ended up.
import { relative } from 'node:path'
import type { Plugin } from 'vite'

export function moduleMap(): Plugin {
  let root = process.cwd()
  return {
    name: 'ccp:module-map',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    generateBundle(_options, bundle) {
      const files: Record<string, string> = {}
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue
        for (const id of Object.keys(item.modules)) {
          // Vue's sub-modules (`App.vue?vue&type=style…`) and virtual ones (`\0…`) are named by their file.
          if (id.startsWith('\0')) continue
          files[relative(root, id.replace(/\?.*$/, '')).replaceAll('\\', '/')] ??= item.fileName
        }
      }
      this.emitFile({ type: 'asset', fileName: '.vite/modules.json', source: JSON.stringify(files, null, 1) })
    },
  }
}
