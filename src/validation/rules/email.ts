// A practical email rule rather than RFC 5322: what people mistype (spaces, a missing or doubled @,
// no dot in the domain, stray dots) is refused; unusual but deliverable addresses pass.
// Internationalised domains (пример.рф) are allowed. 254 is the longest address SMTP can carry.
const MAX_LENGTH = 254
const MAX_LOCAL_LENGTH = 64
const LOCAL_PART = /^[^\s@"(),:;<>[\\\]]+$/u
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u
const TOP_LEVEL_DOMAIN = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu

export function isValidEmail(value: string): boolean {
  if (value.length > MAX_LENGTH) return false
  const parts = value.split('@')
  if (parts.length !== 2) return false
  const [local = '', domain = ''] = parts
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local)) return false
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false
  const labels = domain.split('.')
  const topLevel = labels[labels.length - 1] ?? ''
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL_DOMAIN.test(topLevel)
}
