// The shape of the mock backend's data. One plain object, persisted as JSON (see persistence.ts).
import type { AccountType, BalanceKind, Residency, Role, UserSettings } from '@/api/types'

export interface DbAccount {
  id: string
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
  unread: boolean
  messages: DbTicketMessage[]
  /** Set on tickets created to confirm a profile change. */
  profileChange?: { field: string; oldValue: string; newValue: string }[]
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
  transactions: DbTransaction[]
}
