import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import { preloadFonts } from './scripts/vite/preloadFonts.ts'
import { preloadMockWorker } from './scripts/vite/preloadMockWorker.ts'
import { localeAreas } from './scripts/vite/localeAreas.ts'
import { compactMessages } from './scripts/vite/compactMessages.ts'
import { firstScreenChunks } from './scripts/vite/chunkGroups.ts'
import { moduleMap } from './scripts/vite/moduleMap.ts'
import { routeChunks } from './scripts/vite/routeChunks.ts'

export default defineConfig({
  plugins: [
    vue(),
    // `locales/<lang>.json?area=core|rest`: one group of a locale's keys (src/i18n/areas.ts).
    localeAreas(),
    // Precompiles locales/*.json at build time, so the runtime ships without the message compiler.
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./locales/**', import.meta.url)), fileURLToPath(new URL('./src/qa/locales/**', import.meta.url))],
      runtimeOnly: true,
      dropMessageCompiler: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
    }),
    // …then as compact data: static texts without their unread AST items, parsed from JSON.
    compactMessages(),
    preloadMockWorker(),
    preloadFonts(),
    moduleMap(),
    // assets/route-chunks.json: each lazy module's files, for the idle route prefetch.
    routeChunks(),
  ],
  // Vue's compile-time flags: every component is <script setup> (no Options API), no devtools or
  // hydration details in production. Smaller and faster to start than Vue's defaults.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
      // MSW's cookie store needs tough-cookie (and with it tldts, the public suffix list: ~300 KB of
      // the mock chunk); this mock API uses no cookies, so an always-empty jar stands in for it.
      'tough-cookie': fileURLToPath(new URL('./mocks/kernel/noCookieJar.ts', import.meta.url)),
    },
  },
  // The manifest (and moduleMap's .vite/modules.json) let scripts/check-bundle.mjs verify what each chunk holds.
  build: {
    manifest: true,
    // The first screen's modules in a few larger chunks, not dozens of small ones (chunkGroups.ts).
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [firstScreenChunks()],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
})
