// The shape of the mock backend's data. One plain object, persisted as JSON (see db.ts; checked against contract/dbState.schema.json when read).
import type { AccountType, BalanceKind, CityCode, LoginResult, ProfileFieldName, ProfileOriginals, Residency, Role, ServiceConfiguration, UserSettings } from '@/api/types'

/** One balance: money (topped up, transferable) and bonuses (spent after money, never moved). Kopecks. */
export interface DbBalance {
  money: number
  bonus: number
}

export interface DbAccount {
  id: string
  /** The contract number customers see and quote (six digits, unique). */
  number: string
  type: AccountType
  residency: Residency
  createdAt: string
  /** Personal discount in percent, if the account has one. */
  discountPercent: number | null
  /** The main balance and one per service type; a service is paid from its type's balance. */
  balances: Record<BalanceKind, DbBalance>
  /** The referral program's rewards, transferable to the main balance only (kopecks). */
  referralKopecks: number
  /** Incremented by every money movement (mocks/balance/ledger.ts): a transfer sent with an older one is 409. */
  balanceVersion: number
  /** Profile data by field name; extended by the profile feature. */
  profile: Record<string, string>
  /** Incremented on every profile change; sent as the ETag. */
  profileVersion: number
  /** Profile changes waiting for support to confirm them (mocks/profile/confirm.ts). */
  pendingChanges?: DbPendingChange[]
  /** "Original billing documents" (resident Business, Sole trader, State institution). */
  originals?: ProfileOriginals | null
  /** The GDPR personal data archive last requested (non-resident Business). */
  gdprArchive?: { requestedAt: string; readyAt: string } | null
  /** Connected services; an account with active ones cannot be deleted. */
  services?: DbService[]
  /** The account whose referral link this one registered through. */
  referredBy?: string
}

/** A changed profile value that applies once support confirms it in `ticketId`. */
export interface DbPendingChange {
  field: ProfileFieldName
  oldValue: string
  newValue: string
  ticketId: string
  /** Set when a user (not the main administrator) changes their own contact details. */
  userId: string | null
  createdAt: string
  /** When the simulated support confirms it. */
  confirmAt: string
}

/** The kind of a service is the balance that pays it. */
export type ServiceType = Exclude<BalanceKind, 'main'>

export interface DbService {
  id: string
  name: string
  type: ServiceType
  /** What it is, by kind; the client words it in the user's language. */
  configuration: ServiceConfiguration
  status: 'creating' | 'active' | 'stopped'
  /** Why a stopped service stopped: a user's "Stop", or its balance ran out (the home page's notice). */
  stoppedReason: 'user' | 'balance' | null
  /** After every discount: an hourly service is charged 1/720 of it an hour, a prepaid one the period. */
  pricePerMonthKopecks: number
  /** When it was ordered. */
  since: string
  /** A service being created becomes active then (mock clock); null otherwise. */
  readyAt: string | null
  /** A prepaid (dedicated) server's paid period ends then and renews from its balance; null for hourly services. */
  paidUntil: string | null
  /** Charged up to this time (hourly, mocks/balance/charges.ts); a stopped service is not charged. */
  chargedUntil: string
}

export interface DbUser {
  id: string
  accountId: string
  email: string
  /** PBKDF2 of the password (mocks/auth/passwords.ts: `pbkdf2-sha256$<iterations>$<salt>$<hash>`), never the password. */
  passwordHash: string
  name: string
  role: Role
  status: 'active' | 'invited'
  createdAt: string
  settings: UserSettings
  /** A user's (not the main administrator's) own contact details; the administrator's are the account's. */
  contact?: Record<string, string>
  /** Incremented when `contact` changes; part of that user's profile ETag. */
  contactVersion?: number
  /** When the main administrator first invited this user (absent for one who registered). */
  invitedAt?: string | null
  /** The current (or the accepted) invitation; absent for one who registered. */
  invitation?: DbInvitation | null
  /** Two-step authentication, when on. */
  twoFactor?: DbTwoFactor | null
  /** A "Turn on" begun and not yet finished with a code. */
  twoFactorSetup?: { secret: string; expiresAt: string } | null
}

/** An invitation to join an account: its link carries a token the data keeps only as a hash. */
export interface DbInvitation {
  /** SHA-256 (hex) of the token in the `/invite/<token>` link. */
  tokenHash: string
  /** When this link was sent (a resend makes a new link and a new time). */
  sentAt: string
  expiresAt: string
  /** The user id of the main administrator who invited. */
  invitedBy: string
  /** Set when accepted: the link then says it was used. */
  acceptedAt: string | null
  /** The invited person asked the administrators for a new link (once per link). */
  renewalRequestedAt: string | null
}

/** An API key: its secret is kept only as a SHA-256 hash (a random 40-character secret needs no slow hash). */
export interface DbApiKey {
  id: string
  userId: string
  name: string
  access: 'full' | 'readOnly'
  secretHash: string
  /** `ccp_` and the next 4 characters, and the last 4: enough to recognise a key, never to use it. */
  prefix: string
  last4: string
  /** Addresses or CIDR ranges the key may be used from; empty: any. */
  allowedIps: string[]
  createdAt: string
  expiresAt: string | null
  enabled: boolean
  lastUsedAt: string | null
  lastUsedIp: string | null
  /** After a rotation: the previous secret, which keeps working until `validUntil`. */
  previous: { secretHash: string; validUntil: string } | null
}

