// business.resident's keys, relative to when the data is seeded, so the tab shows every state: a
// full key in daily use, a read-only one limited to the office network, a disabled old one.
// Only hashes are stored, precomputed (the seed is synchronous, hashing async), e.g.
//   node -e "console.log(require('crypto').createHash('sha256').update('ccp_…').digest('hex'))"
// The README documents the first two secrets for QA (tests/api/apiKeys.test.ts uses them):
//   Terraform  ccp_Y0djOKuf3CSdk5kZPeDNzoYIEQDCrpjD1W2a0DaZ
//   Monitoring ccp_RWCrtrkfsGRK0i1B1gB8mWeGxcwAVOO1NGghtcWn
import type { DbApiKey } from '../kernel/schema'

const HOUR = 3_600_000
const DAY = 24 * HOUR

const iso = (at: number) => new Date(at).toISOString()

export function seedApiKeys(seededAt: number): DbApiKey[] {
  const userId = 'usr-business-res'
  const monitoringCreated = seededAt - 20 * DAY
  return [
    {
      id: 'key-terraform',
      userId,
      name: 'Terraform',
      access: 'full',
      secretHash: '89f12682294e63f0d69648d2dabb74b3be803ce3ce7e95b2e3a57efd0cdec455',
      prefix: 'ccp_Y0dj',
      last4: '0DaZ',
      allowedIps: [],
      createdAt: iso(seededAt - 120 * DAY),
      expiresAt: null,
      enabled: true,
      lastUsedAt: iso(seededAt - 2 * DAY),
      lastUsedIp: '95.161.224.17',
      previous: null,
    },
    {
      id: 'key-monitoring',
      userId,
      name: 'Monitoring',
      access: 'readOnly',
      secretHash: 'e732a018e0f670d049684687fd13fd9bd2ca719fc9b082aa5b8f2e887bb37a3e',
      prefix: 'ccp_RWCr',
      last4: 'tcWn',
      allowedIps: ['95.161.224.0/24'],
      createdAt: iso(monitoringCreated),
      expiresAt: iso(monitoringCreated + 90 * DAY),
      enabled: true,
      lastUsedAt: iso(seededAt - 3 * HOUR),
      lastUsedIp: '95.161.224.40',
      previous: null,
    },
    {
      id: 'key-old-ci',
      userId,
      name: 'Old CI',
      access: 'full',
      secretHash: '57e6d6ab14ed80cde028818f334a6e407b3ce38edce1f5ca5102562b25765a0d',
      prefix: 'ccp_RHNg',
      last4: 'uWZq',
      allowedIps: [],
      createdAt: iso(seededAt - 300 * DAY),
      expiresAt: null,
      enabled: false,
      lastUsedAt: iso(seededAt - 210 * DAY),
      lastUsedIp: '185.12.64.200',
      previous: null,
    },
  ]
}
