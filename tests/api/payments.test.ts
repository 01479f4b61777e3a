import { afterEach, describe, expect, it, vi } from 'vitest'
import { balanceApi } from '@/api/balance'
import { paymentsApi } from '@/api/payments'
import type { PaymentRequest } from '@/api/types'
import { readDb } from '@mocks/kernel/db'
import { DELAYS_MS } from '@mocks/kernel/qaSettings'
import { failure } from '../helpers/apiFailure'
import { loginAs } from '../helpers/mountApp'

const CARD = { number: '4242 4242 4242 4242', expiry: '12/40', cvc: '123', holder: 'Elena Smirnova' }
const DECLINED = { ...CARD, number: '4000 0000 0000 0002' }
const THREE_DS = { ...CARD, number: '4000 0000 0000 3220' }

const key = () => crypto.randomUUID()
const pay = (request: PaymentRequest, idempotencyKey: string = key()) => paymentsApi.create(request, idempotencyKey)
const mainMoney = async () => (await balanceApi.overview()).balances.find((b) => b.kind === 'main')!.moneyKopecks
const transactionsOf = (paymentId: string) => readDb().transactions.filter((t) => t.paymentId === paymentId)

afterEach(() => vi.useRealTimers())

/** Moves the mock clock on (Date only: the requests' own timers keep running). */
function advance(ms: number) {
  const at = Date.now() + ms
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}

describe('mock API: top-up options', () => {
  it.each([
    ['personal.resident@demo.test', ['card', 'sbp', 'bank-transfer']],
    ['business.resident@demo.test', ['card', 'sbp', 'bank-transfer']],
    ['sole.resident@demo.test', ['card', 'sbp', 'bank-transfer']],
    ['personal.nonresident@demo.test', ['card', 'bank-transfer']],
    ['business.nonresident@demo.test', ['card', 'bank-transfer']],
    ['state.resident@demo.test', ['bank-transfer']],
  ])('offers %s the methods %j, 100 ₽ to 1 000 000 ₽', async (email, methods) => {
    await loginAs(email)
    const options = await paymentsApi.options()
    expect(options.methods).toEqual(methods)
    expect(options).toMatchObject({ minKopecks: 100_00, maxKopecks: 1_000_000_00, canSaveCards: true })
  })

  it('lists the saved cards to the main administrator only', async () => {
    await loginAs('business.resident@demo.test')
    expect((await paymentsApi.options()).savedCards).toEqual([expect.objectContaining({ brand: 'Visa', last4: '4242', holder: 'ELENA SMIRNOVA' })])
    await loginAs('user.business.resident@demo.test')
    expect(await paymentsApi.options()).toMatchObject({ savedCards: [], canSaveCards: false })
  })
})

