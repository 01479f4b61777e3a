// The interface font (Inter, src/styles/fonts.css) is declared by the entry's stylesheet, so the
// browser asks for its files only once the first screen's text is laid out: that text is laid out
// in the fallback font first (the first layout of a page, which finds the system fonts, is the
// slowest), then again in Inter when the files arrive. This plugin adds a <link rel="preload"> to
// index.html for every font file the entry's stylesheet names: they download beside the scripts
// and the first screen is laid out once, in Inter. (They are small: six subsets of 8 to 24 KB.)
import type { Plugin } from 'vite'

const FONT_URL = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g

export function preloadFonts(): Plugin {
  let base = '/'
  return {
    name: 'ccp:preload-fonts',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((match) => match[1]!.slice(base.length))
        const fonts = new Set<string>()
        for (const file of stylesheets) {
          const asset = bundle[file]
          if (asset?.type !== 'asset') continue
          for (const [, url] of String(asset.source).matchAll(FONT_URL)) fonts.add(new URL(url!, `http://x${base}${file}`).pathname)
        }
        return {
          html,
          tags: [...fonts].map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href }, injectTo: 'head' as const })),
        }
      },
    },
  }
}
