// Editing the profile by the seed's rules: empty fields apply at once, changed values wait for a
// confirmation ticket, locked fields explain the way out, bad values get field messages, and
// neither a stale version nor a failed save loses what was typed.
import { expect, test, type Page } from '@playwright/test'
import { PROFILE_CONFIRM_DELAY_MS } from '../../mocks/kernel/qaSettings'
import { advanceMockClock, clearNetworkRules, failRequests, prepare } from './support'
import { expectFieldError, field, openForm, openProfile, registerAccount, save, shownValue } from './profileHelpers'

test.beforeEach(async ({ page }) => prepare(page))

test('a value typed into an empty field applies at once and survives a reload', async ({ page }) => {
  await openProfile(page, 'business.resident@demo.test')
  await expect(shownValue(page, 'Fax')).toHaveText('Not specified')
  await openForm(page)
  await field(page, 'Fax').fill('8 (812) 333-44-56')
  await save(page)
  await expect(page.getByRole('status').filter({ hasText: 'Applied at once: Fax.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Change', exact: true })).toBeFocused()
  await page.reload()
  await expect(shownValue(page, 'Fax')).toHaveText('+7 812 333-44-56')
})

test('a changed value waits for a confirmation ticket, shown as pending with its link, and cannot be changed again', async ({ page }) => {
  await openProfile(page, 'business.resident@demo.test')
  await openForm(page)
  await field(page, 'Phone number').fill('+7 903 555-00-00')
  await save(page)
  await expect(page.getByText('Waiting for support to confirm: Phone number.')).toBeVisible()
  const value = shownValue(page, 'Phone number')
  await expect(value).toContainText('+7 903 555-12-34')
  await expect(value).toContainText('Waiting for confirmation: +7 903 555-00-00.')
  const link = value.getByRole('link', { name: /^Ticket #\d+$/ })
  const ticketId = (await link.textContent())!.replace(/\D/g, '')

  await page.reload()
  await openForm(page)
  await expect(field(page, 'Phone number')).toHaveAttribute('readonly', '')
  await expect(field(page, 'Phone number')).toHaveAccessibleDescription(/waiting for confirmation/i)
  await page.getByRole('button', { name: 'Cancel' }).click()

  await shownValue(page, 'Phone number').getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticketId}$`))
  await expect(page.getByText('Confirmation of profile changes').first()).toBeVisible()
  await expect(page.getByText(/Phone number: \+79035551234 → \+79035550000/)).toBeVisible()
})

test('support confirms a pending change after a while, and the new value applies', async ({ page }) => {
  await openProfile(page, 'state.resident@demo.test')
  await openForm(page)
  await field(page, 'Position').fill('Исполняющая обязанности директора')
  await save(page)
  await expect(shownValue(page, 'Position')).toContainText('Waiting for confirmation: Исполняющая обязанности директора.')
  await advanceMockClock(page, PROFILE_CONFIRM_DELAY_MS)
  await page.reload()
  await expect(shownValue(page, 'Position')).toHaveText('Исполняющая обязанности директора')
})

test('Cancel discards what was typed', async ({ page }) => {
  await openProfile(page, 'sole.resident@demo.test')
  await openForm(page)
  await field(page, 'Bank').fill('Another bank')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(shownValue(page, 'Bank')).toHaveText('АО «ТБанк», г. Москва')
  await openForm(page)
  await expect(field(page, 'Bank')).toHaveValue('АО «ТБанк», г. Москва')
})

/** A locked field is shown as text with its reason, not as an input. */
async function expectLocked(page: Page, label: string) {
  const locked = page.getByRole('form', { name: 'Edit profile' }).getByRole('group', { name: label, exact: true })
  await expect(locked).toBeVisible()
  await expect(locked.getByRole('textbox')).toHaveCount(0)
  await expect(locked).toHaveAccessibleDescription(/Cannot be changed\..*A contract cannot be renewed/)
}

test('INN, VATIN and the full name of a Personal account are locked, with the reason and a way out', async ({ page }) => {
  await openProfile(page, 'business.resident@demo.test')
  await openForm(page)
  await expectLocked(page, 'INN')
  await page.getByRole('link', { name: 'Ask to transfer the services by ticket' }).click()
  await expect(page).toHaveURL(/\/tickets\/new\?topic=transfer$/)

  await openProfile(page, 'business.nonresident@demo.test')
  await openForm(page)
  await expectLocked(page, 'VATIN')

  await openProfile(page, 'personal.resident@demo.test')
  await openForm(page)
  await expectLocked(page, 'Full name')
  await expect(field(page, 'Place of birth')).toBeEditable()
})

test('the edit form: short codes get short inputs, Save and Cancel stay in view while it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 })
  await openProfile(page, 'business.resident@demo.test')
  await openForm(page)
  const width = async (label: string) => (await field(page, label).boundingBox())!.width
  // A 9-digit KPP or BIC gets a short input; a company name or an address a long one.
  expect(await width('KPP')).toBeLessThan((await width('Company name')) / 2)
  expect(await width('BIC')).toBeLessThan((await width('Actual address')) / 3)
  // The form is far taller than the screen, yet Save is at hand from the start and half-way down.
  const form = page.getByRole('form', { name: 'Edit profile' })
  expect((await form.boundingBox())!.height).toBeGreaterThan(800)
  await expect(form.getByRole('button', { name: 'Save' })).toBeInViewport()
  await field(page, 'Settlement account').scrollIntoViewIfNeeded()
  await expect(form.getByRole('button', { name: 'Save' })).toBeInViewport()
  await expect(form.getByRole('button', { name: 'Cancel' })).toBeInViewport()
})

const BAD_INPUTS: { persona: string; values: [label: string, value: string, message: string][] }[] = [
  {
    persona: 'business.resident@demo.test',
    values: [
      ['KPP', '78100100', 'Enter the 9 characters of the KPP'],
      ['PSRN', '1027800012361', 'The PSRN check digit does not match'],
      ['Correspondent account', '30101810200000000594', 'The account number does not match the BIC'],
      ['Settlement account', '4070281010230001278', 'Enter the 20 digits of the account.'],
      ['Phone', '+7 812 333', 'Enter +7 and 10 digits'],
      ['Email', 'elena@', 'Enter an email like name@example.com.'],
      ['Contact person', 'R2-D2', 'Use letters, spaces, hyphens and apostrophes only.'],
    ],
  },
  { persona: 'sole.resident@demo.test', values: [['BIC', '12345678', 'Enter the 9 digits of the BIC']] },
  {
    persona: 'state.resident@demo.test',
    values: [
      ['Personal account', '99736U95470', 'Enter the 11 characters of the personal account'],
      ['Settlement account', '40102810545370000003', 'A treasury account has 20 digits and starts with 03.'],
    ],
  },
  {
    persona: 'personal.resident@demo.test',
    values: [
      ['Passport serial number', '4509 2358', 'Enter the series and number: 4 and 6 digits.'],
      ['Passport issue date', '1996-05-01', 'Enter the issue date'],
      ['Date of birth', '2015-05-05', 'Enter a date of birth of someone aged 18 or over.'],
    ],
  },
  {
    persona: 'personal.nonresident@demo.test',
    values: [
      ['Passport serial number', 'N1', 'Enter the passport number: 5 to 20 letters and digits.'],
      ['Phone number', '12', 'Enter the number in international format'],
    ],
  },
  {
    persona: 'business.nonresident@demo.test',
    values: [
      ['SWIFT code', 'DEUT1', 'Enter the 8 or 11 characters of the SWIFT code'],
      ['Account number', 'DE89 3704 0044 0532 0130 01', 'The IBAN’s check digits do not match'],
      ['Company name', '', 'Fill in this field.'],
    ],
  },
]

for (const { persona, values } of BAD_INPUTS) {
  test(`bad values are refused with a field message: ${persona}`, async ({ page }) => {
    await openProfile(page, persona)
    await openForm(page)
    for (const [label, value] of values) await field(page, label).fill(value)
    await save(page)
    await expect(page.getByRole('form', { name: 'Edit profile' }).getByRole('alert').first()).toBeVisible()
    for (const [label, , message] of values) await expectFieldError(page, label, message)
    // Nothing was saved, nothing typed was lost.
    for (const [label, value] of values) await expect(field(page, label)).toHaveValue(value)
  })
}

test('a new account fills in its INN once; a bad one is refused by the validator', async ({ page }) => {
  await registerAccount(page, { type: 'Business account', email: 'inn.check@new-company.example' })
  await page.goto('/profile')
  await openForm(page)
  // Empty, so it can be entered; the form says it is for once only.
  await expect(field(page, 'INN')).toBeEditable()
  await expect(field(page, 'INN')).toHaveAccessibleDescription('Can be entered once: after it is saved, it can never be changed.')
  await field(page, 'INN').fill('7707083894')
  await save(page)
  await expectFieldError(page, 'INN', 'The INN check digits do not match.')
  await field(page, 'INN').fill('7707083893')
  await save(page)
  await expect(page.getByText('Applied at once: INN.')).toBeVisible()
  await openForm(page)
  await expectLocked(page, 'INN')
})

test('a new non-resident company enters its VATIN for its country', async ({ page }) => {
  await registerAccount(page, { type: 'Business account', nonResident: true, email: 'vat.check@new-company.example' })
  await page.goto('/profile')
  await openForm(page)
  await field(page, 'Country').selectOption('DE')
  await field(page, 'VATIN').fill('DE12345678')
  await save(page)
  await expectFieldError(page, 'VATIN', 'Enter the VAT number of the company')
  await field(page, 'VATIN').fill('DE 136 695 976')
  await save(page)
  await expect(page.getByText('Applied at once: Country, VATIN.')).toBeVisible()
  await expect(shownValue(page, 'Country')).toHaveText('Germany')
})

test('a save over a profile changed in another tab gets 412, offers to reload and keeps what was typed', async ({ page, context }) => {
  await openProfile(page, 'business.resident@demo.test')
  await openForm(page)
  await field(page, 'Position').fill('Chief Executive Officer')

  const other = await context.newPage()
  await other.goto('/profile')
  await openForm(other)
  await field(other, 'Fax').fill('+78123334456')
  await save(other)
  await expect(other.getByText('Applied at once: Fax.')).toBeVisible()

  await save(page)
  await expect(page.getByRole('alert').filter({ hasText: 'The profile was changed in another tab' })).toBeVisible()
  await expect(field(page, 'Position')).toHaveValue('Chief Executive Officer')
  await page.getByRole('button', { name: 'Reload data' }).click()
  await expect(page.getByText('The current data is loaded and your typed values are kept.')).toBeVisible()
  await expect(field(page, 'Position')).toHaveValue('Chief Executive Officer')
  // What this tab did not touch now shows the other tab's change.
  await expect(field(page, 'Fax')).toHaveValue('+7 812 333-44-56')
  await save(page)
  await expect(page.getByText('Waiting for support to confirm: Position.')).toBeVisible()
})

test('a failed save keeps every typed value', async ({ page }) => {
  await openProfile(page, 'business.resident@demo.test')
  await failRequests(page, 'PATCH', '/profile', '503')
  await openForm(page)
  await field(page, 'Fax').fill('+7 812 333-44-56')
  await field(page, 'Authorized by').fill('Power of attorney No. 12')
  await save(page)
  await expect(page.getByRole('alert').filter({ hasText: 'The service is temporarily unavailable' })).toContainText('Everything you typed is kept.')
  await expect(field(page, 'Fax')).toHaveValue('+7 812 333-44-56')
  await expect(field(page, 'Authorized by')).toHaveValue('Power of attorney No. 12')
  await clearNetworkRules(page)
  await save(page)
  await expect(page.getByRole('status').filter({ hasText: 'Applied at once: Fax.' })).toBeVisible()
})
