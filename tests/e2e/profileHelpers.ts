// Helpers of the Profile tab specs: open the tab as a persona, read the labels shown, use the form.
import { expect, type Page } from '@playwright/test'
import { fillRegistration, loginAs } from './support'

/** Opens the Profile tab logged in as a demo persona (any language). */
export async function openProfile(page: Page, email: string, changeLabel = 'Change') {
  await loginAs(page, email, '/profile')
  await expect(page.getByRole('button', { name: changeLabel, exact: true })).toBeVisible()
}

/** The field labels the tab shows, in order. */
export const shownLabels = (page: Page) => page.getByRole('tabpanel').locator('dl dt').allTextContents()

/** The value shown next to a label. */
export const shownValue = (page: Page, label: string) => page.getByRole('tabpanel').locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd')

export async function openForm(page: Page) {
  await page.getByRole('button', { name: 'Change', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Edit profile' })).toBeVisible()
}

export const field = (page: Page, label: string) => page.getByRole('form', { name: 'Edit profile' }).getByLabel(label, { exact: true })

export async function save(page: Page) {
  await page.getByRole('form', { name: 'Edit profile' }).getByRole('button', { name: 'Save' }).click()
}

/** A field's error message (the alert right under it). */
export async function expectFieldError(page: Page, label: string, message: string) {
  const input = field(page, label)
  await expect(input).toHaveAttribute('aria-invalid', 'true')
  await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
}

/** Registers a new account through the registration page and lands on home. */
export async function registerAccount(page: Page, options: { type: string; nonResident?: boolean; email: string; password?: string }) {
  const password = options.password ?? 'secret-pass-1'
  await page.goto('/register')
  await fillRegistration(page, { type: options.type, email: options.email, password })
  if (options.nonResident) await page.getByLabel('Non-resident of the RF').check()
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
}
