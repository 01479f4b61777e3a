// Stands in for `tough-cookie` in the browser build (vite.config.ts resolve.alias). MSW's cookie
// store (msw/lib/core/utils/cookieStore) keeps the cookies of mocked `Set-Cookie` answers in a
// tough-cookie jar, and tough-cookie brings tldts, the public suffix list: about 300 KB of the mock
// chunk. This mock API never uses cookies (sessions are Bearer tokens; no handler reads
// `cookies` or sets `Set-Cookie`, tests/unit/mockCookies.test.ts checks both), so the jar is
// always empty. Even if a handler set one, MSW still forwards it to `document.cookie` and reads
// `document.cookie` for same-origin requests: only its own second copy of it is gone.
// Only what the cookie store calls is here (the same test reads MSW's import of tough-cookie).
// Node (Vitest's msw/node, the API server) loads msw from node_modules and keeps the real jar.

interface StoredCookie {
  key: string
  value: string
  domain: string | null
  path: string | null
  toJSON(): unknown
  toString(): string
}

export class Cookie {
  /** MSW restores the cookies it persisted in localStorage: none are kept, so none come back. */
  static fromJSON(): StoredCookie | null {
    return null
  }
}

export class MemoryCookieStore {
  /** domain → path → name → cookie; MSW assigns and reads it to persist the jar. */
  idx: Record<string, Record<string, Record<string, StoredCookie>>> = {}
}

export class CookieJar {
  constructor(readonly store?: MemoryCookieStore) {}

  /** The cookies to send with a request to `url`: none. */
  getCookiesSync(): StoredCookie[] {
    return []
  }

  /** A mocked answer's `Set-Cookie`: not kept (the browser's document.cookie has it, see above). */
  async setCookie(): Promise<void> {}
}