describe('mock API: what a payment refuses', () => {
  it.each([
    ['state.resident@demo.test', 'card'],
    ['state.resident@demo.test', 'sbp'],
    ['personal.nonresident@demo.test', 'sbp'],
  ] as const)('refuses %s a payment by %s (422 on method), charging nothing', async (email, method) => {
    await loginAs(email)
    const before = await mainMoney()
    const error = await failure(pay({ method, amountKopecks: 1_000_00, card: CARD }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ method: 'validation.topUp.methodNotAllowed' })
    expect(await mainMoney()).toBe(before)
  })

  it.each([
    [99_99, 'validation.topUp.amountRange'],
    [0, 'validation.topUp.amountRange'],
    [-500_00, 'validation.topUp.amountRange'],
    [1_000_000_01, 'validation.topUp.amountRange'],
    [150.5, 'validation.topUp.amountFormat'],
  ])('refuses the amount %d kopecks', async (amountKopecks, code) => {
    await loginAs('personal.resident@demo.test')
    const error = await failure(pay({ method: 'bank-transfer', amountKopecks }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual({ amountKopecks: code })
  })

  it.each([100_00, 1_000_000_00])('takes the limit %d kopecks', async (amountKopecks) => {
    await loginAs('personal.resident@demo.test')
    expect((await pay({ method: 'card', amountKopecks, card: CARD })).status).toBe('credited')
  })

  it.each([
    [{ number: '4242 4242 4242 4241' }, { 'card.number': 'validation.card.numberChecksum' }],
    [{ number: '4242 4242' }, { 'card.number': 'validation.card.number' }],
    [{ number: '' }, { 'card.number': 'validation.card.numberRequired' }],
    [{ expiry: '05/26' }, { 'card.expiry': 'validation.card.expired' }],
    [{ expiry: '13/30' }, { 'card.expiry': 'validation.card.expiry' }],
    [{ cvc: '12' }, { 'card.cvc': 'validation.card.cvc' }],
    [{ holder: 'Елена Смирнова' }, { 'card.holder': 'validation.card.holder' }],
  ])('refuses the card %j on 15 June 2026', async (change, errors) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 5, 15, 12))
    await loginAs('personal.resident@demo.test')
    const error = await failure(pay({ method: 'card', amountKopecks: 1_000_00, card: { ...CARD, ...change } }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual(errors)
  })

  it('takes a card that expires this month', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(2026, 5, 15, 12))
    await loginAs('personal.resident@demo.test')
    expect((await pay({ method: 'card', amountKopecks: 1_000_00, card: { ...CARD, expiry: '06/26' } })).status).toBe('credited')
  })

  it('asks for the card of a card payment', async () => {
    await loginAs('personal.resident@demo.test')
    const error = await failure(pay({ method: 'card', amountKopecks: 1_000_00 }))
    expect(error.fieldErrors).toMatchObject({ 'card.number': 'validation.card.numberRequired', 'card.cvc': 'validation.card.cvcRequired' })
  })

  it('refuses a payment without an Idempotency-Key', async () => {
    await loginAs('personal.resident@demo.test')
    const error = await failure(pay({ method: 'card', amountKopecks: 1_000_00, card: CARD }, ''))
    expect(error.status).toBe(422)
  })
})

