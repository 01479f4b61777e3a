import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'

export default defineConfig({
  plugins: [
    vue(),
    // Precompiles locales/*.json at build time, so the runtime ships without the message compiler.
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./locales/**', import.meta.url)), fileURLToPath(new URL('./src/qa/locales/**', import.meta.url))],
      runtimeOnly: true,
      dropMessageCompiler: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
    },
  },
  // The manifest lets scripts/check-bundle.mjs verify what the entry chunk holds.
  build: {
    manifest: true,
    // The shell's icons (lucide, named imports: only those used) in a chunk of their own, not in
    // the entry's code: cached apart from it, and check:bundle can tell they are only a few.
    rolldownOptions: { output: { codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'icons', test: /node_modules[\\/]lucide-vue-next[\\/]/ }] } } },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
})
