// The mock's service worker, a chunk of its own: msw's browser part (the worker's client, its
// messages, the interceptors it falls back to) is loaded and started only once the first page is
// idle (mocks/browser.ts); until then the page answers its own requests (kernel/inPageBackend.ts).
import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'

/** Registers the worker under Vite's base URL and starts it; requests outside /api pass through. */
export function startWorker(): Promise<unknown> {
  return setupWorker(...handlers).start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}
