// The Profile tab of every persona: exactly the fields of PRODUCT.md's matrix, in English and in
// Russian, the blocks each account type has, the user role, and axe in the three themes.
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { clearNetworkRules, expectNoSeriousA11yViolationsInEveryTheme, failRequests, prepare } from './support'
import { field, openForm, openProfile, save, shownLabels, shownValue } from './profileHelpers'

type ProfileTabTexts = { fields: Record<string, string>; originals: { title: string } }
const locale = (name: string) => (JSON.parse(readFileSync(`locales/${name}.json`, 'utf8')) as { profileTab: ProfileTabTexts }).profileTab
const en = locale('en').fields
const ru = locale('ru').fields
const ruOriginalsTitle = locale('ru').originals.title
/** The Russian label of an English one (the same field key in both locales). */
const inRussian = (label: string) => ru[Object.keys(en).find((key) => en[key] === label)!]!

const CONTACTS = ['Phone', 'Fax', 'Contact person', 'Email', 'Phone number']
const PERSONAL = ['Full name', 'Date of birth', 'Place of birth', 'Passport serial number', 'Passport issuing authority', 'Passport issue date', 'Address', 'Email', 'Phone number']
const COMPANY_RU = ['Company name', 'INN', 'KPP', 'PSRN', 'Authorized person', 'Position', 'Authorized by']

const PERSONAS: { email: string; fields: string[]; originals: boolean; gdpr: boolean }[] = [
  { email: 'personal.resident@demo.test', fields: PERSONAL, originals: false, gdpr: false },
  { email: 'personal.nonresident@demo.test', fields: [...PERSONAL, 'Country'], originals: false, gdpr: false },
  { email: 'business.resident@demo.test', fields: [...COMPANY_RU, 'BIC', 'Bank', 'Correspondent account', 'Settlement account', 'Actual address', 'Legal address', ...CONTACTS], originals: true, gdpr: false },
  { email: 'business.nonresident@demo.test', fields: ['Company name', 'Country', 'VATIN', 'Authorized person', 'Bank', 'SWIFT code', 'Account number', 'Actual address', 'Legal address', ...CONTACTS], originals: false, gdpr: true },
  {
    email: 'sole.resident@demo.test',
    fields: ['Company name', 'INN', 'Passport serial number', 'Passport issuing authority', 'Passport issue date', 'BIC', 'Bank', 'Correspondent account', 'Settlement account', 'Actual address', 'Legal address', 'Contact person', 'Email', 'Phone number'],
    originals: true,
    gdpr: false,
  },
  { email: 'state.resident@demo.test', fields: [...COMPANY_RU, 'BIC', 'Bank', 'Personal account', 'Settlement account', 'Actual address', 'Legal address', ...CONTACTS], originals: true, gdpr: false },
  // A user sees the company information and their own contact details, no passport data and no blocks.
  { email: 'user.business.resident@demo.test', fields: [...COMPANY_RU, 'BIC', 'Bank', 'Correspondent account', 'Settlement account', 'Actual address', 'Legal address', ...CONTACTS], originals: false, gdpr: false },
]

for (const persona of PERSONAS) {
  test(`${persona.email} sees exactly its fields`, async ({ page }) => {
    await prepare(page)
    await openProfile(page, persona.email)
    expect(await shownLabels(page)).toEqual(persona.fields)
    await expect(page.getByRole('heading', { name: 'Original billing documents' })).toHaveCount(persona.originals ? 1 : 0)
    await expect(page.getByRole('heading', { name: 'GDPR' })).toHaveCount(persona.gdpr ? 1 : 0)
  })

  test(`${persona.email} sees exactly its fields in Russian`, async ({ page }) => {
    await prepare(page, { language: 'ru' })
    await openProfile(page, persona.email, 'Изменить')
    expect(await shownLabels(page)).toEqual(persona.fields.map(inRussian))
    await expect(page.getByRole('heading', { name: ruOriginalsTitle })).toHaveCount(persona.originals ? 1 : 0)
  })
}

