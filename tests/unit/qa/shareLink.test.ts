import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildShareLink, decodeScenario, encodeData, encodeScenario, MAX_LINK_LENGTH, readShareLink, ShareLinkError, withoutShareParams, type QaScenario } from '@/qa/shareLink'

const BASE = 'https://panel.example/app/'
const scenario: QaScenario = {
  persona: 'business.resident@demo.test',
  path: '/tickets/1001?tab=history',
  language: 'ru',
  theme: 'dark',
  network: { latency: { min: 100, max: 400 }, rules: [{ id: 'rule-1', method: 'GET', pattern: '/tickets*', answer: '503', remaining: 2 }] },
  clock: { offsetMs: 3_600_000, frozenAt: null },
}
const encodeJson = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

describe('shareLink', () => {
  it('round-trips a scenario through the qa parameter, at the shared page under the app base', async () => {
    const built = await buildShareLink(BASE, scenario)
    expect(built.tooLarge).toBe(false)
    const url = new URL(built.url!)
    expect(url.pathname).toBe('/app/tickets/1001')
    expect(url.searchParams.get('tab')).toBe('history')
    expect(url.hash).toBe('')
    await expect(readShareLink(url.href)).resolves.toEqual({ scenario, data: null })
  })

  it('carries the data gzip-compressed in the fragment, never in the query', async () => {
    const data = { version: 7, users: Array.from({ length: 200 }, (_, i) => ({ id: `u${i}`, email: `user${i}@demo.test`, name: 'Павел Соколов' })) }
    const built = await buildShareLink(BASE, { ...scenario, persona: null, clock: { offsetMs: 0, frozenAt: '2026-01-15T07:00:00.000Z' } }, data)
    const url = new URL(built.url!)
    expect(url.hash.startsWith('#qa-data=')).toBe(true)
    expect(url.search).not.toContain('qa-data')
    // Compressed: far shorter than the JSON itself.
    expect(url.hash.length).toBeLessThan(JSON.stringify(data).length / 3)
    const read = await readShareLink(url.href)
    expect(read.data).toEqual(data)
    expect(read.scenario.clock.frozenAt).toBe('2026-01-15T07:00:00.000Z')
  })

  it('refuses a link that would be too long and says how long', async () => {
    // Random bytes do not compress: as base64 text they make a link longer than the limit.
    const noise = randomBytes(MAX_LINK_LENGTH).toString('base64')
    const built = await buildShareLink(BASE, scenario, { noise })
    expect(built.tooLarge).toBe(true)
    expect(built.url).toBeNull()
    expect(built.tooLarge && built.length).toBeGreaterThan(MAX_LINK_LENGTH)
  })

  it.each([
    ['not base64url', '%%%'],
    ['base64 of no JSON', btoa('not json')],
    ['JSON that is no object', encodeJson([1, 2])],
    ['a path to another site', encodeJson({ ...scenario, path: '//evil.example/' })],
    ['an unknown language', encodeJson({ ...scenario, language: 'de' })],
    ['an unknown theme', encodeJson({ ...scenario, theme: 'pink' })],
    ['no network', encodeJson({ ...scenario, network: null })],
    ['a latency range upside down', encodeJson({ ...scenario, network: { latency: { min: 500, max: 100 }, rules: [] } })],
    ['a rule with an unknown answer', encodeJson({ ...scenario, network: { ...scenario.network, rules: [{ ...scenario.network.rules[0], answer: '418' }] } })],
    ['a rule pattern without a leading slash', encodeJson({ ...scenario, network: { ...scenario.network, rules: [{ ...scenario.network.rules[0], pattern: 'tickets' }] } })],
    ['a negative clock offset', encodeJson({ ...scenario, clock: { offsetMs: -5, frozenAt: null } })],
    ['a frozen time that is no time', encodeJson({ ...scenario, clock: { offsetMs: 0, frozenAt: 'yesterday' } })],
  ])('refuses a scenario with %s', (_, text) => {
    expect(() => decodeScenario(text)).toThrow(ShareLinkError)
  })

  it('refuses data in the fragment that is not gzip’d JSON, and an empty one', async () => {
    const query = `?qa=${encodeScenario(scenario)}`
    await expect(readShareLink(`${BASE}${query}#qa-data=${encodeJson({ a: 1 })}`)).rejects.toThrow(ShareLinkError)
    await expect(readShareLink(`${BASE}${query}#qa-data=`)).rejects.toThrow(ShareLinkError)
    const gzippedText = await encodeData('x') // valid gzip of JSON: a string is still data
    await expect(readShareLink(`${BASE}${query}#qa-data=${gzippedText}`)).resolves.toMatchObject({ data: 'x' })
  })

  it('drops only the share parameters from an address', () => {
    expect(withoutShareParams(`${BASE}tickets?tab=history&qa=abc#qa-data=xyz`)).toBe(`${BASE}tickets?tab=history`)
    expect(withoutShareParams(`${BASE}kb#section`)).toBe(`${BASE}kb#section`)
  })
})