describe('mock API: paying by card', () => {
  it('credits the test card 4242 at once and keeps only its brand and last four digits', async () => {
    await loginAs('personal.resident@demo.test')
    const before = await mainMoney()
    const payment = await pay({ method: 'card', amountKopecks: 1_500_50, card: CARD })
    expect(payment).toMatchObject({ status: 'credited', method: 'card', balance: 'main', amountKopecks: 1_500_50, card: { brand: 'Visa', last4: '4242' }, declineReason: null })
    expect(await mainMoney()).toBe(before + 1_500_50)
    expect(transactionsOf(payment.id)).toEqual([expect.objectContaining({ operation: 'top-up', status: 'credited', amountKopecks: 1_500_50, description: 'Пополнение банковской картой Visa •• 4242' })])
    expect(JSON.stringify(readDb())).not.toContain('4242424242424242')
  })

  it('credits another balance when asked', async () => {
    await loginAs('personal.resident@demo.test')
    const before = (await balanceApi.overview()).balances.find((b) => b.kind === 'cloud')!.moneyKopecks
    await pay({ method: 'card', amountKopecks: 500_00, balance: 'cloud', card: CARD })
    expect((await balanceApi.overview()).balances.find((b) => b.kind === 'cloud')!.moneyKopecks).toBe(before + 500_00)
  })

  it('records the card the bank declines as Declined with its reason, crediting nothing', async () => {
    await loginAs('personal.nonresident@demo.test')
    const before = await mainMoney()
    const payment = await pay({ method: 'card', amountKopecks: 2_000_00, card: DECLINED })
    expect(payment).toMatchObject({ status: 'declined', declineReason: 'insufficientFunds', creditedAt: null })
    expect(await mainMoney()).toBe(before)
    expect(transactionsOf(payment.id)).toEqual([expect.objectContaining({ status: 'declined', amountKopecks: 2_000_00, description: 'Top-up by bank card Visa •• 0002' })])
  })

  it('asks the 3-D Secure card for a code, keeps only its hash, and credits it for 1234', async () => {
    await loginAs('personal.resident@demo.test')
    const before = await mainMoney()
    const payment = await pay({ method: 'card', amountKopecks: 3_000_00, card: THREE_DS })
    expect(payment).toMatchObject({ status: 'requires-action', codeAttemptsLeft: 3 })
    expect(await mainMoney()).toBe(before)
    const stored = readDb().payments.find((p) => p.id === payment.id)!
    expect(stored.challengeHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain('1234')

    const wrong = await failure(paymentsApi.confirm(payment.id, { code: '0000' }))
    expect(wrong.status).toBe(422)
    expect(wrong.fieldErrors).toEqual({ code: 'validation.card.codeWrong' })
    expect((await paymentsApi.get(payment.id)).codeAttemptsLeft).toBe(2)

    const confirmed = await paymentsApi.confirm(payment.id, { code: '1234' })
    expect(confirmed).toMatchObject({ status: 'credited', codeAttemptsLeft: null })
    expect(await mainMoney()).toBe(before + 3_000_00)
  })

  it('declines the 3-D Secure payment after three wrong codes', async () => {
    await loginAs('personal.resident@demo.test')
    const before = await mainMoney()
    const payment = await pay({ method: 'card', amountKopecks: 3_000_00, card: THREE_DS })
    await failure(paymentsApi.confirm(payment.id, { code: '1111' }))
    await failure(paymentsApi.confirm(payment.id, { code: '2222' }))
    const declined = await paymentsApi.confirm(payment.id, { code: '3333' })
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'threeDsFailed' })
    expect(transactionsOf(payment.id)).toEqual([expect.objectContaining({ status: 'declined' })])
    const late = await failure(paymentsApi.confirm(payment.id, { code: '1234' }))
    expect(late.status).toBe(409)
    expect(late.code).toBe('payments.notAwaitingCode')
    expect(await mainMoney()).toBe(before)
  })

  it('charges a double submission once', async () => {
    await loginAs('personal.resident@demo.test')
    const before = await mainMoney()
    const submission = key()
    const request: PaymentRequest = { method: 'card', amountKopecks: 1_000_00, card: CARD }
    const [first, second] = await Promise.all([pay(request, submission), pay(request, submission)])
    expect(second.id).toBe(first.id)
    expect((await pay(request, submission)).id).toBe(first.id)
    expect(await mainMoney()).toBe(before + 1_000_00)
    expect(readDb().payments.filter((p) => p.id === first.id)).toHaveLength(1)
  })

  it('refuses the same key with another body (409), charging nothing more', async () => {
    await loginAs('personal.resident@demo.test')
    const submission = key()
    await pay({ method: 'card', amountKopecks: 1_000_00, card: CARD }, submission)
    const after = await mainMoney()
    const error = await failure(pay({ method: 'card', amountKopecks: 2_000_00, card: CARD }, submission))
    expect(error.status).toBe(409)
    expect(error.code).toBe('request.idempotencyMismatch')
    expect(await mainMoney()).toBe(after)
  })

  it('saves the card for the auto top-up when the main administrator asks, without its number', async () => {
    await loginAs('personal.resident@demo.test')
    const payment = await pay({ method: 'card', amountKopecks: 1_000_00, card: { ...CARD, save: true } })
    const { savedCards } = await paymentsApi.options()
    expect(savedCards).toEqual([expect.objectContaining({ id: payment.savedCardId, brand: 'Visa', last4: '4242', expiry: '12/40', holder: 'ELENA SMIRNOVA' })])
    // Paying with it again needs no card details.
    expect((await pay({ method: 'card', amountKopecks: 200_00, savedCardId: payment.savedCardId! })).status).toBe('credited')
  })

  it('saves a 3-D Secure card only once the code has been confirmed', async () => {
    await loginAs('personal.resident@demo.test')
    const payment = await pay({ method: 'card', amountKopecks: 1_000_00, card: { ...THREE_DS, save: true } })
    expect((await paymentsApi.options()).savedCards).toEqual([])
    await paymentsApi.confirm(payment.id, { code: '1234' })
    expect((await paymentsApi.options()).savedCards).toEqual([expect.objectContaining({ last4: '3220' })])
  })

  it('lets a user pay by card but not save one or pay with a saved one (403)', async () => {
    await loginAs('user.business.resident@demo.test')
    const before = await mainMoney()
    expect((await pay({ method: 'card', amountKopecks: 1_000_00, card: CARD })).status).toBe('credited')
    expect(await mainMoney()).toBe(before + 1_000_00)
    const saving = await failure(pay({ method: 'card', amountKopecks: 1_000_00, card: { ...CARD, save: true } }))
    expect(saving.status).toBe(403)
    expect(saving.code).toBe('auth.forbiddenRole')
    expect((await failure(pay({ method: 'card', amountKopecks: 1_000_00, savedCardId: 'card-204503-1' }))).status).toBe(403)
    expect(readDb().savedCards.filter((c) => c.accountId === 'acc-business-res')).toHaveLength(1)
  })

  it('refuses an unknown saved card', async () => {
    await loginAs('business.resident@demo.test')
    const error = await failure(pay({ method: 'card', amountKopecks: 1_000_00, savedCardId: 'card-nope' }))
    expect(error.fieldErrors).toEqual({ savedCardId: 'validation.topUp.savedCardUnknown' })
  })

  it('answers 404 for a payment of another account', async () => {
    await loginAs('personal.resident@demo.test')
    const payment = await pay({ method: 'card', amountKopecks: 1_000_00, card: CARD })
    await loginAs('sole.resident@demo.test')
    expect((await failure(paymentsApi.get(payment.id))).code).toBe('payments.notFound')
  })
})

