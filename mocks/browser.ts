import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'
import { onDbReset, type DbResetReason } from './kernel/db'

export const worker = setupWorker(...handlers)

export interface MockWorkerOptions {
  /** Told when the stored demo data was broken or outdated and has been seeded afresh. */
  onDataReset?: (reason: DbResetReason) => void
}

/** Starts the service worker registered under Vite's base URL; requests outside /api pass through. */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<void> {
  if (options.onDataReset) onDbReset(options.onDataReset)
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}
