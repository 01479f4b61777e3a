// The "Top up" tab as a customer uses it: a card payment that credits the balance (the header
// shows it), the declined test card with the bank's reason (what was typed stays), 3-D Secure, SBP
// with a real QR code credited when the bank confirms, a bank-transfer invoice downloaded as a PDF,
// the methods of a state institution, the user role, the draft kept across a reload; axe on every
// step in every theme.
import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { DELAYS_MS } from '../../mocks/kernel/qaSettings'
import { advanceMockClock, expectNoSeriousA11yViolationsInEveryTheme, expectSavedSettings, freezeMockClock, loginAs, prepare } from './support'

const amountField = (page: Page) => page.getByLabel('Amount, ₽', { exact: true })
const mainBalance = (page: Page) => page.getByRole('link', { name: /^Main balance/ })

async function openTopUp(page: Page, email: string) {
  await loginAs(page, email)
  await page.getByRole('button', { name: 'Top up balance' }).click()
  await expect(page).toHaveURL(/\/balance\/top-up$/)
  await expect(amountField(page)).toBeVisible()
}

async function fillCard(page: Page, number: string) {
  await page.getByLabel('Card number').fill(number)
  await page.getByLabel('Expiry (MM/YY)').fill('12/40')
  await page.getByLabel('CVC').fill('123')
  await page.getByLabel('Cardholder name').fill('Ivan Petrov')
}

async function toCardPage(page: Page, amount: string) {
  await amountField(page).fill(amount)
  await page.getByLabel('Bank card').check()
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expect(page.getByRole('heading', { name: 'Card payment' })).toBeFocused()
}

test('a card payment credits the balance at once, and the header shows it', async ({ page }) => {
  await prepare(page)
  await openTopUp(page, 'personal.resident@demo.test')
  await expect(mainBalance(page)).toContainText('₽1,250.00')
  await toCardPage(page, '1 500')
  await expect(page.getByText('To pay')).toBeVisible()
  await fillCard(page, '4242 4242 4242 4242')
  await page.getByRole('button', { name: 'Pay ₽1,500.00' }).click()
  await expect(page.getByRole('heading', { name: 'Payment credited' })).toBeFocused()
  await expect(page.getByText('₽1,500.00 has been credited to the Main balance.')).toBeVisible()
  await expect(mainBalance(page)).toContainText('₽2,750.00')
})

test('a declined card says the bank’s reason, charges nothing and keeps what was typed', async ({ page }) => {
  await prepare(page)
  await openTopUp(page, 'personal.resident@demo.test')
  await toCardPage(page, '2000')
  // A typo in the number is refused on its field before anything is sent.
  await fillCard(page, '4000 0000 0000 0003')
  await page.getByRole('button', { name: 'Pay ₽2,000.00' }).click()
  await expect(page.getByLabel('Card number')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('The card number has a typo: check the digits.')).toBeVisible()
  await expect(page.getByLabel('Card number')).toBeFocused()

  await page.getByLabel('Card number').fill('4000 0000 0000 0002')
  await page.getByRole('button', { name: 'Pay ₽2,000.00' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'The bank declined the payment: Insufficient funds.' })).toBeVisible()
  await expect(page.getByLabel('Card number')).toHaveValue('4000 0000 0000 0002')
  await expect(page.getByLabel('Cardholder name')).toHaveValue('Ivan Petrov')
  await expect(mainBalance(page)).toContainText('₽1,250.00')

  await page.getByRole('tab', { name: 'Transactions' }).click()
  await expect(page.getByRole('row', { name: /Visa •• 0002/ }).first()).toContainText('Declined')
})

