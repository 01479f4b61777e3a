// Wire types of the control panel API (`/api/v1`). The mock API in `mocks/` implements exactly
// these, so the same app works against a real backend.

export type Locale = 'ru' | 'en'
export type ThemeName = 'dark' | 'light' | 'branded'
export type AccountType = 'personal' | 'business' | 'sole' | 'state'
export type Residency = 'resident' | 'nonresident'
export type Role = 'admin' | 'user'

/** RFC 9457 problem details, with per-field errors on 422. */
export interface ProblemDetails {
  type: string
  title: string
  status: number
  detail?: string
  /** Stable machine-readable reason, translated by the client (e.g. `auth.invalidCredentials`). */
  code?: string
  /** Field name → error code (an i18n key under `validation.`). */
  errors?: Record<string, string>
  retryAfter?: number
}

export interface SessionUser {
  id: string
  email: string
  name: string
  role: Role
  accountId: string
  accountType: AccountType
  residency: Residency
}

export interface AuthResponse {
  token: string
  user: SessionUser
}

export interface LoginRequest {
  email: string
  password: string
}

export interface RegisterRequest {
  accountType: AccountType
  residency: Residency
  email: string
  password: string
}

export interface DemoPersona {
  email: string
  password: string
  accountType: AccountType
  residency: Residency
  role: Role
}

/** Saved UI state: filters and order-form drafts keyed by the feature that owns them. */
export type UiState = Record<string, unknown>

export interface UserSettings {
  language: Locale | null
  theme: ThemeName | null
  uiState: UiState
}

export type SettingsPatch = Partial<UserSettings>

export type BalanceKind = 'main' | 'bonus' | 'referral'

export interface Balance {
  kind: BalanceKind
  /** Amount in kopecks, to keep money exact. */
  amountKopecks: number
}

export interface HomeSummary {
  balances: Balance[]
  openTickets: number
  unreadTickets: number
  discountPercent: number | null
  lastLoginAt: string | null
}
