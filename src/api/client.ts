// The only place that calls fetch. Adds the base URL, JSON, the auth header; turns every failure
// into an ApiError carrying the problem details, and waits for the mock before the first call.
import type { ProblemDetails } from './types'

const BASE_URL = (import.meta.env.VITE_API_BASE_URL ?? '/api/v1').replace(/\/$/, '')
const TOKEN_KEY = 'ccp.token'

/** The API's address as a full URL, for examples shown to the user (a curl command). */
export const apiBaseUrl = (): string => new URL(BASE_URL, window.location.origin).href.replace(/\/$/, '')

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
  }

  /** Stable reason code, e.g. `auth.invalidCredentials`; used as an i18n key under `errors.`. */
  get code(): string {
    return this.problem.code ?? (this.status === 0 ? 'network.offline' : 'server.error')
  }

  get fieldErrors(): Record<string, string> {
    return this.problem.errors ?? {}
  }
}

let backendReady: Promise<unknown> = Promise.resolve()
/** main.ts hands over the mock worker's start: requests wait for it, painting does not. */
export function waitForBackend(ready: Promise<unknown>): void {
  backendReady = ready
}

/**
 * Answers a request in this page, as a call, in place of fetch: the mock (mocks/browser.ts,
 * mocks/kernel/inPageBackend.ts). A Response, or a TypeError when the "connection" fails.
 */
export type InPageBackend = (request: Request) => Promise<Response>
let inPageBackend: InPageBackend | null = null
/** main.ts hands over the mock's answer (null: fetch, as to a real backend). */
export function serveInPage(backend: InPageBackend | null): void {
  inPageBackend = backend
}

let token: string | null = readToken() ?? null
/** The stored token; undefined when this browser gives no storage (private mode). */
function readToken(): string | null | undefined {
  try {
    return localStorage.getItem(TOKEN_KEY)
  } catch {
    return undefined
  }
}

/** The interface language, sent as Accept-Language so that texts the API writes come in it. */
let interfaceLanguage = 'en'

export function setRequestLanguage(language: string): void {
  interfaceLanguage = language
}

export function getAuthToken(): string | null {
  return token
}

/** Saves this tab's session token (shared with the other tabs through localStorage). */
export function setAuthToken(value: string | null): void {
  if (value === null) {
    releaseAuthToken()
    return
  }
  token = value
  try {
    localStorage.setItem(TOKEN_KEY, value)
  } catch {
    // Private mode without storage: the session lasts as long as the tab.
  }
}

/**
 * Forgets this tab's token. The stored one is removed only while it is still this tab's: another
 * tab may have logged in since, and its fresh session must survive this tab's stale one.
 * Returns whether the stored session was this tab's (or none), i.e. whether it was cleared.
 */
export function releaseAuthToken(): boolean {
  const released = token
  token = null
  const stored = readToken()
  if (stored && stored !== released) return false
  try {
    localStorage.removeItem(TOKEN_KEY)
  } catch {
    // No storage: nothing was stored.
  }
  return true
}

type TokenListener = (token: string | null) => void
const tokenListeners = new Set<TokenListener>()
/**
 * Another tab logged in, out, or as someone else (the `storage` event fires in the other tabs
 * only). This tab has already taken the new token when the listener runs.
 */
export function onAuthTokenChangedElsewhere(listener: TokenListener): () => void {
  tokenListeners.add(listener)
  return () => tokenListeners.delete(listener)
}

/** Takes the stored token if another tab has changed it; true when it had. */
function followStoredToken(): boolean {
  const next = readToken()
  if (next === undefined || next === token) return false
  token = next
  tokenListeners.forEach((listener) => listener(next))
  return true
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    // key null: the other tab cleared the whole storage.
    if (event.key === TOKEN_KEY || event.key === null) followStoredToken()
  })
}

