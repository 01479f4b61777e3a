// IP addresses and CIDR ranges (IPv4 and IPv6) for the allowed addresses of an API key: the form
// refuses what does not parse, and the mock API checks the caller's address against the ranges
// with the same functions. An address is kept as 4 or 16 bytes; a range as an address and a
// prefix length (a single address is a range of the full length).

export interface IpRange {
  version: 4 | 6
  bytes: number[]
  prefix: number
}

function parseIpv4(text: string): number[] | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : Number.NaN))
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null
}

function parseIpv6(text: string): number[] | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return null
  const halves = text.split('::')
  if (halves.length > 2) return null
  // `last`: whether the part ends the address, the only place an embedded IPv4 address may be.
  const groupsOf = (part: string, last: boolean): number[] | null => {
    if (part === '') return []
    const groups: number[] = []
    const pieces = part.split(':')
    for (const [at, piece] of pieces.entries()) {
      // An embedded IPv4 address may end an IPv6 one (::ffff:192.0.2.1), never come before `::`.
      if (last && at === pieces.length - 1 && piece.includes('.')) {
        const v4 = parseIpv4(piece)
        if (!v4) return null
        groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!)
      } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
        groups.push(Number.parseInt(piece, 16))
      } else return null
    }
    return groups
  }
  const head = groupsOf(halves[0]!, halves.length === 1)
  const tail = halves.length === 2 ? groupsOf(halves[1]!, true) : []
  if (!head || !tail) return null
  if (halves.length === 2 && head.length + tail.length > 7) return null
  if (halves.length === 1 && head.length !== 8) return null
  const groups = [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail]
  return groups.flatMap((g) => [g >> 8, g & 0xff])
}

/** One address (no prefix), or null. */
export function parseIpAddress(text: string): { version: 4 | 6; bytes: number[] } | null {
  const value = text.trim()
  const v4 = parseIpv4(value)
  if (v4) return { version: 4, bytes: v4 }
  const v6 = value.includes(':') ? parseIpv6(value) : null
  return v6 ? { version: 6, bytes: v6 } : null
}

/** An address or a CIDR range (`203.0.113.0/24`, `2001:db8::/32`), or null when it is neither. */
export function parseIpRange(text: string): IpRange | null {
  const [address = '', prefixText, ...rest] = text.trim().split('/')
  if (rest.length) return null
  const parsed = parseIpAddress(address)
  if (!parsed) return null
  const full = parsed.bytes.length * 8
  if (prefixText === undefined) return { ...parsed, prefix: full }
  if (!/^(0|[1-9]\d{0,2})$/.test(prefixText)) return null
  const prefix = Number(prefixText)
  return prefix <= full ? { ...parsed, prefix } : null
}

export function isValidIpRange(text: string): boolean {
  return parseIpRange(text) !== null
}

/** Whether `address` lies in `range` (an IPv4 address never matches an IPv6 range, and back). */
export function ipInRange(address: string, range: string): boolean {
  const ip = parseIpAddress(address)
  const net = parseIpRange(range)
  if (!ip || !net || ip.version !== net.version) return false
  for (let bit = 0; bit < net.prefix; bit++) {
    const mask = 0x80 >> bit % 8
    if ((ip.bytes[bit >> 3]! & mask) !== (net.bytes[bit >> 3]! & mask)) return false
  }
  return true
}
