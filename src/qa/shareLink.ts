// A QA share link: the scenario (persona, page, language, theme, network, clock) as base64url JSON
// in the query parameter `qa`, and optionally the whole mock data gzip'd (CompressionStream) in
// the fragment `#qa-data=`, which the browser never sends to a server. Pure: no app state.
import type { QaClock, QaNetwork, QaNetworkRule } from './types'
import { QA_ANSWERS, QA_METHODS } from './types'

export const SHARE_PARAM = 'qa'
export const DATA_PARAM = 'qa-data'
/** Longer URLs are refused: browsers and chat tools cut them (the file export carries any size). */
export const MAX_LINK_LENGTH = 1_500_000

export interface QaScenario {
  /** The signed-in persona's email; null when logged out. */
  persona: string | null
  /** The page, as the router's full path (with its query). */
  path: string
  language: 'en' | 'ru'
  theme: 'light' | 'dark' | 'branded'
  network: QaNetwork
  clock: Pick<QaClock, 'offsetMs' | 'frozenAt'>
}

export interface SharedLink {
  scenario: QaScenario
  /** The mock data (a DbState as the export gives it), when the link carries it. */
  data: unknown
}

/** The link cannot be read; nothing of it is applied. */
export class ShareLinkError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ShareLinkError'
  }
}

function bytesToBase64url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function base64urlToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new ShareLinkError('not base64url')
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform)
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

export function encodeScenario(scenario: QaScenario): string {
  return bytesToBase64url(new TextEncoder().encode(JSON.stringify(scenario)))
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value)
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0

function checkRule(value: unknown): QaNetworkRule {
  if (!isObject(value)) throw new ShareLinkError('a rule is not an object')
  const { id, method, pattern, answer, remaining } = value
  if (typeof id !== 'string' || typeof pattern !== 'string' || !pattern.startsWith('/')) throw new ShareLinkError('a rule has no id or pattern')
  if (!QA_METHODS.includes(method as never) || !QA_ANSWERS.includes(answer as never)) throw new ShareLinkError('a rule has an unknown method or answer')
  if (remaining !== null && !(isCount(remaining) && remaining > 0)) throw new ShareLinkError('a rule has a bad count')
  return { id, method: method as QaNetworkRule['method'], pattern, answer: answer as QaNetworkRule['answer'], remaining }
}

/** Reads the `qa` parameter; throws ShareLinkError for anything that is not a whole scenario. */
export function decodeScenario(text: string): QaScenario {
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64urlToBytes(text)))
  } catch (error) {
    throw error instanceof ShareLinkError ? error : new ShareLinkError('not JSON')
  }
  if (!isObject(value)) throw new ShareLinkError('not an object')
  const { persona, path, language, theme, network, clock } = value
  if (persona !== null && typeof persona !== 'string') throw new ShareLinkError('bad persona')
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//')) throw new ShareLinkError('bad path')
  if (language !== 'en' && language !== 'ru') throw new ShareLinkError('bad language')
  if (theme !== 'light' && theme !== 'dark' && theme !== 'branded') throw new ShareLinkError('bad theme')
  if (!isObject(network) || !isObject(network.latency) || !Array.isArray(network.rules)) throw new ShareLinkError('bad network')
  const { min, max } = network.latency
  if (!isCount(min) || !isCount(max) || min > max) throw new ShareLinkError('bad latency')
  if (!isObject(clock) || !isCount(clock.offsetMs)) throw new ShareLinkError('bad clock')
  const frozenAt = clock.frozenAt
  if (frozenAt !== null && (typeof frozenAt !== 'string' || Number.isNaN(Date.parse(frozenAt)))) throw new ShareLinkError('bad frozen time')
  return { persona, path, language, theme, network: { latency: { min, max }, rules: network.rules.map(checkRule) }, clock: { offsetMs: clock.offsetMs, frozenAt } }
}

/** The data as gzip'd base64url JSON. */
export async function encodeData(data: unknown): Promise<string> {
  return bytesToBase64url(await pipe(new TextEncoder().encode(JSON.stringify(data)), new CompressionStream('gzip')))
}

export async function decodeData(text: string): Promise<unknown> {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await pipe(base64urlToBytes(text), new DecompressionStream('gzip'))))
  } catch {
    throw new ShareLinkError('the data cannot be read')
  }
}

export type BuiltLink = { url: string; tooLarge: false } | { url: null; tooLarge: true; length: number }

/**
 * The link to `appBase` (the app's absolute base URL, ending in `/`) at the scenario's page.
 * With data, a link longer than MAX_LINK_LENGTH is refused (`tooLarge`).
 */
export async function buildShareLink(appBase: string, scenario: QaScenario, data?: unknown): Promise<BuiltLink> {
  const url = new URL(scenario.path.slice(1), appBase)
  url.searchParams.set(SHARE_PARAM, encodeScenario(scenario))
  if (data !== undefined) url.hash = `${DATA_PARAM}=${await encodeData(data)}`
  const href = url.href
  return href.length > MAX_LINK_LENGTH ? { url: null, tooLarge: true, length: href.length } : { url: href, tooLarge: false }
}

/** Whether the address is a share link (has the `qa` parameter). */
export function isShareLink(href: string): boolean {
  return new URL(href).searchParams.has(SHARE_PARAM)
}

/** Reads a share link; throws ShareLinkError when its scenario or data is malformed. */
export async function readShareLink(href: string): Promise<SharedLink> {
  const url = new URL(href)
  const encoded = url.searchParams.get(SHARE_PARAM)
  if (!encoded) throw new ShareLinkError('no scenario')
  const scenario = decodeScenario(encoded)
  const fragment = new URLSearchParams(url.hash.slice(1)).get(DATA_PARAM)
  const hasData = url.hash.slice(1).split('&').some((part) => part.startsWith(`${DATA_PARAM}=`))
  if (hasData && !fragment) throw new ShareLinkError('empty data')
  return { scenario, data: fragment ? await decodeData(fragment) : null }
}

/** The same address without the share parameters (`qa`, `#qa-data`). */
export function withoutShareParams(href: string): string {
  const url = new URL(href)
  url.searchParams.delete(SHARE_PARAM)
  const hash = new URLSearchParams(url.hash.slice(1))
  if (hash.has(DATA_PARAM)) url.hash = ''
  return url.href
}