type UnauthorizedListener = (error: ApiError) => void
const unauthorizedListeners = new Set<UnauthorizedListener>()
/** Called when an authenticated request gets 401 (the session expired or was ended elsewhere). */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

export interface RequestOptions {
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
}

export interface ApiResponse<T> {
  data: T
  headers: Headers
}

function isProblem(body: unknown): body is ProblemDetails {
  return !!body && typeof body === 'object' && typeof (body as ProblemDetails).status === 'number' && typeof (body as ProblemDetails).title === 'string'
}

function problemFrom(status: number, body: unknown): ProblemDetails {
  if (isProblem(body)) return body
  return { type: 'about:blank', title: 'server.error', status, code: status >= 500 ? 'server.error' : `http.${status}` }
}

/** Requests sent and not yet answered, and who waits for there to be none (whenApiQuiet). */
let inFlight = 0
const quietWaiters: Array<() => void> = []

function requestEnded(): void {
  inFlight--
  // A task later: a request that an answer leads to (a page's next call) keeps it busy.
  if (inFlight === 0) setTimeout(() => inFlight === 0 && quietWaiters.splice(0).forEach((resolve) => resolve()))
}

/** Resolves once no request is on its way (at once if none is): the page has what it asked for. */
export function whenApiQuiet(): Promise<void> {
  if (inFlight === 0) return Promise.resolve()
  return new Promise((resolve) => quietWaiters.push(resolve))
}

export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  inFlight++
  try {
    return await sendRequest<T>(method, path, options)
  } finally {
    requestEnded()
  }
}

async function sendRequest<T>(method: string, path: string, options: RequestOptions): Promise<ApiResponse<T>> {
  await backendReady
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': interfaceLanguage, ...options.headers }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const sentToken = token
  if (sentToken) headers.Authorization = `Bearer ${sentToken}`

  let response: Response
  try {
    const init: RequestInit = {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      // The API authenticates with the bearer token alone and sets no cookies: none are sent (and
      // the mock need not read document.cookie, a synchronous call into the browser, per request).
      credentials: 'omit',
    }
    const url = `${BASE_URL}${path}`
    response = inPageBackend ? await inPageBackend(new Request(new URL(url, window.location.href), init)) : await fetch(url, init)
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(0, { type: 'about:blank', title: 'network.offline', status: 0, code: 'network.offline' })
  }

  const text = await response.text()
  let body: unknown = null
  let unreadable = false
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      unreadable = true
    }
  }
  // A success that is not JSON (a proxy's or the app's own HTML page instead of the API) is a
  // server fault, not data: the stores would otherwise fail on `null` with a TypeError.
  if (response.ok && unreadable) throw new ApiError(502, { type: 'about:blank', title: 'server.error', status: 502, code: 'server.error' })
  if (!response.ok) {
    const error = new ApiError(response.status, problemFrom(response.status, body))
    // A 401 ends only the session it was sent with. If another tab has replaced that token
    // meanwhile (a stale request; its storage event may not have arrived yet), this tab follows
    // the new session instead of ending it.
    if (response.status === 401 && sentToken && sentToken === token && !followStoredToken()) unauthorizedListeners.forEach((listener) => listener(error))
    throw error
  }
  return { data: body as T, headers: response.headers }
}

export const api = {
  get: async <T>(path: string, options?: RequestOptions) => (await apiRequest<T>('GET', path, options)).data,
  post: async <T>(path: string, body?: unknown, options?: RequestOptions) => (await apiRequest<T>('POST', path, { ...options, body })).data,
  put: async <T>(path: string, body?: unknown, options?: RequestOptions) => (await apiRequest<T>('PUT', path, { ...options, body })).data,
  patch: async <T>(path: string, body?: unknown, options?: RequestOptions) => (await apiRequest<T>('PATCH', path, { ...options, body })).data,
  delete: async <T>(path: string, options?: RequestOptions) => (await apiRequest<T>('DELETE', path, options)).data,
}
