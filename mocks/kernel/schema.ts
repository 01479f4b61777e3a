// The shape of the mock backend's data. One plain object, persisted as JSON (see db.ts; checked against contract/dbState.schema.json when read).
import type { AccountType, BalanceKind, ProfileFieldName, ProfileOriginals, Residency, Role, UserSettings } from '@/api/types'

export interface DbAccount {
  id: string
  /** The contract number customers see and quote (six digits, unique). */
  number: string
  type: AccountType
  residency: Residency
  createdAt: string
  /** Personal discount in percent, if the account has one. */
  discountPercent: number | null
  balances: Record<BalanceKind, number>
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

export interface DbService {
  id: string
  name: string
  status: 'active' | 'stopped'
  since: string
}

export interface DbUser {
  id: string
  accountId: string
  email: string
  password: string
  name: string
  role: Role
  status: 'active' | 'invited'
  createdAt: string
  settings: UserSettings
  /** A user's (not the main administrator's) own contact details; the administrator's are the account's. */
  contact?: Record<string, string>
  /** Incremented when `contact` changes; part of that user's profile ETag. */
  contactVersion?: number
}

export interface DbSession {
  token: string
  userId: string
  createdAt: string
  expiresAt: string
  userAgent: string
}

export interface DbLoginEvent {
  id: string
  userId: string
  at: string
  userAgent: string
  success: boolean
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

export interface DbTransaction {
  id: string
  accountId: string
  at: string
  kind: 'top-up' | 'charge' | 'transfer' | 'refund'
  balance: BalanceKind
  amountKopecks: number
  description: string
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
  tickets: DbTicket[]
  referralRequests: DbReferralRequest[]
  transactions: DbTransaction[]
}