export interface DbTwoFactor {
  /** The TOTP shared secret, base32 (the server needs it to check codes, so it cannot be a hash). */
  secret: string
  enabledAt: string
  /** SHA-256 hashes (hex) of the unused backup codes; a used one is removed. */
  backupCodeHashes: string[]
  /** The last 30-second time step whose code was accepted: a code is never accepted twice. */
  lastUsedStep: number
}

/** Where a request came from, as the simulated backend sees it (mocks/kernel/clientAddress.ts). */
export interface DbClientOrigin {
  ip: string
  city: CityCode
  /** ISO 3166-1 alpha-2. */
  country: string
  userAgent: string
}

export interface DbSession {
  /** The public id (the sessions list, "End session"); the token is never shown. */
  id: string
  token: string
  userId: string
  createdAt: string
  expiresAt: string
  /** The last request made with it, to the minute (written at most once a minute). */
  lastActiveAt: string
  origin: DbClientOrigin
  /** Set when another session, or a password change, ended it: its next request is 401 auth.sessionEnded. Removed once expired. */
  endedAt?: string | null
}

export interface DbLoginEvent {
  id: string
  userId: string
  at: string
  result: LoginResult
  origin: DbClientOrigin
}

/** The half-way point of a log in with two-step authentication: the password was right. */
export interface DbLoginChallenge {
  token: string
  userId: string
  /** 5 minutes of the mock clock; used up by a successful code. */
  expiresAt: string
}

export interface DbTicketMessage {
  id: string
  author: 'customer' | 'support'
  authorName: string
  text: string
  createdAt: string
}

export interface DbTicket {
  id: string
  accountId: string
  userId: string
  subject: string
  category: string
  service: string | null
  status: 'open' | 'answered' | 'closed'
  createdAt: string
  updatedAt: string
  /** When each user (by id) last read the ticket; a support message after that is "new" to them. */
  readAt: Record<string, string>
  messages: DbTicketMessage[]
  /** Set on tickets created to confirm a profile change. */
  profileChange?: { field: string; oldValue: string; newValue: string }[]
  /**
   * The customer's last message waits for the (simulated) support answer, which the tickets API
   * adds once the delay has passed (mocks/tickets/supportReplies.ts). Unset on seeded tickets.
   */
  awaitingReply?: boolean
  /**
   * The language support writes in, when the API wrote the ticket itself (profile change
   * confirmations: the user's screen language). Unset: the language the customer wrote in.
   */
  language?: 'en' | 'ru'
}

/** An account's request to join the referral program (one per account). */
export interface DbReferralRequest {
  accountId: string
  /** The main administrator who sent it. */
  userId: string
  url: string
  audience: string
  promotion: string
  submittedAt: string
  /** Set by the simulated review once its delay has passed (mocks/referral/service.ts). */
  approvedAt: string | null
  /** The referral code of the personal link, once approved. */
  code: string | null
  /** Referrals and their spending per month (kopecks); the reward is computed from it. */
  referrals: number
  payingReferrals: number
  months: { month: string; spendingKopecks: number }[]
}

export type TransactionOperation = 'top-up' | 'charge' | 'transfer' | 'refund' | 'bonus'
export type TransactionStatus = 'pending' | 'credited' | 'declined'

/** One line of the account's history. Amounts are signed kopecks: + credited to, − taken from `balance`. */
export interface DbTransaction {
  id: string
  accountId: string
  at: string
  operation: TransactionOperation
  balance: BalanceKind | 'referral'
  serviceId: string | null
  serviceName: string | null
  amountKopecks: number
  /** Of the amount, how much was bonuses (a charge spends money first, then bonuses). */
  bonusKopecks: number
  status: TransactionStatus
  /** In the account's language (Russian for residents of the RF). */
  description: string
  paymentId: string | null
  /** Both halves of a transfer share it. */
  transferId: string | null
}

export type PaymentMethod = 'card' | 'sbp' | 'bank-transfer'

/** A top-up attempt. Card payments settle at once (or after 3-D Secure), SBP and bank transfers later. */
export interface DbPayment {
  id: string
  accountId: string
  userId: string
  method: PaymentMethod
  balance: BalanceKind
  amountKopecks: number
  status: 'requires-action' | 'pending' | 'credited' | 'declined'
  /** Why the bank declined it (a code worded by the client), when declined. */
  declineReason: string | null
  createdAt: string
  /** When the simulated bank credits an SBP or bank-transfer payment. */
  creditAt: string | null
  creditedAt: string | null
  card: { brand: string; last4: string } | null
  /** The SBP payment link shown as a QR code. */
  sbpPayload: string | null
  /** The invoice (billing document id) of a bank transfer. */
  invoiceId: string | null
  /** Wrong 3-D Secure codes so far; the third declines the payment. */
  failedCodeAttempts: number
  /** A card's 3-D Secure code, stored as a hash (never the code). */
  challengeHash: string | null
  /** Set when the payment was made by the auto top-up. */
  auto: boolean
  /** The saved card the payment was made with, or the one it saved ("Save card"). */
  savedCardId?: string | null
  /** "Save card" of a payment still waiting for its 3-D Secure code: saved once it is credited. */
  saveCard?: { expiry: string; holder: string } | null
}

