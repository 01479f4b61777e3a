import { describe, expect, it } from 'vitest'
import { parseUserAgent } from '@mocks/auth/userAgent'
import { simulatedAddress } from '@mocks/kernel/clientAddress'

describe('parseUserAgent', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'desktop', 'Windows 10', 'Chrome 131'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'desktop', 'Windows 10', 'Edge 131'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 YaBrowser/24.6.0.0 Safari/537.36', 'desktop', 'Windows 10', 'Yandex Browser 24'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0', 'desktop', 'Windows 10', 'Opera 115'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15', 'desktop', 'macOS', 'Safari 17'],
    ['Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'desktop', 'Linux', 'Firefox 133'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.33 Safari/537.36', 'desktop', 'Linux', 'Chrome 131'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1', 'mobile', 'iOS 17', 'Safari 17'],
    ['Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1', 'tablet', 'iOS 17', 'Safari 17'],
    ['Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36', 'mobile', 'Android 14', 'Chrome 131'],
    ['Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'tablet', 'Android 13', 'Chrome 131'],
    ['python-requests/2.32.3', 'unknown', '', ''],
    ['', 'unknown', '', ''],
  ])('reads %s', (userAgent, kind, os, browser) => {
    expect(parseUserAgent(userAgent)).toEqual({ kind, os, browser })
  })
})

describe('simulatedAddress', () => {
  it('gives a client id the same IPv4 address and place every time, and other ids other addresses', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `client-${i}`)
    for (const id of ids) {
      expect(simulatedAddress(id)).toEqual(simulatedAddress(id))
      expect(simulatedAddress(id).ip).toMatch(/^(95|185)\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/)
    }
    expect(new Set(ids.map((id) => simulatedAddress(id).ip)).size).toBe(ids.length)
    // Mostly Russian cities.
    expect(ids.filter((id) => simulatedAddress(id).country === 'RU').length).toBeGreaterThan(ids.length / 2)
  })
})
