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
  /** The referral code of the invitation link (`/register?ref=CODE`); an unknown code is ignored. */
  ref?: string
  /** The language and theme chosen before registering: they become the new user's settings. */
  language?: Locale
  theme?: ThemeName
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

// --- Support: tickets, context help, knowledge base, referral program ---

export type TicketStatus = 'open' | 'answered' | 'closed'
export type TicketCategory = 'technical' | 'billing' | 'profile' | 'services-transfer' | 'other'

/** A row of the ticket list. `category` and `service` are codes (unknown ones are shown as is). */
export interface TicketSummary {
  id: string
  subject: string
  category: string
  service: string | null
  status: TicketStatus
  createdAt: string
  updatedAt: string
  /** Support answered and nobody has opened the ticket since. */
  unread: boolean
  /** Name (or email) of the user who opened it; the main administrator sees everyone's tickets. */
  openedBy: string
  messageCount: number
}

export interface TicketMessage {
  id: string
  author: 'customer' | 'support'
  authorName: string
  text: string
  createdAt: string
}

/** On tickets created to confirm a profile change: what changed. */
export interface TicketProfileChange {
  field: string
  oldValue: string
  newValue: string
}

export interface Ticket extends TicketSummary {
  messages: TicketMessage[]
  profileChange: TicketProfileChange[] | null
}

export interface TicketListQuery {
  status?: TicketStatus | 'all'
  /** Words of the subject. */
  q?: string
}

export interface TicketCreateRequest {
  subject: string
  category: TicketCategory
  service: string | null
  message: string
}

export interface TicketReplyRequest {
  message: string
}

/** PATCH /tickets/:id: close ('closed') or reopen ('open'). */
export interface TicketStatusChange {
  status: 'open' | 'closed'
}

export type KnowledgeBaseTopic = 'balance' | 'profile' | 'security' | 'users' | 'settings' | 'support' | 'referral'

export interface KnowledgeBaseArticleSummary {
  slug: string
  topic: KnowledgeBaseTopic
  title: string
  summary: string
  updatedAt: string
}

export interface KnowledgeBaseArticle extends KnowledgeBaseArticleSummary {
  sections: { heading: string; paragraphs: string[] }[]
  /** Other articles on the same topic. */
  related: KnowledgeBaseArticleSummary[]
}

/** Context help of one page (by route name), in one language. */
export interface ContextHelp {
  routeName: string
  title: string
  paragraphs: string[]
  articles: KnowledgeBaseArticleSummary[]
}

export interface ReferralRequest {
  url: string
  audience: string
  promotion: string
  consent: boolean
}

export type ReferralStatus = 'none' | 'pending' | 'approved'

export interface ReferralMonth {
  /** YYYY-MM */
  month: string
  spendingKopecks: number
  /** 10, or 15 in a month when the referrals spent more than 1 000 000 ₽. */
  ratePercent: number
  rewardKopecks: number
  /** When the reward was credited (by the 15th of the next month); null while the month is not paid. */
  paidAt: string | null
}

export interface ReferralStats {
  referrals: number
  payingReferrals: number
  totalRewardKopecks: number
  months: ReferralMonth[]
}

/** The account's participation in the referral program. */
export interface ReferralParticipation {
  status: ReferralStatus
  request: (Omit<ReferralRequest, 'consent'> & { submittedAt: string }) | null
  /** The personal referral link, once approved. */
  link: string | null
  stats: ReferralStats | null
  /** Only the main administrator can send the request. */
  canApply: boolean
}

// --- Profile tab: client data, pending changes, originals, GDPR, account deletion ---

/** Field names of the profile; which ones an account has is src/validation/schemas/profileMatrix.ts. */
export type ProfileFieldName =
  | 'fullName' | 'birthDate' | 'birthPlace' | 'passportNumber' | 'passportIssuedBy' | 'passportIssueDate' | 'address' | 'country'
  | 'companyName' | 'inn' | 'kpp' | 'psrn' | 'vatin' | 'authorizedPerson' | 'position' | 'authorizedBy'
  | 'bic' | 'bank' | 'correspondentAccount' | 'settlementAccount' | 'personalAccount' | 'swift' | 'accountNumber'
  | 'actualAddress' | 'legalAddress' | 'phone' | 'fax' | 'contactPerson' | 'email' | 'phoneNumber'

export type ProfileValues = Partial<Record<ProfileFieldName, string>>

/** A change of a previously entered value, waiting for support to confirm it in a ticket. */
export interface ProfilePendingChange {
  field: ProfileFieldName
  oldValue: string
  newValue: string
  ticketId: string
  createdAt: string
}

/** How the account receives original billing documents. */
export type OriginalsMethod = 'edm' | 'post' | 'courier'

export interface ProfileOriginals {
  method: OriginalsMethod
  /** The postal address for 'post'; empty otherwise. */
  address: string
}

/** GET /profile (ETag header = the version to send back in If-Match). */
export interface Profile {
  accountType: AccountType
  residency: Residency
  role: Role
  /** Whose contact details `values` holds: the account's (main administrator) or the user's own. */
  contactOwner: 'account' | 'user'
  /** Only what the role may see: a user gets no passport data. */
  values: ProfileValues
  pending: ProfilePendingChange[]
  discountPercent: number | null
  /** Null where the account has no such block or the role may not see it. */
  originals: ProfileOriginals | null
}

/** PATCH /profile (If-Match required): only the fields that changed. */
export interface ProfilePatch {
  values: ProfileValues
}

export interface ProfileSaveResult {
  profile: Profile
  /** Filled-in empty fields: applied at once. */
  applied: ProfileFieldName[]
  /** Changed previously entered fields: waiting for confirmation in `ticketId`. */
  pending: ProfileFieldName[]
  ticketId: string | null
}

export interface GdprArchive {
  status: 'none' | 'preparing' | 'ready'
  requestedAt: string | null
  readyAt: string | null
}

/** DELETE /account. */
export interface AccountDeleteRequest {
  /** The account's email, typed again. */
  confirmation: string
  password: string
}
