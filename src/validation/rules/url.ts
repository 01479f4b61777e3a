// A web address people can open: http or https, with a real host name (labels separated by dots
// and a top-level domain of letters, e.g. example.com, t.me, пример.рф) or an IPv4 address.
// No spaces, no credentials in the address.

const HOST_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{2,59})$/iu
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/

export function isValidHttpUrl(value: string): boolean {
  const text = value.trim()
  if (!text || /\s/.test(text) || text.length > 2048) return false
  if (!/^https?:\/\//i.test(text)) return false
  // The URL parser turns Unicode host names into punycode; read the host as typed instead.
  const host = text.replace(/^https?:\/\//i, '').split(/[/?#]/)[0]?.replace(/:\d{1,5}$/, '') ?? ''
  if (!host || host.includes('@')) return false
  try {
    new URL(text)
  } catch {
    return false
  }
  if (IPV4.test(host)) return true
  const labels = host.toLowerCase().split('.')
  if (labels.length < 2) return false
  const top = labels[labels.length - 1] ?? ''
  return labels.every((label) => HOST_LABEL.test(label)) && TOP_LEVEL.test(top)
}
