// The mock worker's chunk (mocks/browser.ts) is a dynamic import of the entry, so it stays out of
// the initial JS, but the browser would only ask for it once the entry has run. This plugin adds a
// <link rel="modulepreload"> for it (and the chunks it alone imports) to index.html: it downloads
// and compiles while the entry does, and the first API call no longer waits for it.
// A build with the mocks off has no such chunk, and nothing is added.
import type { Plugin } from 'vite'

const MOCK_ENTRY = /[\\/]mocks[\\/]browser\.ts$/

export function preloadMockWorker(): Plugin {
  return {
    name: 'ccp:preload-mock-worker',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk')
        const mock = chunks.find((chunk) => chunk.facadeModuleId && MOCK_ENTRY.test(chunk.facadeModuleId))
        if (!mock) return html
        // The chunk and everything it imports statically, however deep (yup comes in through the schemas).
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const closure = new Set<string>()
        const visit = (file: string) => {
          if (closure.has(file)) return
          closure.add(file)
          for (const imported of byFile.get(file)?.imports ?? []) visit(imported)
        }
        visit(mock.fileName)
        const files = [...closure].filter((file) => !html.includes(`/${file}"`))
        return {
          html,
          tags: files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
        }
      },
    },
  }
}
