import { describe, expect, it } from 'vitest'
import { afterFiring, checkNetworkSettings, isValidPattern, matchRule, parseNetworkSettings, patternMatches, type NetworkRule } from '@mocks/kernel/networkRules'

const rule = (over: Partial<NetworkRule>): NetworkRule => ({ id: 'r1', method: '*', pattern: '/profile', answer: '503', remaining: null, ...over })

describe('network rule patterns', () => {
  it.each([
    ['/profile', '/profile', true],
    ['/profile', '/profile/settings', false],
    ['/profile', '/my/profile', false],
    ['/tickets*', '/tickets', true],
    ['/tickets*', '/tickets/1001/messages', true],
    ['/tickets*', '/ticketsx', true],
    ['/tickets/*/messages', '/tickets/1001/messages', true],
    ['/tickets/*/messages', '/tickets/1001', false],
    ['/*', '/home/summary', true],
    ['/home.summary', '/homeXsummary', false],
    ['/profile', '/profile?view=full', true],
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected)
  })

  it.each(['profile', '', '*', '/pro file', '/profile?x=1', '/a#b', ' /profile', `/${'a'.repeat(200)}`, 42, null])('refuses the bad pattern %j', (pattern) => {
    expect(isValidPattern(pattern)).toBe(false)
  })

  it.each(['/', '/profile', '/tickets*', '/services/*/renew', '/api-keys/key_1'])('takes the pattern %s', (pattern) => {
    expect(isValidPattern(pattern)).toBe(true)
  })
})

describe('matchRule', () => {
  it('matches by method, any method with *, and the first matching rule wins', () => {
    const rules = [rule({ id: 'get', method: 'GET', pattern: '/profile' }), rule({ id: 'any', method: '*', pattern: '/profile*' })]
    expect(matchRule(rules, 'GET', '/profile')?.id).toBe('get')
    expect(matchRule(rules, 'patch', '/profile')?.id).toBe('any')
    expect(matchRule(rules, 'PATCH', '/settings')).toBeNull()
    expect(matchRule([rule({ method: 'POST' })], 'GET', '/profile')).toBeNull()
  })

  it('never matches with a bad pattern (a hand-edited setting)', () => {
    expect(matchRule([rule({ pattern: 'profile' })], 'GET', '/profile')).toBeNull()
  })

  it('counts a "next N requests" rule down and removes it after the last one', () => {
    let rules = [rule({ id: 'twice', remaining: 2 }), rule({ id: 'always', pattern: '/settings' })]
    expect(matchRule(rules, 'GET', '/profile')?.id).toBe('twice')
    rules = afterFiring(rules, 'twice')
    expect(rules[0]).toMatchObject({ id: 'twice', remaining: 1 })
    expect(matchRule(rules, 'GET', '/profile')?.id).toBe('twice')
    rules = afterFiring(rules, 'twice')
    expect(rules.map((r) => r.id)).toEqual(['always'])
    expect(matchRule(rules, 'GET', '/profile')).toBeNull()
    // An "always" rule is never used up.
    expect(afterFiring(rules, 'always')).toEqual(rules)
  })
})

describe('the network setting', () => {
  it('refuses a bad pattern on its field, and other wrong fields on theirs', () => {
    const checked = checkNetworkSettings({
      latency: { min: 400, max: 100 },
      rules: [rule({ id: 'a' }), rule({ id: 'b', pattern: 'tickets' }), { id: 'a', method: 'BREW', pattern: '/x', answer: '418', remaining: 0 }],
    })
    expect(checked).toEqual({
      errors: {
        'latency.max': 'validation.invalid',
        'rules.1.pattern': 'validation.qaPattern',
        'rules.2.id': 'validation.invalid',
        'rules.2.method': 'validation.invalid',
        'rules.2.answer': 'validation.invalid',
        'rules.2.remaining': 'validation.invalid',
      },
    })
  })

  it('takes a good setting as it is', () => {
    const settings = { latency: { min: 0, max: 1500 }, rules: [rule({ remaining: 3, answer: '429', method: 'POST', pattern: '/tickets*' })] }
    expect(checkNetworkSettings(settings)).toEqual({ settings })
  })

  it('reads a broken stored value as nothing stored (the default applies)', () => {
    expect(parseNetworkSettings(null)).toBeNull()
    expect(parseNetworkSettings('{not json')).toBeNull()
    expect(parseNetworkSettings('"100-400"')).toBeNull()
    expect(parseNetworkSettings(JSON.stringify({ latency: { min: 0, max: 0 }, rules: [rule({ pattern: 'x' })] }))).toBeNull()
    expect(parseNetworkSettings(JSON.stringify({ latency: { min: 0, max: 0 } }))).toEqual({ latency: { min: 0, max: 0 }, rules: [] })
  })
})
