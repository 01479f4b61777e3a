// One registry of everything QA can tune and every storage key the mock uses, so a setting is
// defined once (its key, its default) and read the same way in the browser and in the API server.
// In the browser the values live in localStorage and survive a reload; `npm run api` reads them
// from the environment (see mocks/server.ts) with what the QA endpoints write kept in memory over
// it. Under Vitest nothing stored applies (tests move the clock with vi.setSystemTime); only what
// a test writes with setQaSetting does, until the next test (tests/setup.ts clears it).
import { defaultNetworkSettings, parseNetworkSettings, type NetworkSettings } from './networkRules'

/** Storage keys of the mock backend (browser localStorage). */
export const STORAGE_KEYS = {
  /** The whole mock database (one versioned JSON document). */
  db: 'ccp.mockDb',
  /** The stamp the mock writes beside it (kernel/dbCheck.ts): copied with it, a pair. */
  dbStamp: 'ccp.mockDb.stamp',
  /** This browser's simulated client (its IP and location, mocks/kernel/clientAddress.ts); not part of the data, so Reset keeps it. */
  clientId: 'ccp.mock.clientId',
  /** sessionStorage: the `?qa-freeze=` value this tab has applied (a reload of the same URL does not freeze again). */
  qaFreezeApplied: 'ccp.mock.qaFreezeApplied',
} as const

/** The QA settings (localStorage keys; `npm run api`: MOCK_CLOCK, MOCK_NETWORK, see mocks/server.ts). */
export const QA_SETTINGS = {
  /** The mock clock: JSON {offsetMs, frozenAt} (mocks/kernel/clock.ts). */
  clock: 'ccp.mock.clock',
  /** The simulated network: JSON {latency: {min, max}, rules} (mocks/kernel/networkRules.ts). */
  network: 'ccp.mock.network',
  /**
   * `1`: the panel's requests go through the service worker once it has started, so that the
   * browser's network panel lists them (each then costs a round trip with the worker). Otherwise
   * the page answers them itself (mocks/kernel/inPageBackend.ts). Browser only.
   */
  throughWorker: 'ccp.mock.throughWorker',
} as const

/**
 * How long the simulated backend's "after a while" steps take, in milliseconds of the mock clock.
 * Fixed: QA moves the clock (the workbench, POST /api/v1/__qa/clock) instead of tuning them.
 */
export const DELAYS_MS = {
  /** Support answers a ticket message. */
  supportReply: 4_000,
  /** The referral program approves a request. */
  referralReview: 20_000,
  /** Support confirms a changed profile value (closing its ticket first withdraws the change). */
  profileConfirm: 30_000,
  /** The GDPR personal data archive is ready. */
  gdprArchive: 3_000,
  /** The simulated bank confirms an SBP payment (the customer "scanned the QR code"). */
  sbpConfirm: 15_000,
  /** The simulated bank credits a bank transfer paid under an invoice. */
  bankTransferCredit: 180_000,
  /** An ordered service (cloud or dedicated server) is created and becomes active. */
  serviceCreate: 60_000,
} as const

export type DelayName = keyof typeof DELAYS_MS

export const SUPPORT_REPLY_DELAY_MS = DELAYS_MS.supportReply
export const REFERRAL_REVIEW_DELAY_MS = DELAYS_MS.referralReview
export const PROFILE_CONFIRM_DELAY_MS = DELAYS_MS.profileConfirm

/** Where settings are read from: localStorage in the browser, the environment in the API server. */
export type QaSettingSource = (key: string) => string | null

const underTest = () => import.meta.env?.MODE === 'test'

function browserSource(key: string): string | null {
  if (typeof window === 'undefined' || underTest()) return null
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

let source: QaSettingSource = browserSource
let networkCache: { raw: string | null; settings: NetworkSettings } | null = null
/** What was written where localStorage is not the store (the API server, tests); null = removed. */
const overlay = new Map<string, string | null>()

/** The API server reads its settings elsewhere (environment variables). */
export function setQaSettingSource(next: QaSettingSource): void {
  source = next
  overlay.clear()
  networkCache = null
}

/** Forgets every setting written in memory (tests/setup.ts, before each test). */
export function clearQaSettingOverlay(): void {
  overlay.clear()
}

export function qaSetting(key: string): string | null {
  return overlay.has(key) ? (overlay.get(key) ?? null) : source(key)
}

function writesToBrowser(): boolean {
  return source === browserSource && typeof window !== 'undefined' && !underTest()
}

/** Sets (or, with null, removes) a setting: in localStorage in the browser, in memory elsewhere. */
export function setQaSetting(key: string, value: string | null): void {
  if (writesToBrowser()) {
    try {
      if (value === null) window.localStorage.removeItem(key)
      else window.localStorage.setItem(key, value)
      return
    } catch {
      // A full or blocked storage: keep the value for this page at least.
    }
  }
  overlay.set(key, value)
}

/** The latency when nothing is set: 100–400 ms in the browser, none under Vitest. */
function fallbackNetwork(): NetworkSettings {
  return source === browserSource && (typeof window === 'undefined' || underTest()) ? { latency: { min: 0, max: 0 }, rules: [] } : defaultNetworkSettings()
}

/** The simulated network in effect (a missing or broken value gives the default). */
export function networkSettings(): NetworkSettings {
  const raw = qaSetting(QA_SETTINGS.network)
  if (!networkCache || networkCache.raw !== raw) networkCache = { raw, settings: parseNetworkSettings(raw) ?? fallbackNetwork() }
  return networkCache.settings
}

export function setNetworkSettings(settings: NetworkSettings): void {
  setQaSetting(QA_SETTINGS.network, JSON.stringify(settings))
}
