// QA's simulated network, pure: the latency range and the failure rules (which request fails, and
// how), their matching and their countdown. The pipeline (pipeline.ts) applies them; the setting
// lives in `ccp.mock.network` (qaSettings.ts), written by the QA workbench (PUT /api/v1/__qa/network).

export const RULE_METHODS = ['*', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
export const RULE_ANSWERS = ['500', '503', '422', '429', 'timeout', 'offline'] as const

export type RuleMethod = (typeof RULE_METHODS)[number]
export type RuleAnswer = (typeof RULE_ANSWERS)[number]

export interface NetworkRule {
  id: string
  /** `*` = any method. */
  method: RuleMethod
  /** A path under /api/v1, `*` matching any run of characters: `/tickets*`, `/profile`, `/services/*`. */
  pattern: string
  answer: RuleAnswer
  /** null = every matching request; N = the next N matching requests, then the rule is gone. */
  remaining: number | null
}

export interface LatencyRange {
  min: number
  max: number
}

export interface NetworkSettings {
  latency: LatencyRange
  rules: NetworkRule[]
}

/** What the browser simulates when QA set nothing. */
export const DEFAULT_LATENCY: LatencyRange = { min: 100, max: 400 }
export const MAX_LATENCY_MS = 60_000
export const MAX_PATTERN_LENGTH = 200

export function defaultNetworkSettings(): NetworkSettings {
  return { latency: { ...DEFAULT_LATENCY }, rules: [] }
}

/** A path pattern QA may use: starts with `/`, no spaces, no query, only URL path characters and `*`. */
export function isValidPattern(pattern: unknown): pattern is string {
  return typeof pattern === 'string' && pattern.length <= MAX_PATTERN_LENGTH && /^\/[A-Za-z0-9\-._~%!$&'()+,;=:@/*]*$/.test(pattern)
}

const compiled = new Map<string, RegExp>()

function regexOf(pattern: string): RegExp {
  let regex = compiled.get(pattern)
  if (!regex) {
    regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
    compiled.set(pattern, regex)
  }
  return regex
}

/** Whether `path` (under /api/v1, its query ignored) matches the pattern; `*` matches any characters, `/` included. */
export function patternMatches(pattern: string, path: string): boolean {
  if (!isValidPattern(pattern)) return false
  return regexOf(pattern).test(path.split('?')[0]!)
}

/** The first rule that applies to `method path`, or null. */
export function matchRule(rules: readonly NetworkRule[], method: string, path: string): NetworkRule | null {
  const upper = method.toUpperCase()
  return rules.find((rule) => (rule.remaining === null || rule.remaining > 0) && (rule.method === '*' || rule.method === upper) && patternMatches(rule.pattern, path)) ?? null
}

/** The rules after `id` fired once: its countdown goes down, and at zero the rule is removed. */
export function afterFiring(rules: readonly NetworkRule[], id: string): NetworkRule[] {
  return rules.flatMap((rule) => {
    if (rule.id !== id || rule.remaining === null) return [rule]
    return rule.remaining > 1 ? [{ ...rule, remaining: rule.remaining - 1 }] : []
  })
}

const isLatency = (value: number) => Number.isInteger(value) && value >= 0 && value <= MAX_LATENCY_MS

/**
 * The field errors of a network setting as QA sends it (`rules.0.pattern` → `validation.qaPattern`,
 * any other wrong field → `validation.invalid`), or the setting itself when nothing is wrong.
 */
export function checkNetworkSettings(value: unknown): { settings: NetworkSettings } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const input = (value ?? {}) as { latency?: Partial<LatencyRange>; rules?: unknown }
  if (typeof value !== 'object' || value === null) return { errors: { body: 'validation.invalid' } }
  const min = Number(input.latency?.min)
  const max = Number(input.latency?.max)
  if (!isLatency(min)) errors['latency.min'] = 'validation.invalid'
  if (!isLatency(max) || (isLatency(min) && max < min)) errors['latency.max'] = 'validation.invalid'
  const rawRules = input.rules ?? []
  if (!Array.isArray(rawRules)) errors.rules = 'validation.invalid'
  const rules: NetworkRule[] = []
  const ids = new Set<string>()
  if (Array.isArray(rawRules)) {
    rawRules.forEach((raw: Partial<NetworkRule> | null, index) => {
      const rule = (raw ?? {}) as Partial<NetworkRule>
      const at = `rules.${index}`
      if (typeof rule.id !== 'string' || !/^[\w-]{1,64}$/.test(rule.id) || ids.has(rule.id)) errors[`${at}.id`] = 'validation.invalid'
      else ids.add(rule.id)
      if (!RULE_METHODS.includes(rule.method as RuleMethod)) errors[`${at}.method`] = 'validation.invalid'
      if (!isValidPattern(rule.pattern)) errors[`${at}.pattern`] = 'validation.qaPattern'
      if (!RULE_ANSWERS.includes(rule.answer as RuleAnswer)) errors[`${at}.answer`] = 'validation.invalid'
      const remaining = rule.remaining ?? null
      if (remaining !== null && !(Number.isInteger(remaining) && remaining >= 1 && remaining <= 1_000)) errors[`${at}.remaining`] = 'validation.invalid'
      rules.push({ id: String(rule.id), method: rule.method as RuleMethod, pattern: String(rule.pattern), answer: rule.answer as RuleAnswer, remaining })
    })
  }
  return Object.keys(errors).length ? { errors } : { settings: { latency: { min, max }, rules } }
}

/** A stored setting, or null when it is missing or broken (then the default applies). */
export function parseNetworkSettings(raw: string | null): NetworkSettings | null {
  if (raw === null) return null
  try {
    const checked = checkNetworkSettings(JSON.parse(raw))
    return 'settings' in checked ? checked.settings : null
  } catch {
    return null
  }
}
