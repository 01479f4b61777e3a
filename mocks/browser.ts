import type { InPageBackend } from '@/api/client'
import { whenIdle } from '@/composables/whenIdle'
import { handlers } from './handlers'
import { setFrozenClock } from './kernel/clock'
import { deferBookkeepingWrites, onDbReset, type DbResetReason } from './kernel/db'
import { checkStoredDbOffThread } from './kernel/dbCheckOffThread'
import { loadDbStateValidator, needsDbCheckBeforeUse } from './kernel/dbCheck'
import { inPageBackend } from './kernel/inPageBackend'
import { networkSettings, QA_SETTINGS, qaSetting, setNetworkSettings, STORAGE_KEYS } from './kernel/qaSettings'
import { dbStorage } from './kernel/storage'

export interface MockBackendOptions {
  /** Told when the stored demo data was broken or outdated and has been seeded afresh. */
  onDataReset?: (reason: DbResetReason) => void
  /** Given the mock's answer to the page's own requests (the API client's) as soon as the data can be read. */
  serveInPage?: (backend: InPageBackend | null) => void
}

/**
 * `?qa-freeze=<ISO time>` in the page's URL (screenshots, a designer's fixed scene): the mock clock
 * stops at that time and the latency goes to 0, before any request. Once per value in a tab, so a
 * reload of the same URL keeps what QA did since (advancing the clock); an invalid time is ignored.
 */
export function applyQaFreeze(search: string): void {
  const value = new URLSearchParams(search).get('qa-freeze')
  if (!value || sessionStorage.getItem(STORAGE_KEYS.qaFreezeApplied) === value) return
  if (Number.isNaN(Date.parse(value))) {
    console.warn(`[mock] ?qa-freeze=${value} is not a time (e.g. 2026-01-15T10:00:00+03:00): ignored`)
    return
  }
  setFrozenClock(value)
  setNetworkSettings({ ...networkSettings(), latency: { min: 0, max: 0 } })
  sessionStorage.setItem(STORAGE_KEYS.qaFreezeApplied, value)
}

/**
 * Resolves once the mock can answer. The page answers its own requests (kernel/inPageBackend.ts):
 * through the service worker, each would cost a message round trip with this page's busy main
 * thread (a route change home → Tickets measured 0.69x without it), and a reload would wait for
 * the worker's registration and handshake (400–600 ms at 4x CPU). The worker (./worker.ts), which
 * answers calls made from the console or a script, loads and starts once the first page has what
 * it asked for and the browser is idle; with QA's `throughWorker` setting the panel's requests go
 * through it from then on, listed in the browser's network panel. Without a worker (a browser
 * that gives none to this page) the page answers everything itself.
 * The check of the stored data (kernel/dbCheck.ts) is a chunk of its own: stored data without this
 * mock's stamp waits for it; data with the stamp is used at once and checked in full, in a worker,
 * when the page is idle.
 */
export async function startMockBackend(options: MockBackendOptions = {}): Promise<void> {
  if (options.onDataReset) onDbReset(options.onDataReset)
  // "Last active" and the like wait for an idle moment to be stored. Nothing is done on pagehide:
  // the page that unloads must not hold up the next one (msw's worker is handing over then), and a
  // hint lost that way is written again by the next page's first request.
  deferBookkeepingWrites((flush) => whenIdle(flush))
  applyQaFreeze(window.location.search)
  const storage = dbStorage()
  const raw = storage.read()
  const checkFirst = needsDbCheckBeforeUse(raw, storage.readStamp?.() ?? null)
  // Should it fail to load, the first request that reads the data tries again.
  if (checkFirst) await loadDbStateValidator().catch(() => {})
  if (raw !== null && !checkFirst) whenIdle(() => void checkStoredDbOffThread())
  const answerInPage = inPageBackend(handlers)
  let workerStarted = false
  options.serveInPage?.((request) => (workerStarted && qaSetting(QA_SETTINGS.throughWorker) === '1' ? fetch(request) : answerInPage(request)))
  whenIdle(() => {
    import('./worker')
      .then(({ startWorker }) => startWorker())
      .then(
        () => (workerStarted = true),
        (error: unknown) => console.warn('[mock] the service worker did not start; the page answers its own requests', error),
      )
  })
}
