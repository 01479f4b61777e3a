// The seed's secrets, precomputed because the seed is built synchronously and hashing is async:
// PBKDF2 of `demo-password` for every persona, each with its own salt, made once with Node's Web
// Crypto (the same call as passwords.ts: importKey + deriveBits, 100 000 iterations, a 16-byte
// getRandomValues salt, both base64), e.g.
//   node -e "(async()=>{const s=crypto.getRandomValues(new Uint8Array(16)),k=await crypto.subtle.importKey('raw',new TextEncoder().encode('demo-password'),'PBKDF2',false,['deriveBits']),h=await crypto.subtle.deriveBits({name:'PBKDF2',hash:'SHA-256',salt:s,iterations:100000},k,256);console.log('pbkdf2-sha256\$100000\$'+Buffer.from(s).toString('base64')+'\$'+Buffer.from(h).toString('base64'))})()"
// tests/api/security.test.ts proves every one verifies.

/** By user id. */
export const SEED_PASSWORD_HASHES: Record<string, string> = {
  'usr-personal-res': 'pbkdf2-sha256$100000$5t5VHQxbt37IaAdj/EnCAQ==$QpbGNaCm5jdwwVtfysgA+OG9Bh52l7iJu9myCSxTynw=',
  'usr-personal-nonres': 'pbkdf2-sha256$100000$BQK5PRi8eO4b+PeP552mQg==$GtFJ8nD8EpW7u0urxxZ3h4Hm/Ncyj96qAZCy9/U4vUs=',
  'usr-business-res': 'pbkdf2-sha256$100000$xJfu28cpNMY6CZrYpEOL0w==$KLeL7rpWuIyESw50PTYlpbjFOWOvyzttIO4RTJPdDIQ=',
  'usr-business-nonres': 'pbkdf2-sha256$100000$ESGE3Lfm4Ix1u4FcpEIIVQ==$UIWR1qvxig7PNWOF9QVO7QagoP4FHTl+MmUf8y3i4Hk=',
  'usr-sole-res': 'pbkdf2-sha256$100000$6tj6JJQatkcEVZm87HEcrg==$fQAAKEnxqA79+ehabwxRHMQ+n9nWcRF2vRsF85zVeac=',
  'usr-state-res': 'pbkdf2-sha256$100000$+EY0irGf3xRkOx0RARIULA==$NOonHMkW0eBPzSaXKdfNHrN8QdiY5qEqSaC+zt+jWbY=',
  'usr-business-res-user': 'pbkdf2-sha256$100000$gQsd828OFIASIM70vP0M5Q==$1G5puZgMgL9dAN3EPXc8lNCUIlgwUIHejgOHoId3vao=',
  'usr-secure-res': 'pbkdf2-sha256$100000$rmGdH2s+nU3GwIcw7GMBcw==$EqMcRpXj96XvdKAtuwLiVNVgOCr0l5AaoipqQbvtNj0=',
}

/** secure.resident's two-step secret; the README documents it so QA and tests can compute codes. */
export const SECURE_RESIDENT_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

/**
 * SHA-256 (hex) of secure.resident's ten backup codes, in the order the README lists them
 * (`node -e "console.log(require('crypto').createHash('sha256').update('q7rk-2mvd').digest('hex'))"`).
 */
export const SECURE_RESIDENT_BACKUP_CODE_HASHES: string[] = [
  '88a0d336ffe274b6245a31dc01db389d7912f3b24b6999e932d1076ad7510739',
  '978e10292e5f442cb956c592dec936d6d4dc064b9ffd08c3fcfe1356a36dab11',
  '5e1a14139a8d3f8c69192ad9bfb8819dd370dc53abe52d219b58b6b900df07e7',
  'b81bb3db28e8898df7df631b661715b212a49c486d48e4dea392692753fa16b4',
  'dbb50a826c5c3de8d2551f485fca514e29922305711ff52e21184d96a8470755',
  '4f1b909ae47f0b955f3c5ec84ce2c895c220532f72c1dac51c69dd5ec7b9f8a2',
  'e69238c9ad00d0af1090cae19970f81b9fbed32a27503650b8ad893d52223ebc',
  '07fefa1f4cb6cf79cd3a2ff061c0279dcac30050940267794043ef900f3ad37d',
  '2e4722bd1057d02d8b101c6d9738560578590aece2200d44b45391f536a4c389',
  '9edc8022d6b20e2b757ab7a02c129b53d2b94a1f57cf475d0ffe79577f641a5b',
]
