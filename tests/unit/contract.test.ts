// The contract at run time (mocks/kernel/contract.ts): requests are matched to the operations of
// openapi/ and their query and body checked against it, with a field error code per field.
import { describe, expect, it } from 'vitest'
import { matchOperation, validateRequest } from '@mocks/kernel/contract'
import { validateDbState } from '@mocks/kernel/contract/dbState.gen'

const none = new URLSearchParams()
const body = (value: unknown) => ({ body: value, hasBody: true, query: none })
const NEW_TICKET = { subject: 'Server does not boot', category: 'technical', service: null, message: 'It stopped after the update yesterday.' }

describe('matchOperation', () => {
  it('finds the operation of a path with parameters and decodes them', () => {
    expect(matchOperation('GET', '/tickets/1001')).toEqual({ operationId: 'getTicket', pathTemplate: '/tickets/{id}', params: { id: '1001' } })
    expect(matchOperation('post', '/tickets/10%2001/messages')).toEqual({ operationId: 'replyToTicket', pathTemplate: '/tickets/{id}/messages', params: { id: '10 01' } })
    expect(matchOperation('GET', '/knowledge-base')).toMatchObject({ operationId: 'searchKnowledgeBase', params: {} })
  })

  it('tells a path the API does not have (404) from a method it does not allow (405)', () => {
    expect(matchOperation('GET', '/nothing/here')).toBeNull()
    expect(matchOperation('GET', '/tickets/1001/extra')).toBeNull()
    expect(matchOperation('GET', '/')).toBeNull()
    expect(matchOperation('PUT', '/tickets/1001')).toEqual({ notAllowed: true, allow: ['GET', 'PATCH'] })
    expect(matchOperation('DELETE', '/auth/login')).toMatchObject({ notAllowed: true, allow: ['POST'] })
  })
})

describe('validateRequest', () => {
  it('accepts what the app sends', () => {
    expect(validateRequest('createTicket', body(NEW_TICKET))).toBeNull()
    expect(validateRequest('listTickets', { hasBody: false, query: new URLSearchParams({ status: 'open', q: 'boot' }) })).toBeNull()
    expect(validateRequest('updateSettings', body({ theme: null, uiState: { 'tickets.filters': { status: 'open' } } }))).toBeNull()
    expect(validateRequest('updateProfile', body({ values: { inn: '7707083893', phone: '+7 916 123-45-67' } }))).toBeNull()
    expect(validateRequest('logout', { hasBody: false, query: none })).toBeNull()
  })

  it('refuses fields of the wrong type, naming each field', () => {
    expect(validateRequest('createTicket', body({ ...NEW_TICKET, subject: 12345678, category: ['technical'] }))).toEqual({
      subject: 'validation.type',
      category: 'validation.type',
    })
    expect(validateRequest('replyToTicket', body({ message: 1234567890123 }))).toEqual({ message: 'validation.type' })
    expect(validateRequest('updateProfile', body({ values: { inn: 7707083893 } }))).toEqual({ 'values.inn': 'validation.type' })
    expect(validateRequest('requestReferral', body({ url: 'https://example.com', audience: 'Developers', promotion: 'Articles', consent: 'yes' }))).toEqual({ consent: 'validation.type' })
  })

  it('refuses unknown fields', () => {
    expect(validateRequest('updateSettings', body({ theme: 'dark', colour: 'red' }))).toEqual({ colour: 'validation.unknownField' })
    expect(validateRequest('updateProfile', body({ values: { nickname: 'x' } }))).toEqual({ 'values.nickname': 'validation.unknownField' })
  })

  it('refuses values outside an enum, with the code the form uses for that field', () => {
    expect(validateRequest('updateSettings', body({ theme: 'neon', language: 'de' }))).toEqual({ theme: 'validation.oneOf', language: 'validation.oneOf' })
    expect(validateRequest('updateTicketStatus', body({ status: 'answered' }))).toEqual({ status: 'validation.oneOf' })
    expect(validateRequest('createTicket', body({ ...NEW_TICKET, category: 'spaceships' }))).toEqual({ category: 'validation.ticket.categoryRequired' })
  })

  it('refuses missing and blank required fields with the form’s codes', () => {
    expect(validateRequest('createTicket', body({}))).toEqual({
      subject: 'validation.ticket.subjectRequired',
      category: 'validation.ticket.categoryRequired',
      message: 'validation.ticket.messageRequired',
    })
    expect(validateRequest('createTicket', body({ ...NEW_TICKET, subject: '   ' }))).toEqual({ subject: 'validation.ticket.subjectRequired' })
    expect(validateRequest('login', body({ email: 'a@b.co' }))).toEqual({ password: 'validation.required' })
  })

  it('refuses a body that is not an object, a missing body, and a body where none is taken', () => {
    expect(validateRequest('createTicket', body(['technical']))).toEqual({ body: 'validation.type' })
    expect(validateRequest('createTicket', body(null))).toEqual({ body: 'validation.type' })
    expect(validateRequest('createTicket', body('subject'))).toEqual({ body: 'validation.type' })
    expect(validateRequest('createTicket', { hasBody: false, query: none })).toEqual({ body: 'validation.required' })
    expect(validateRequest('markTicketRead', body({ read: true }))).toEqual({ body: 'validation.unexpectedBody' })
  })

  it('refuses unknown, repeated and out-of-enum query parameters', () => {
    expect(validateRequest('listTickets', { hasBody: false, query: new URLSearchParams({ status: 'lost' }) })).toEqual({ status: 'validation.oneOf' })
    expect(validateRequest('listTickets', { hasBody: false, query: new URLSearchParams({ sort: 'asc' }) })).toEqual({ sort: 'validation.unknownField' })
    expect(validateRequest('getSettings', { hasBody: false, query: new URLSearchParams({ debug: '1' }) })).toEqual({ debug: 'validation.unknownField' })
    expect(validateRequest('searchKnowledgeBase', { hasBody: false, query: new URLSearchParams('q=a&q=b') })).toEqual({ q: 'validation.type' })
    expect(validateRequest('getContextHelp', { hasBody: false, query: new URLSearchParams({ locale: 'de' }) })).toEqual({ locale: 'validation.oneOf' })
  })

  it('throws on an operation the contract does not have', () => {
    expect(() => validateRequest('launchRocket', { hasBody: false, query: none })).toThrow(/launchRocket/)
  })
})

describe('validateDbState', () => {
  it('accepts the seed and the data after the API has changed it', async () => {
    const { createSeed } = await import('@mocks/seed')
    const seed = createSeed()
    expect(validateDbState(seed), JSON.stringify(validateDbState.errors)).toBe(true)
    seed.tickets[0]!.awaitingReply = true
    seed.accounts[0]!.gdprArchive = null
    expect(validateDbState(JSON.parse(JSON.stringify(seed)))).toBe(true)
  })

  it('refuses a stored state of another shape', async () => {
    const { createSeed } = await import('@mocks/seed')
    expect(validateDbState({ version: 5 })).toBe(false)
    expect(validateDbState([])).toBe(false)
    expect(validateDbState({ ...createSeed(), tickets: {} })).toBe(false)
    expect(validateDbState({ ...createSeed(), users: [{ id: 'usr-1' }] })).toBe(false)
    expect(validateDbState({ ...createSeed(), surprise: [] })).toBe(false)
  })
})
