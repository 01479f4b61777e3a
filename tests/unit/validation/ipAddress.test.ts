import { describe, expect, it } from 'vitest'
import { ipInRange, isValidIpRange, parseIpAddress, parseIpRange } from '@/validation/rules/ipAddress'

describe('parseIpAddress', () => {
  it.each([
    ['0.0.0.0', [0, 0, 0, 0]],
    ['203.0.113.7', [203, 0, 113, 7]],
    ['255.255.255.255', [255, 255, 255, 255]],
    [' 10.1.2.3 ', [10, 1, 2, 3]],
  ])('reads the IPv4 address %s', (text, bytes) => {
    expect(parseIpAddress(text)).toEqual({ version: 4, bytes })
  })

  it.each(['256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.-4', '1..2.3', 'a.b.c.d', '1.2.3.4/', ''])('refuses the IPv4 address %j', (text) => {
    expect(parseIpAddress(text)).toBeNull()
  })

  const v6 = (groups: number[]) => groups.flatMap((g) => [g >> 8, g & 0xff])

  it.each([
    ['2001:db8:0:0:0:0:0:1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['2001:DB8::1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['fe80::', [0xfe80, 0, 0, 0, 0, 0, 0, 0]],
    ['1:2:3:4:5:6:7::', [1, 2, 3, 4, 5, 6, 7, 0]],
    ['::2:3:4:5:6:7:8', [0, 2, 3, 4, 5, 6, 7, 8]],
    ['::ffff:192.0.2.1', [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]],
    ['64:ff9b::198.51.100.7', [0x64, 0xff9b, 0, 0, 0, 0, 0xc633, 0x6407]],
    ['1:2:3:4:5:6:1.2.3.4', [1, 2, 3, 4, 5, 6, 0x0102, 0x0304]],
  ])('reads the IPv6 address %s', (text, groups) => {
    expect(parseIpAddress(text)).toEqual({ version: 6, bytes: v6(groups) })
  })

  it.each([
    ['two “::”', '1::2::3'],
    ['“:::”', '1:::2'],
    ['nine groups', '1:2:3:4:5:6:7:8:9'],
    ['seven groups without “::”', '1:2:3:4:5:6:7'],
    ['“::” standing for no group', '1:2:3:4:5:6:7:8::'],
    ['a group of five digits', '12345::1'],
    ['a leading single colon', ':1:2:3:4:5:6:7'],
    ['a trailing single colon', '1:2:3:4:5:6:7:'],
    ['a letter beyond f', '2001:db8::g'],
    ['a zone index', 'fe80::1%eth0'],
    ['an embedded IPv4 address before “::”', '1.2.3.4::'],
    ['an embedded IPv4 address in the middle', '::1.2.3.4:5'],
    ['a bad embedded IPv4 address', '::ffff:300.0.2.1'],
    ['too many groups with an embedded IPv4 address', '1:2:3:4:5:6:7:1.2.3.4'],
  ])('refuses an IPv6 address with %s', (_name, text) => {
    expect(parseIpAddress(text)).toBeNull()
  })
})

describe('parseIpRange', () => {
  it.each([
    ['203.0.113.7', 4, 32],
    ['203.0.113.0/24', 4, 24],
    ['0.0.0.0/0', 4, 0],
    ['10.0.0.1/32', 4, 32],
    ['2001:db8::/32', 6, 32],
    ['::/0', 6, 0],
    ['::1/128', 6, 128],
    ['2001:db8::1', 6, 128],
  ])('reads %s as IPv%i with a prefix of %i', (text, version, prefix) => {
    expect(parseIpRange(text)).toMatchObject({ version, prefix })
  })

  it.each(['10.0.0.0/33', '2001:db8::/129', '10.0.0.0/', '10.0.0.0/08', '10.0.0.0/-1', '10.0.0.0/8/8', '10.0.0.0/a', '/24', 'localhost', ''])('refuses %j', (text) => {
    expect(parseIpRange(text)).toBeNull()
    expect(isValidIpRange(text)).toBe(false)
  })
})

describe('ipInRange', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7', true],
    ['203.0.113.8', '203.0.113.7', false],
    ['203.0.113.200', '203.0.113.0/24', true],
    ['203.0.114.1', '203.0.113.0/24', false],
    // A prefix that does not end on a byte.
    ['10.0.0.1', '10.0.0.0/31', true],
    ['10.0.0.2', '10.0.0.0/31', false],
    ['172.31.255.255', '172.16.0.0/12', true],
    ['172.32.0.0', '172.16.0.0/12', false],
    ['8.8.8.8', '0.0.0.0/0', true],
    ['2001:db8:ffff::1', '2001:db8::/32', true],
    ['2001:db9::1', '2001:db8::/32', false],
    ['2001:db8::7', '2001:db8::6/127', true],
    ['2001:db8::8', '2001:db8::6/127', false],
    ['::1', '::1', true],
    ['fe80::1', '::/0', true],
  ])('puts %s in %s: %s', (address, range, inside) => {
    expect(ipInRange(address, range)).toBe(inside)
  })

  it('never matches an IPv4 address with an IPv6 range, or back', () => {
    expect(ipInRange('192.0.2.1', '::ffff:192.0.2.1')).toBe(false)
    expect(ipInRange('192.0.2.1', '::/0')).toBe(false)
    expect(ipInRange('::ffff:192.0.2.1', '0.0.0.0/0')).toBe(false)
  })

  it('matches nothing with what does not parse', () => {
    expect(ipInRange('not an address', '0.0.0.0/0')).toBe(false)
    expect(ipInRange('10.0.0.1', '10.0.0.0/33')).toBe(false)
  })
})
