// `npm run api`: the mock API as an HTTP server. mocks/ is TypeScript with the `@/` alias of
// vite.config.ts, which Node cannot run by itself, so Vite's SSR module loader runs it (no build
// step, no extra package). Options: see mocks/server.ts and the README (PORT, HOST, MOCK_DB_FILE,
// MOCK_LATENCY…, QUIET, CORS_ORIGINS; `--reset` starts from the seed).
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))

const vite = await createServer({
  root,
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  appType: 'custom',
  logLevel: 'warn',
  clearScreen: false,
  // Only the module loader: no dev server, no HMR socket, no file watching, no dependency scan.
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
})

let server
try {
  const { apiServerOptions, startApiServer } = await vite.ssrLoadModule('/mocks/server.ts')
  server = await startApiServer(apiServerOptions(process.env, process.argv.slice(2), root))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await vite.close()
  process.exit(1)
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close()
    server.closeAllConnections()
    void vite.close().finally(() => process.exit(0))
  })
}
