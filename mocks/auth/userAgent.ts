// The device and browser a User-Agent names, for the login history and the sessions list. A small
// parser for the browsers people actually use here, not a full UA database: anything else is
// "unknown" with empty names, which the client shows as such.
import type { ClientDevice, DeviceKind } from '@/api/types'

const major = (version: string | undefined) => version?.split(/[._]/)[0] ?? ''

function osOf(ua: string): string {
  let match: RegExpMatchArray | null
  // iOS and Android first: their UAs also say "Mac OS X" and "Linux".
  if ((match = ua.match(/(?:iPhone|CPU) OS (\d+)/))) return `iOS ${match[1]}`
  if ((match = ua.match(/Android (\d+)/))) return `Android ${match[1]}`
  if (/Android/.test(ua)) return 'Android'
  if ((match = ua.match(/Windows NT (\d+\.\d+)/))) {
    // Windows 11 still sends "Windows NT 10.0".
    const names: Record<string, string> = { '10.0': 'Windows 10', '6.3': 'Windows 8.1', '6.2': 'Windows 8', '6.1': 'Windows 7' }
    return names[match[1]!] ?? 'Windows'
  }
  if (/Mac OS X|Macintosh/.test(ua)) return 'macOS'
  if (/CrOS/.test(ua)) return 'ChromeOS'
  if (/Linux|X11/.test(ua)) return 'Linux'
  return ''
}

/** Most specific first: Edge, Opera and Yandex Browser also say "Chrome", Chrome says "Safari". */
const BROWSERS: [RegExp, string][] = [
  [/YaBrowser\/(\d+)/, 'Yandex Browser'],
  [/EdgA?\/(\d+)|EdgiOS\/(\d+)/, 'Edge'],
  [/OPR\/(\d+)|Opera\/(\d+)/, 'Opera'],
  [/Firefox\/(\d+)|FxiOS\/(\d+)/, 'Firefox'],
  [/(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
]

function browserOf(ua: string): string {
  for (const [pattern, name] of BROWSERS) {
    const match = ua.match(pattern)
    if (match) {
      const version = major(match.slice(1).find(Boolean))
      return version ? `${name} ${version}` : name
    }
  }
  return ''
}

function kindOf(ua: string, os: string): DeviceKind {
  if (/iPad|Tablet/.test(ua) || (/Android/.test(ua) && !/Mobile/.test(ua))) return 'tablet'
  if (/Mobi|iPhone|iPod/.test(ua)) return 'mobile'
  if (os) return 'desktop'
  return 'unknown'
}

export function parseUserAgent(userAgent: string): ClientDevice {
  const os = osOf(userAgent)
  return { kind: kindOf(userAgent, os), os, browser: browserOf(userAgent) }
}
