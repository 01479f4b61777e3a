// One registry of everything QA can tune and every storage key the mock uses, so a setting is
// defined once (its key, its default) and read the same way in the browser and in the API server.
// In the browser the values live in localStorage and survive a reload; `npm run api` reads them
// from the environment (see mocks/server.ts). Under Vitest none apply: tests set things up
// themselves and move the clock (vi.setSystemTime) instead of waiting.

/** Storage keys of the mock backend (browser localStorage). */
export const STORAGE_KEYS = {
  /** The whole mock database (one versioned JSON document). */
  db: 'ccp.mockDb',
  /** This browser's simulated client (its IP and location, mocks/kernel/clientAddress.ts); not part of the data, so Reset keeps it. */
  clientId: 'ccp.mock.clientId',
} as const

/** Delays of the simulated backend's "after a while" steps, in milliseconds of the mock clock. */
export const QA_DELAYS = {
  /** Support answers a ticket message. */
  supportReply: { key: 'ccp.mock.supportReplyDelay', defaultMs: 4_000 },
  /** The referral program approves a request. */
  referralReview: { key: 'ccp.mock.referralReviewDelay', defaultMs: 20_000 },
  /** Support confirms a changed profile value (closing its ticket first withdraws the change). */
  profileConfirm: { key: 'ccp.mock.profileConfirmDelay', defaultMs: 30_000 },
  /** The GDPR personal data archive is ready. */
  gdprArchive: { key: 'ccp.mock.gdprArchiveDelay', defaultMs: 3_000 },
  /** The simulated bank confirms an SBP payment (the customer "scanned the QR code"). */
  sbpConfirm: { key: 'ccp.mock.sbpConfirmDelay', defaultMs: 15_000 },
  /** The simulated bank credits a bank transfer paid under an invoice. */
  bankTransferCredit: { key: 'ccp.mock.bankTransferCreditDelay', defaultMs: 180_000 },
  /** An ordered service (cloud or dedicated server) is created and becomes active. */
  serviceCreate: { key: 'ccp.mock.serviceCreateDelay', defaultMs: 60_000 },
} as const

export type QaDelayName = keyof typeof QA_DELAYS

/** The simulated network: `"0"`, `"1500"` or `"100-400"` ms; `"GET /home/summary, * /settings"`. */
export const QA_NETWORK = {
  latency: { key: 'ccp.mock.latency', defaultRange: [100, 400] as [number, number] },
  fail: { key: 'ccp.mock.fail' },
} as const

export const SUPPORT_REPLY_DELAY_MS = QA_DELAYS.supportReply.defaultMs
export const REFERRAL_REVIEW_DELAY_MS = QA_DELAYS.referralReview.defaultMs
export const PROFILE_CONFIRM_DELAY_MS = QA_DELAYS.profileConfirm.defaultMs

/** Where settings are read from: localStorage in the browser, the environment in the API server. */
export type QaSettingSource = (key: string) => string | null

function browserSource(key: string): string | null {
  if (typeof window === 'undefined' || import.meta.env?.MODE === 'test') return null
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

let source: QaSettingSource = browserSource

/** The API server reads its settings elsewhere (environment variables). */
export function setQaSettingSource(next: QaSettingSource): void {
  source = next
}

export function qaSetting(key: string): string | null {
  return source(key)
}

/** A QA-tunable delay; a missing or bad value gives the default. */
export function qaDelay(name: QaDelayName): number {
  const { key, defaultMs } = QA_DELAYS[name]
  const raw = qaSetting(key)
  const value = raw === null ? Number.NaN : Number.parseInt(raw, 10)
  return Number.isNaN(value) || value < 0 ? defaultMs : value
}

/** The latency range in ms; zero where no setting source applies (tests). */
export function latencyRange(): [number, number] {
  if (source === browserSource && (typeof window === 'undefined' || import.meta.env?.MODE === 'test')) return [0, 0]
  const raw = qaSetting(QA_NETWORK.latency.key)
  if (raw === null) return QA_NETWORK.latency.defaultRange
  const [min, max] = raw.split('-').map((n) => Number.parseInt(n, 10))
  if (min === undefined || Number.isNaN(min)) return QA_NETWORK.latency.defaultRange
  return [min, max === undefined || Number.isNaN(max) ? min : max]
}

/** Whether QA asked this request to fail (`METHOD suffix` rules, `*` = any method). */
export function qaForcedFailure(method: string, path: string): boolean {
  const raw = qaSetting(QA_NETWORK.fail.key)
  if (!raw) return false
  return raw
    .split(',')
    .map((rule) => rule.trim().split(/\s+/))
    .some(([m, p]) => p !== undefined && (m === '*' || m?.toUpperCase() === method) && path.endsWith(p))
}