test('values read per locale: dates, grouped digits, country names and the discount', async ({ page }) => {
  await prepare(page)
  await openProfile(page, 'personal.resident@demo.test')
  await expect(shownValue(page, 'Date of birth')).toHaveText('March 2, 1985')
  await expect(shownValue(page, 'Passport serial number')).toHaveText('45 09 235857')
  await expect(shownValue(page, 'Phone number')).toHaveText('+7 916 123-45-67')
  await page.goto('/profile/settings')
  await page.getByLabel('Русский').check()
  await page.goto('/profile')
  await expect(shownValue(page, 'Дата рождения')).toHaveText('2 марта 1985 г.')

  await openProfile(page, 'business.resident@demo.test', 'Изменить')
  await expect(shownValue(page, 'Расчётный счёт')).toHaveText('40702 810 1 0230 0012785')
  await expect(page.getByRole('group', { name: 'Персональная скидка' })).toContainText('10 %')
  await expect(shownValue(page, 'Факс')).toHaveText('Не указано')

  await openProfile(page, 'business.nonresident@demo.test', 'Изменить')
  await expect(shownValue(page, 'Страна')).toHaveText('Германия')
})

test('a user sees company information read-only and changes only their own contact details', async ({ page }) => {
  await prepare(page)
  await openProfile(page, 'user.business.resident@demo.test')
  const panel = page.getByRole('tabpanel')
  await expect(panel.getByText('Read-only: only the main administrator of the account can change company information.').first()).toBeVisible()
  await expect(panel.getByRole('heading', { name: 'Your contact details' })).toBeVisible()
  await expect(panel.locator('dt', { hasText: /Passport/ })).toHaveCount(0)
  await expect(panel.getByText('Original billing documents')).toHaveCount(0)
  await expect(panel.getByText('GDPR')).toHaveCount(0)
  await expect(shownValue(page, 'Contact person')).toHaveText('Дмитрий Орлов')

  await openForm(page)
  const form = page.getByRole('form', { name: 'Edit profile' })
  await expect(form.getByRole('group')).toHaveText([/Your contact details/])
  await expect(form.getByLabel('Company name')).toHaveCount(0)
  await field(page, 'Phone').fill('+7 495 111-22-33')
  await save(page)
  await expect(page.getByText('Applied at once: Phone.')).toBeVisible()
  await expect(shownValue(page, 'Phone')).toHaveText('+7 495 111-22-33')

  // The main administrator's contact details are the account's, unchanged.
  await openProfile(page, 'business.resident@demo.test')
  await expect(shownValue(page, 'Phone')).toHaveText('+7 812 333-44-55')
})

test('when the profile cannot be loaded the tab says so and Try again loads it', async ({ page }) => {
  await prepare(page)
  await openProfile(page, 'business.resident@demo.test')
  await failRequests(page, 'GET', '/profile', '503')
  await page.reload()
  const panel = page.getByRole('tabpanel')
  await expect(panel.getByRole('alert')).toContainText('Could not load the profile.')
  await expect(panel.getByRole('button', { name: 'Change', exact: true })).toHaveCount(0)
  await clearNetworkRules(page)
  await panel.getByRole('button', { name: 'Try again' }).click()
  await expect(panel.getByRole('alert')).toHaveCount(0)
  await expect(shownValue(page, 'Company name')).toHaveText('ООО «Восток Технологии»')
})

test('the Profile tab, the edit form and the GDPR dialog have no serious accessibility violations in any theme', async ({ page }) => {
  await prepare(page)
  await openProfile(page, 'business.resident@demo.test')
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'profile tab')
  await openForm(page)
  await field(page, 'KPP').fill('12')
  await save(page)
  await expect(field(page, 'KPP')).toHaveAttribute('aria-invalid', 'true')
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'edit form with errors')

  await openProfile(page, 'business.nonresident@demo.test')
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'profile tab with GDPR')
  await page.getByRole('button', { name: 'Delete account' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'delete dialog')
})