test('a 3-D Secure card asks for the code: a wrong one is refused, 1234 pays', async ({ page }) => {
  await prepare(page)
  await openTopUp(page, 'personal.resident@demo.test')
  await toCardPage(page, '3000')
  await fillCard(page, '4000 0000 0000 3220')
  await page.getByRole('button', { name: 'Pay ₽3,000.00' }).click()
  await expect(page.getByRole('heading', { name: '3-D Secure confirmation' })).toBeFocused()
  await expect(page.getByText('3 attempts left')).toBeVisible()
  await page.getByLabel('Confirmation code').fill('0000')
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText('Wrong code. Check the SMS and try again.')).toBeVisible()
  await expect(page.getByText('2 attempts left')).toBeVisible()
  await expect(mainBalance(page)).toContainText('₽1,250.00')
  await page.getByLabel('Confirmation code').fill('1234')
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByRole('heading', { name: 'Payment credited' })).toBeVisible()
  await expect(mainBalance(page)).toContainText('₽4,250.00')
})

test('SBP shows a QR code of the payment link and is credited when the bank confirms it', async ({ page }) => {
  await prepare(page)
  await openTopUp(page, 'sole.resident@demo.test')
  await freezeMockClock(page)
  await amountField(page).fill('2500')
  await page.getByLabel('SBP (QR code)').check()
  await page.getByRole('button', { name: 'Get QR code' }).click()
  const qr = page.getByRole('img', { name: 'QR code of the SBP payment of ₽2,500.00' })
  await expect(qr).toBeVisible()
  await expect(qr).toHaveAttribute('src', /^data:image\/png;base64,/)
  await expect(page.getByRole('link', { name: 'Open the payment link in the bank app' })).toHaveAttribute('href', /^https:\/\/qr\.nspk\.ru\//)
  await expect(page.getByText('Waiting for the bank to confirm the payment…')).toBeVisible()
  // The bank confirms a while later on the mock clock; the page polls and notices.
  await advanceMockClock(page, DELAYS_MS.sbpConfirm)
  await expect(page.getByRole('heading', { name: 'Payment credited' })).toBeVisible({ timeout: 15_000 })
  await expect(mainBalance(page)).toContainText('₽9,800.00')
})

test('a bank transfer issues an invoice with both parties, downloaded as a PDF, pending until the bank pays it', async ({ page }) => {
  // The PDF library and fonts load and draw in the browser: slow on a busy CI machine.
  test.slow()
  await prepare(page)
  await openTopUp(page, 'business.resident@demo.test')
  await amountField(page).fill('30000')
  await page.getByLabel('Bank transfer').check()
  await page.getByRole('button', { name: 'Issue invoice' }).click()
  await expect(page.getByRole('heading', { name: /^Invoice No\. 204503-0091 of / })).toBeVisible()
  await expect(page.getByText('Pending payment', { exact: true })).toBeVisible()
  await expect(page.getByText('Пополнение лицевого счёта № 204503 по счёту № 204503-0091, в т. ч. НДС 20%')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Recipient' })).toContainText('7842153674')
  await expect(page.getByRole('region', { name: 'Payer' })).toContainText('ООО «Восток Технологии»')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download invoice (PDF)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('invoice-204503-0091.pdf')
  const bytes = await readFile((await download.path())!)
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')

  await page.getByRole('tab', { name: 'Transactions' }).click()
  await expect(page.getByRole('row', { name: /Оплата по счёту № 204503-0091/ })).toContainText('Pending payment')
})

test('a state institution is offered the bank transfer only', async ({ page }) => {
  await prepare(page)
  await openTopUp(page, 'state.resident@demo.test')
  const methods = page.getByRole('group', { name: 'Payment method' })
  await expect(methods.getByRole('radio')).toHaveCount(1)
  await expect(methods.getByRole('radio', { name: /Bank transfer/ })).toBeChecked()
  await expect(page.getByText('Bank card')).toHaveCount(0)
  await expect(page.getByText('SBP (QR code)')).toHaveCount(0)
  await expect(page.getByText('State institutions top up by bank transfer only, under an invoice.')).toBeVisible()
})

test('a user pays by card without saving it and sees who manages the auto top-up', async ({ page }) => {
  await prepare(page)
  await openTopUp(page, 'user.business.resident@demo.test')
  await expect(page.getByText('Saved cards and the auto top-up are managed by the main administrator of the account.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Auto top-up' })).toHaveCount(0)
  await toCardPage(page, '500')
  await expect(page.getByLabel('Save card')).toHaveCount(0)
  await fillCard(page, '4242 4242 4242 4242')
  await page.getByRole('button', { name: 'Pay ₽500.00' }).click()
  await expect(page.getByRole('heading', { name: 'Payment credited' })).toBeVisible()
})

test('the main administrator saves a card with a payment and turns the auto top-up on with it', async ({ page }) => {
  await prepare(page)
  await openTopUp(page, 'personal.resident@demo.test')
  await expect(page.getByText('No saved cards yet')).toBeVisible()
  await toCardPage(page, '1000')
  await fillCard(page, '5555 5555 5555 4444')
  await page.getByLabel('Save card').check()
  await page.getByRole('button', { name: 'Pay ₽1,000.00' }).click()
  await expect(page.getByRole('heading', { name: 'Payment credited' })).toBeVisible()
  const cards = page.getByRole('region', { name: 'Saved cards' })
  await expect(cards.getByText('Mastercard •• 4444')).toBeVisible()

  await page.getByLabel('Turn on the auto top-up').check()
  await page.getByLabel('Monthly').check()
  await page.getByLabel('Day of the month').selectOption('15')
  await page.getByLabel('Auto top-up amount, ₽').fill('50')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByLabel('Auto top-up amount, ₽')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Auto top-up amount, ₽').fill('2000')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Auto top-up settings saved.')).toBeVisible()
  await expect(page.getByText(/^Next auto top-up: /)).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Turn on the auto top-up')).toBeChecked()
  await expect(page.getByLabel('Day of the month')).toHaveValue('15')
  await expect(page.getByLabel('Auto top-up amount, ₽')).toHaveValue('2000')
})

