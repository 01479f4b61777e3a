import { describe, expect, it } from 'vitest'
import { isValidHttpUrl } from '@/validation/rules/url'

describe('isValidHttpUrl', () => {
  it.each(['https://example.com', 'http://example.com/blog?x=1#top', 'https://t.me/cloudnews', 'https://пример.рф/канал', 'https://sub.domain.example.org:8443/path', 'https://xn--e1afmkfd.xn--p1ai', 'http://192.168.1.10/'])(
    'accepts %s',
    (url) => expect(isValidHttpUrl(url)).toBe(true),
  )

  it.each(['', 'example.com', 'www.example.com', 'ftp://example.com', 'https://', 'https://localhost', 'https://exa mple.com', 'https://user:pass@example.com', 'https://-bad-.com', 'https://example.c0m', 'javascript:alert(1)'])(
    'refuses "%s"',
    (url) => expect(isValidHttpUrl(url)).toBe(false),
  )
})