describe('mock API: SBP and bank transfer', () => {
  it('keeps an SBP payment pending with its payment link until the bank confirms it', async () => {
    await loginAs('sole.resident@demo.test')
    const before = await mainMoney()
    const payment = await pay({ method: 'sbp', amountKopecks: 2_500_00 })
    expect(payment).toMatchObject({ status: 'pending', sbpLink: expect.stringMatching(/^https:\/\/qr\.nspk\.ru\/.+sum=250000/) })
    expect(transactionsOf(payment.id)).toEqual([expect.objectContaining({ status: 'pending' })])

    advance(DELAYS_MS.sbpConfirm - 2_000)
    expect((await paymentsApi.get(payment.id)).status).toBe('pending')
    expect(await mainMoney()).toBe(before)

    advance(3_000)
    expect((await paymentsApi.get(payment.id)).status).toBe('credited')
    expect(await mainMoney()).toBe(before + 2_500_00)
    expect(transactionsOf(payment.id)).toEqual([expect.objectContaining({ status: 'credited' })])
  })

  it('issues an invoice with both parties and the payment purpose, credited only when the bank transfers the money', async () => {
    await loginAs('business.resident@demo.test')
    const before = await mainMoney()
    const payment = await pay({ method: 'bank-transfer', amountKopecks: 120_000_00 })
    expect(payment.status).toBe('pending')
    // The seeded invoices go up to No. 90.
    expect(payment.invoice).toMatchObject({
      type: 'invoice',
      number: '204503-0091',
      status: 'pending',
      language: 'ru',
      totalKopecks: 120_000_00,
      vatRatePercent: 20,
      vatKopecks: 20_000_00,
      purpose: 'Пополнение лицевого счёта № 204503 по счёту № 204503-0091, в т. ч. НДС 20%',
      supplier: expect.objectContaining({ inn: '7842153674' }),
      customer: expect.objectContaining({ inn: expect.stringMatching(/^\d{10}$/) }),
    })
    expect(transactionsOf(payment.id)).toEqual([expect.objectContaining({ status: 'pending', description: 'Оплата по счёту № 204503-0091' })])
    expect(readDb().mail).toContainEqual(expect.objectContaining({ to: 'business.resident@demo.test', kind: 'invoice-issued' }))

    advance(DELAYS_MS.bankTransferCredit - 10_000)
    expect((await paymentsApi.get(payment.id)).status).toBe('pending')
    expect(await mainMoney()).toBe(before)

    advance(20_000)
    const credited = await paymentsApi.get(payment.id)
    expect(credited).toMatchObject({ status: 'credited', invoice: expect.objectContaining({ status: 'paid' }) })
    expect(await mainMoney()).toBe(before + 120_000_00)
    expect(readDb().mail).toContainEqual(
      expect.objectContaining({
        to: 'business.resident@demo.test',
        kind: 'payment-credited',
        subject: expect.stringMatching(/^Платёж на 120\s000,00\s₽ зачислен$/),
        text: expect.stringContaining('в разделе «Баланс и платежи» → «Операции».'),
        links: [{ label: 'Операции', href: '/balance/transactions' }],
      }),
    )
  })

  it('writes a non-resident’s invoice in English', async () => {
    await loginAs('business.nonresident@demo.test')
    const payment = await pay({ method: 'bank-transfer', amountKopecks: 1_000_00 })
    expect(payment.invoice).toMatchObject({ language: 'en', purpose: expect.stringMatching(/^Top-up of personal account No\. \d{6} under invoice No\. \d{6}-\d{4}, incl\. VAT 20%$/) })
    // Its mail writes the amount and names the button as the interface does.
    expect(readDb().mail.find((m) => m.kind === 'invoice-issued' && m.to === 'business.nonresident@demo.test')).toMatchObject({
      subject: `Invoice No. ${payment.invoice!.number} for ₽1,000.00`,
      text: expect.stringContaining('Download the invoice as a PDF in Balance and payments.'),
      links: [{ label: 'Top up balance', href: '/balance/top-up' }],
    })
  })

  it('lets the state institution pay by bank transfer', async () => {
    await loginAs('state.resident@demo.test')
    expect((await pay({ method: 'bank-transfer', amountKopecks: 50_000_00 })).invoice?.customer.inn).toMatch(/^\d{10}$/)
  })

  it('credits the seeded pending bank transfer when the bank’s day comes', async () => {
    await loginAs('business.resident@demo.test')
    const seeded = readDb().payments.find((p) => p.accountId === 'acc-business-res' && p.status === 'pending')!
    const before = await mainMoney()
    advance(Date.parse(seeded.creditAt!) - Date.now() + 1_000)
    await loginAs('business.resident@demo.test')
    expect((await paymentsApi.get(seeded.id)).status).toBe('credited')
    expect(await mainMoney()).toBe(before + seeded.amountKopecks)
  })
})