/** A card kept for auto top-up: never the whole number, only its brand and last four digits. */
export interface DbSavedCard {
  id: string
  accountId: string
  brand: string
  last4: string
  expiry: string
  holder: string
  createdAt: string
}

export interface DbAutoTopUp {
  accountId: string
  enabled: boolean
  cardId: string | null
  balance: BalanceKind
  trigger: 'threshold' | 'monthly'
  thresholdKopecks: number
  /** Day of the month, 1–28. */
  dayOfMonth: number
  amountKopecks: number
  /** When it last topped up (so a threshold top-up runs once per crossing, a monthly one once a month). */
  lastRunAt: string | null
  /** Monthly: when it runs next (set when saved, moved on by every run). */
  nextRunAt: string | null
  /** Threshold: the balance is below it and has been topped up for this crossing (rearmed once it is not). */
  belowThreshold: boolean
}

export interface DbBillingParty {
  name: string
  inn: string | null
  kpp: string | null
  taxId: string | null
  address: string
  bankName: string | null
  bic: string | null
  settlementAccount: string | null
  correspondentAccount: string | null
  iban: string | null
  swift: string | null
}

export interface DbBillingDocumentLine {
  name: string
  quantity: number
  unit: string
  priceKopecks: number
  amountKopecks: number
}

/** An invoice, a UPD or a reconciliation act, with everything its PDF shows. */
export interface DbBillingDocument {
  id: string
  accountId: string
  type: 'invoice' | 'upd' | 'reconciliation-act'
  number: string
  /** YYYY-MM-DD */
  date: string
  periodFrom: string | null
  periodTo: string | null
  language: 'ru' | 'en'
  supplier: DbBillingParty
  customer: DbBillingParty
  lines: DbBillingDocumentLine[]
  totalKopecks: number
  vatRatePercent: number
  vatKopecks: number
  purpose: string | null
  status: 'issued' | 'pending' | 'paid'
  openingBalanceKopecks: number | null
  closingBalanceKopecks: number | null
  entries: { date: string; description: string; debitKopecks: number; creditKopecks: number }[] | null
  createdAt: string
}

/** "Low balance alert" of an account (set by the main administrator). */
export interface DbBalanceAlertSettings {
  accountId: string
  enabled: boolean
  thresholdType: 'rubles' | 'days'
  thresholdKopecks: number
  thresholdDays: number
  frequency: 'hour' | '3h' | '6h' | '12h' | 'day'
  channels: { email: boolean; telegram: boolean }
  /** When the alert was last sent, per balance kind (reminders follow `frequency`). */
  lastSentAt: Partial<Record<BalanceKind, string>>
}

/** An email the simulated backend sent (the mock mailbox shows them). */
export interface DbMail {
  id: string
  /** The recipient's address. */
  to: string
  accountId: string
  kind:
    | 'low-balance'
    | 'invoice-issued'
    | 'document-ready'
    | 'payment-credited'
    | 'service-suspended'
    | 'password-changed'
    | 'new-sign-in'
    | 'two-factor-changed'
    | 'invitation'
    | 'invitation-renewal-request'
  subject: string
  text: string
  /** Working links inside the panel (paths), e.g. /balance/top-up. */
  links: { label: string; href: string }[]
  sentAt: string
}

/** A request made with an Idempotency-Key: repeating the key answers the same, without doing it again. */
export interface DbIdempotencyRecord {
  key: string
  userId: string
  /** The operation and a fingerprint of its body: the same key with another body is 409. */
  operation: string
  fingerprint: string
  status: number
  body: unknown
  createdAt: string
}

export interface DbState {
  /** Bumped whenever the seed or the shape changes; a stored copy of another version is re-seeded. */
  version: number
  accounts: DbAccount[]
  users: DbUser[]
  sessions: DbSession[]
  loginEvents: DbLoginEvent[]
  /** Failed login attempts by lower-cased email: timestamps (ms) inside the lockout window. */
  failedLogins: Record<string, number[]>
  /** Log ins waiting for their two-step code. */
  loginChallenges: DbLoginChallenge[]
  /** Wrong two-step codes by user id: timestamps (ms) inside the 15-minute window. */
  twoFactorFailures: Record<string, number[]>
  apiKeys: DbApiKey[]
  tickets: DbTicket[]
  referralRequests: DbReferralRequest[]
  transactions: DbTransaction[]
  payments: DbPayment[]
  savedCards: DbSavedCard[]
  autoTopUps: DbAutoTopUp[]
  billingDocuments: DbBillingDocument[]
  balanceAlerts: DbBalanceAlertSettings[]
  mail: DbMail[]
  idempotency: DbIdempotencyRecord[]
}
