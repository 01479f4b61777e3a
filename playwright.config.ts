// End-to-end tests against the production build served by `vite preview`, in the system Chromium
// (no browser download works here). CHROMIUM_PATH points at another Chrome/Chromium binary.
//
// Two projects: "e2e" (tests/e2e) against the usual build with the in-browser mocks, and
// "api-smoke" (tests/e2e-api) against the build with the mocks off (`npm run build:api-smoke` →
// dist-api) talking to `npm run api` on 127.0.0.1:8787, the URL that build has baked in.
import { defineConfig } from '@playwright/test'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// E2E_PORT / E2E_DIST let several people test their own build side by side.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_DIST ?? 'dist'

const apiSmoke = { port: Number(process.env.E2E_API_SMOKE_PORT ?? 4175), apiPort: 8787, outDir: 'dist-api' }
// A data file of its own, emptied at the server's start (--reset); the specs reset it again by
// deleting it (tests/e2e-api/support.ts). Set here once, so the workers inherit the same path.
const apiSmokeDbFile = (process.env.API_SMOKE_DB_FILE ??= join(tmpdir(), 'ccp-api-smoke', 'db.json'))

// Playwright starts every webServer whatever the run selects; start only those of the projects
// this run can reach (`--project`, or file filters: a path under tests/e2e-api selects api-smoke),
// so `playwright test tests/e2e/x.spec.ts` needs neither dist-api nor port 8787.
const args = process.argv.slice(2)
const projectArgs = args.flatMap((arg, at) => {
  if (arg.startsWith('--project=')) return [arg.slice('--project='.length)]
  if (arg !== '--project') return []
  const rest = args.slice(at + 1)
  const end = rest.findIndex((next) => next.startsWith('-'))
  return end < 0 ? rest : rest.slice(0, end)
})
const fileFilters = args.filter((arg) => !arg.startsWith('-') && /\.spec|tests\/|e2e/.test(arg) && !projectArgs.includes(arg))
function runs(project: 'e2e' | 'api-smoke'): boolean {
  if (projectArgs.length > 0) return projectArgs.includes(project)
  if (fileFilters.length > 0) return fileFilters.some((filter) => filter.includes('e2e-api') === (project === 'api-smoke'))
  return true
}

export default defineConfig({
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    locale: 'en-US',
    // The DOM snapshots of every step are kept for a failed test; the screencast behind the
    // timeline's thumbnails is not recorded: it took about a third of the suite's CPU time.
    trace: { mode: 'retain-on-failure', screenshots: false },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'e2e', testDir: 'tests/e2e', use: { baseURL: `http://127.0.0.1:${port}` } },
    {
      name: 'api-smoke',
      testDir: 'tests/e2e-api',
      // One shared server state: the specs run one at a time and each starts from the seed.
      fullyParallel: false,
      workers: 1,
      use: { baseURL: `http://127.0.0.1:${apiSmoke.port}` },
    },
  ],
  webServer: [
    ...(runs('e2e')
      ? [
          {
            command: `npx vite preview --outDir ${outDir} --port ${port} --strictPort --host 127.0.0.1`,
            url: `http://127.0.0.1:${port}`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
    ...(runs('api-smoke')
      ? [
          {
            // Never reused: the specs must not run against someone's own `npm run api` data.
            command: 'node scripts/api-server.mjs --reset',
            url: `http://127.0.0.1:${apiSmoke.apiPort}/api/v1/demo/personas`,
            env: { PORT: String(apiSmoke.apiPort), HOST: '127.0.0.1', MOCK_DB_FILE: apiSmokeDbFile, QUIET: '1' },
            reuseExistingServer: false,
            timeout: 60_000,
          },
          {
            command: `npx vite preview --outDir ${apiSmoke.outDir} --port ${apiSmoke.port} --strictPort --host 127.0.0.1`,
            url: `http://127.0.0.1:${apiSmoke.port}`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]
      : []),
  ],
})