describe('mock API: saved cards and the auto top-up', () => {
  const SETTINGS = { enabled: true, cardId: 'card-204503-1', balance: 'main', trigger: 'threshold', thresholdKopecks: 50_000_00, dayOfMonth: 1, amountKopecks: 1_000_00 } as const
  const autoPayments = () => readDb().payments.filter((p) => p.accountId === 'acc-business-res' && p.auto)

  it('is off until the main administrator turns it on', async () => {
    await loginAs('business.resident@demo.test')
    expect(await paymentsApi.autoTopUp()).toMatchObject({ enabled: false, cardId: null, lastRunAt: null })
  })

  it('tops up once per fall below the threshold', async () => {
    await loginAs('business.resident@demo.test')
    const before = await mainMoney()
    // 48 500 ₽ on the main balance is below 50 000 ₽: one top-up of 1 000 ₽, still below.
    const saved = await paymentsApi.saveAutoTopUp(SETTINGS)
    expect(saved.lastRunAt).not.toBeNull()
    expect(await mainMoney()).toBe(before + 1_000_00)
    advance(3_600_000)
    await paymentsApi.options()
    expect(autoPayments()).toHaveLength(1)
    expect(autoPayments()[0]).toMatchObject({ status: 'credited', card: { brand: 'Visa', last4: '4242' }, amountKopecks: 1_000_00 })
    expect(readDb().transactions.filter((t) => t.paymentId === autoPayments()[0]!.id)).toEqual([expect.objectContaining({ status: 'credited', description: 'Пополнение банковской картой Visa •• 4242, автопополнение' })])
  })

  it('tops up monthly on the chosen day, once a month', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-10T12:00:00Z'))
    await loginAs('business.resident@demo.test')
    const saved = await paymentsApi.saveAutoTopUp({ ...SETTINGS, trigger: 'monthly', dayOfMonth: 12 })
    expect(saved.nextRunAt).toBe('2026-11-12T06:00:00.000Z')
    expect(autoPayments()).toHaveLength(0)

    vi.setSystemTime(new Date('2026-11-12T07:00:00Z'))
    await loginAs('business.resident@demo.test')
    expect(autoPayments()).toHaveLength(1)
    expect(autoPayments()).toHaveLength(1)
    vi.setSystemTime(new Date('2026-12-01T07:00:00Z'))
    await loginAs('business.resident@demo.test')
    expect(autoPayments()).toHaveLength(1)
    vi.setSystemTime(new Date('2026-12-12T07:00:00Z'))
    await loginAs('business.resident@demo.test')
    expect((await paymentsApi.autoTopUp()).nextRunAt).toBe('2027-01-12T06:00:00.000Z')
    expect(autoPayments()).toHaveLength(2)
  })

  it.each([
    [{ cardId: null }, { cardId: 'validation.autoTopUp.cardRequired' }],
    [{ cardId: 'card-nope' }, { cardId: 'validation.autoTopUp.cardUnknown' }],
    [{ trigger: 'monthly', dayOfMonth: 29 }, { dayOfMonth: 'validation.autoTopUp.day' }],
    [{ thresholdKopecks: 0 }, { thresholdKopecks: 'validation.autoTopUp.thresholdRange' }],
    [{ amountKopecks: 50_00 }, { amountKopecks: 'validation.topUp.amountRange' }],
  ] as const)('refuses %j', async (change, errors) => {
    await loginAs('business.resident@demo.test')
    const error = await failure(paymentsApi.saveAutoTopUp({ ...SETTINGS, ...change }))
    expect(error.status).toBe(422)
    expect(error.fieldErrors).toEqual(errors)
  })

  it('switches the auto top-up off when its card is deleted', async () => {
    await loginAs('business.resident@demo.test')
    await paymentsApi.saveAutoTopUp({ ...SETTINGS, thresholdKopecks: 1_000_00 })
    await paymentsApi.deleteCard('card-204503-1')
    expect((await paymentsApi.options()).savedCards).toEqual([])
    expect(await paymentsApi.autoTopUp()).toMatchObject({ enabled: false, cardId: null })
    expect((await failure(paymentsApi.deleteCard('card-204503-1'))).code).toBe('payments.cardNotFound')
  })

  it('keeps saved cards and the auto top-up from a user (403)', async () => {
    await loginAs('user.business.resident@demo.test')
    for (const call of [paymentsApi.autoTopUp(), paymentsApi.saveAutoTopUp(SETTINGS), paymentsApi.deleteCard('card-204503-1')]) {
      const error = await failure(call)
      expect(error.status).toBe(403)
      expect(error.code).toBe('auth.forbiddenRole')
    }
  })
})
