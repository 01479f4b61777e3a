import { afterEach, describe, expect, it, vi } from 'vitest'
import { setAuthToken } from '@/api/client'
import { homeApi } from '@/api/home'
import { ticketsApi } from '@/api/tickets'
import { SUPPORT_REPLY_DELAY_MS } from '@mocks/kernel/qaSettings'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'
import { addProfileChangeTicket } from '../helpers/profileChangeTicket'

const NEW_TICKET = { subject: 'Server is unreachable', category: 'technical' as const, service: 'cloud-servers', message: 'Since 10:00 the server does not answer ping.' }

/** Moves the clock past the simulated support delay (only Date; timers stay real). */
function afterSupportDelay() {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(Date.now() + SUPPORT_REPLY_DELAY_MS + 1_000)
}

afterEach(() => vi.useRealTimers())

describe('mock API: tickets', () => {
  it('shows the main administrator every ticket of the account, newest first', async () => {
    await loginAs('business.resident@demo.test')
    const items = await ticketsApi.list()
    expect(items.map((t) => t.id)).toEqual(['1003', '1001', '1002'])
    expect(items.find((t) => t.id === '1003')?.openedBy).toBe('Дмитрий Орлов')
  })

  it('shows a user who is not the main administrator only the tickets they opened', async () => {
    await loginAs('user.business.resident@demo.test')
    expect((await ticketsApi.list()).map((t) => t.id)).toEqual(['1003'])
    expect((await failure(ticketsApi.get('1001'))).status).toBe(404)
  })

  it('answers 404 for a ticket of another account', async () => {
    await loginAs('sole.resident@demo.test')
    const error = await failure(ticketsApi.get('1001'))
    expect(error.status).toBe(404)
    expect(error.code).toBe('tickets.notFound')
  })

  it('filters by status and finds tickets by words of the subject or the number', async () => {
    await loginAs('business.resident@demo.test')
    expect((await ticketsApi.list({ status: 'closed' })).map((t) => t.id)).toEqual(['1002'])
    expect((await ticketsApi.list({ q: 'документы ОКТЯБРЬ' })).map((t) => t.id)).toEqual(['1002'])
    expect((await ticketsApi.list({ q: '#1001' })).map((t) => t.id)).toEqual(['1001'])
    expect(await ticketsApi.list({ status: 'open', q: 'документы' })).toEqual([])
    expect((await failure(ticketsApi.list({ status: 'lost' as never }))).fieldErrors).toEqual({ status: 'validation.oneOf' })
  })

  it('refuses an empty ticket with a message per field', async () => {
    await loginAs('business.resident@demo.test')
    const error = await failure(ticketsApi.create({ subject: ' ', category: '' as never, service: null, message: '' }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({
      subject: 'validation.ticket.subjectRequired',
      category: 'validation.ticket.categoryRequired',
      message: 'validation.ticket.messageRequired',
    })
    const tooShort = await failure(ticketsApi.create({ ...NEW_TICKET, subject: 'Hi', service: 'spaceships' }))
    expect(tooShort.fieldErrors).toEqual({ subject: 'validation.ticket.subjectLength', service: 'validation.oneOf' })
  })

  it('creates an open ticket with the next number, which support answers after the delay', async () => {
    await loginAs('business.resident@demo.test')
    const created = await ticketsApi.create({ ...NEW_TICKET, subject: `  ${NEW_TICKET.subject}  ` })
    expect(created).toMatchObject({ id: '1008', subject: NEW_TICKET.subject, status: 'open', service: 'cloud-servers', unread: false, openedBy: 'Елена Смирнова' })
    expect(created.messages).toHaveLength(1)
    // Before the delay the thread waits for support.
    expect((await ticketsApi.get('1008')).messages).toHaveLength(1)

    afterSupportDelay()
    const answered = await ticketsApi.get('1008')
    expect(answered.status).toBe('answered')
    expect(answered.unread).toBe(true)
    expect(answered.messages.map((m) => m.author)).toEqual(['customer', 'support'])
    expect(answered.messages[1]?.text).toContain('engineers on duty')
    expect((await ticketsApi.list()).find((t) => t.id === '1008')?.unread).toBe(true)

    const read = await ticketsApi.markRead('1008')
    expect(read.unread).toBe(false)
  })

  it('counts a due support answer as unread on the home summary before any ticket is read', async () => {
    await loginAs('business.resident@demo.test')
    const unreadBefore = (await homeApi.summary()).unreadTickets
    await ticketsApi.create(NEW_TICKET)
    expect((await homeApi.summary()).unreadTickets).toBe(unreadBefore)
    afterSupportDelay()
    // The summary is the first request after the delay: it must see the answer itself.
    expect((await homeApi.summary()).unreadTickets).toBe(unreadBefore + 1)
  })

  it('keeps the new-answer mark per person: the main administrator reading #1003 does not clear it for its opener, and vice versa', async () => {
    const user = 'user.business.resident@demo.test'
    const admin = 'business.resident@demo.test'
    const unreadFor = async (email: string) => {
      await loginAs(email)
      return { ticket: (await ticketsApi.get('1003')).unread, list: (await ticketsApi.list()).find((t) => t.id === '1003')?.unread, home: (await homeApi.summary()).unreadTickets }
    }
    await loginAs(user)
    await ticketsApi.reply('1003', 'Есть новости по адресу?')
    afterSupportDelay()
    expect(await unreadFor(user)).toEqual({ ticket: true, list: true, home: 1 })
    expect(await unreadFor(admin)).toEqual({ ticket: true, list: true, home: 2 }) // #1001 is unread from the seed

    expect((await ticketsApi.markRead('1003')).unread).toBe(false)
    expect(await unreadFor(admin)).toEqual({ ticket: false, list: false, home: 1 })
    expect(await unreadFor(user)).toEqual({ ticket: true, list: true, home: 1 })

    // Support answers again; this time the user reads it first.
    await ticketsApi.reply('1003', 'Ещё один вопрос.')
    afterSupportDelay()
    await ticketsApi.markRead('1003')
    expect(await unreadFor(user)).toEqual({ ticket: false, list: false, home: 0 })
    expect(await unreadFor(admin)).toEqual({ ticket: true, list: true, home: 2 })
  })

  it('refuses with 404 to reply to, close or mark read a ticket a user did not open', async () => {
    await loginAs('user.business.resident@demo.test')
    expect((await failure(ticketsApi.reply('1001', 'Hello'))).status).toBe(404)
    expect((await failure(ticketsApi.setStatus('1001', 'closed'))).status).toBe(404)
    expect((await failure(ticketsApi.markRead('1001'))).status).toBe(404)
    await loginAs('business.resident@demo.test')
    expect((await ticketsApi.get('1001')).messages.at(-1)?.text).not.toBe('Hello')
  })

  it('seeds a resident’s tickets, and support’s answers to them, in Russian and a non-resident’s in English', async () => {
    await loginAs('business.resident@demo.test')
    const russian = await ticketsApi.get('1001')
    expect(russian.subject).toMatch(/^[^A-Za-z]*[а-яё][^A-Za-z]*$/i)
    expect(russian.messages.map((m) => m.author)).toEqual(['customer', 'support'])
    expect(russian.messages[1]).toMatchObject({ authorName: 'Поддержка', text: expect.stringMatching(/^[^A-Za-z]+$/) })
    await loginAs('business.nonresident@demo.test')
    const english = await ticketsApi.get('1004')
    expect(english.messages[1]).toMatchObject({ authorName: 'Support', text: expect.stringMatching(/^[^а-яё]+$/i) })
  })

  it('answers in Russian a ticket written in Russian', async () => {
    await loginAs('sole.resident@demo.test')
    await ticketsApi.create({ subject: 'Не работает сервер', category: 'billing', service: null, message: 'Сервер не отвечает с утра, помогите.' })
    afterSupportDelay()
    const [ticket] = await ticketsApi.list({ q: 'сервер' })
    const answered = await ticketsApi.get(ticket!.id)
    expect(answered.messages[1]?.text).toMatch(/^Здравствуйте/)
  })

  it('takes a reply, reopens the question for support and gets a follow-up answer', async () => {
    await loginAs('business.resident@demo.test')
    const replied = await ticketsApi.reply('1001', 'Сервер снова работает, спасибо!')
    expect(replied.status).toBe('open')
    expect(replied.messages.at(-1)).toMatchObject({ author: 'customer', authorName: 'Елена Смирнова', text: 'Сервер снова работает, спасибо!' })
    expect((await failure(ticketsApi.reply('1001', '   '))).fieldErrors).toEqual({ message: 'validation.ticket.replyRequired' })

    afterSupportDelay()
    const answered = await ticketsApi.get('1001')
    expect(answered.status).toBe('answered')
    expect(answered.messages.at(-1)?.text).toContain('Спасибо за подробности')
  })

  it('closes a ticket, refuses replies to it, and reopens it', async () => {
    await loginAs('business.resident@demo.test')
    const closed = await ticketsApi.setStatus('1001', 'closed')
    expect(closed.status).toBe('closed')
    const error = await failure(ticketsApi.reply('1001', 'One more question'))
    expect(error.status).toBe(409)
    expect(error.code).toBe('tickets.closed')
    expect((await homeApi.summary()).openTickets).toBe(1)

    const reopened = await ticketsApi.setStatus('1001', 'open')
    expect(reopened.status).toBe('open')
    afterSupportDelay()
    expect((await ticketsApi.get('1001')).messages.at(-1)?.text).toContain('снова открыли тикет')
    expect((await failure(ticketsApi.setStatus('1001', 'answered' as never))).status).toBe(422)
  })

  it('returns the old and new values of a profile change confirmation, which support also answers', async () => {
    addProfileChangeTicket([{ field: 'legalAddress', oldValue: 'Moscow, Tverskaya 1', newValue: 'Moscow, Arbat 2' }])
    await loginAs('business.resident@demo.test')
    const ticket = await ticketsApi.get('2001')
    expect(ticket.profileChange).toEqual([{ field: 'legalAddress', oldValue: 'Moscow, Tverskaya 1', newValue: 'Moscow, Arbat 2' }])
    afterSupportDelay()
    expect((await ticketsApi.get('2001')).messages.at(-1)?.text).toContain('change the profile data')
  })

  it('answers 401 without a session', async () => {
    setAuthToken(null)
    expect((await failure(ticketsApi.list())).status).toBe(401)
  })
})