test('the half-filled form survives a reload, and Reset in Panel settings clears it', async ({ page }) => {
  await prepare(page)
  await openTopUp(page, 'personal.resident@demo.test')
  await amountField(page).fill('777,50')
  await page.getByLabel('SBP (QR code)').check()
  await expectSavedSettings(page, '"amount":"777,50"')
  await page.waitForTimeout(800)
  await page.reload()
  await expect(amountField(page)).toHaveValue('777,50')
  await expect(page.getByLabel('SBP (QR code)')).toBeChecked()

  await page.goto('/profile/settings')
  await page.getByRole('button', { name: 'Reset' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByText('User settings have been reset.')).toBeVisible()
  await page.goto('/balance/top-up')
  await expect(amountField(page)).toHaveValue('')
  await expect(page.getByLabel('Bank card')).toBeChecked()
})

test('every step passes axe in every theme', async ({ page }) => {
  // Seven steps, three axe runs each, and a PDF.
  test.slow()
  await prepare(page)
  await openTopUp(page, 'business.resident@demo.test')
  // The SBP payment stays pending while its screen is checked: the mock clock stands still.
  await freezeMockClock(page)
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'form')
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expect(page.getByText('Enter the amount.')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'form errors')
  await amountField(page).fill('1500')
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'card page, saved card')
  await page.getByLabel('A new card').check()
  await fillCard(page, '4000 0000 0000 0002')
  await page.getByRole('button', { name: 'Pay ₽1,500.00' }).click()
  await expect(page.getByText(/Insufficient funds/)).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'declined')
  await page.getByLabel('Card number').fill('4000 0000 0000 3220')
  await page.getByRole('button', { name: 'Pay ₽1,500.00' }).click()
  await expect(page.getByLabel('Confirmation code')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, '3-D Secure')
  await page.getByLabel('Confirmation code').fill('1234')
  await page.getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByRole('heading', { name: 'Payment credited' })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'credited')
  await page.getByRole('button', { name: 'Top up again' }).click()
  await amountField(page).fill('2500')
  await page.getByLabel('SBP (QR code)').check()
  await page.getByRole('button', { name: 'Get QR code' }).click()
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'SBP')
  await page.getByRole('button', { name: 'New payment' }).click()
  await amountField(page).fill('30000')
  await page.getByLabel('Bank transfer').check()
  await page.getByRole('button', { name: 'Issue invoice' }).click()
  await expect(page.getByRole('button', { name: 'Download invoice (PDF)' })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'invoice')
})
