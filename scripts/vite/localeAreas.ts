// `import('…/locales/en.json?area=core')` loads only the keys of that area of the locale (the
// groups and their key paths: src/i18n/areas.ts), so each language's messages are a few chunks
// that load apart, and the entry carries none of them. The file stays whole on disk: this plugin
// only cuts what an import with `?area=` gets; @intlify/unplugin-vue-i18n then precompiles it as
// it does the whole file (its filter matches the id with the query).
import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'
import { areaMessages, isAreaName, type MessageTree } from '../../src/i18n/areas.ts'

// The dev server adds its own flags to the query (`?import&area=core`).
const AREA_REQUEST = /^(.*[\\/]locales[\\/][a-z]{2}\.json)\?(.*)$/

export function localeAreas(): Plugin {
  return {
    name: 'ccp:locale-areas',
    enforce: 'pre',
    async load(id) {
      const match = AREA_REQUEST.exec(id)
      if (!match) return null
      const [, file, query] = match as unknown as [string, string, string]
      const area = new URLSearchParams(query).get('area')
      if (area === null) return null
      if (!isAreaName(area)) this.error(`unknown locale area "${area}" in ${id} (see src/i18n/areas.ts)`)
      this.addWatchFile(file)
      const messages = JSON.parse(await readFile(file, 'utf8')) as MessageTree
      return JSON.stringify(areaMessages(messages, area))
    },
  }
}
