// The shapes of the mock-only QA endpoints (`/api/v1/__qa/*`, mocks/qa/). They are not in the
// contract (openapi/): a real backend has none of them, and the workbench exists only with the mocks.

export const QA_METHODS = ['*', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
export const QA_ANSWERS = ['500', '503', '422', '429', 'timeout', 'offline'] as const

export interface QaPersonaUser {
  id: string
  email: string
  name: string
  role: string
  status: string
}

export interface QaPersonaAccount {
  accountId: string
  accountNumber: string
  accountType: string
  residency: string
  users: QaPersonaUser[]
}

export interface QaClock {
  now: string
  offsetMs: number
  frozenAt: string | null
}

export type QaClockChange = { advanceMs: number } | { frozenAt: string | null } | { reset: true }

export interface QaNetworkRule {
  id: string
  method: (typeof QA_METHODS)[number]
  pattern: string
  answer: (typeof QA_ANSWERS)[number]
  /** null: every matching request; N: the next N, then the rule goes. */
  remaining: number | null
}

export interface QaNetwork {
  latency: { min: number; max: number }
  rules: QaNetworkRule[]
}

export interface QaRequest {
  at: string
  method: string
  path: string
  status: number
  ms: number
  rule: string | null
}

export interface QaMail {
  id: string
  to: string
  subject: string
  text: string
  links: { label: string; href: string }[]
  sentAt: string
}

export interface QaTwoFactorCode {
  userId: string
  email: string
  code: string
  secondsLeft: number
}

/** Why an import was refused: each problem with where in the file it is. */
export interface QaImportError {
  path: string
  message: string
}
