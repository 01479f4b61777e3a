// The Profile tab's blocks: "Original billing documents" (saved, survives a reload) and "GDPR"
// (the personal data archive as a JSON download, account deletion refused or done).
import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { prepare } from './support'
import { openProfile, registerAccount } from './profileHelpers'

test.beforeEach(async ({ page }) => prepare(page))

test('the method of obtaining originals is saved, needs an address for post, and survives a reload', async ({ page }) => {
  await openProfile(page, 'business.resident@demo.test')
  const block = page.getByRole('region', { name: 'Original billing documents' })
  await expect(block.getByLabel('Electronic document management')).toBeChecked()
  await block.getByRole('radio', { name: /^Post/ }).check()
  await block.getByRole('button', { name: 'Save' }).click()
  await expect(block.getByRole('textbox', { name: 'Delivery address' })).toHaveAttribute('aria-invalid', 'true')
  await expect(block.getByText('Enter the full postal address with the postcode.')).toBeVisible()
  await block.getByRole('textbox', { name: 'Delivery address' }).fill('196084, г. Санкт-Петербург, Московский пр-т, д. 21')
  await block.getByRole('button', { name: 'Save' }).click()
  await expect(block.getByText('The method of obtaining originals is saved.')).toBeVisible()

  await page.reload()
  await expect(block.getByRole('radio', { name: /^Post/ })).toBeChecked()
  await expect(block.getByRole('textbox', { name: 'Delivery address' })).toHaveValue('196084, г. Санкт-Петербург, Московский пр-т, д. 21')
  await block.getByLabel('Courier pick-up').check()
  await expect(block.getByRole('textbox', { name: 'Delivery address' })).toHaveCount(0)
  await block.getByRole('button', { name: 'Save' }).click()
  await expect(block.getByText('The method of obtaining originals is saved.')).toBeVisible()
  await page.reload()
  await expect(block.getByLabel('Courier pick-up')).toBeChecked()
})

test('the GDPR archive is prepared after a short while and downloads as JSON with the personal data', async ({ page }) => {
  await openProfile(page, 'business.nonresident@demo.test')
  const block = page.getByRole('region', { name: 'GDPR' })
  await block.getByRole('button', { name: 'Request archive' }).click()
  await expect(block.getByRole('status')).toContainText('is being prepared')
  await expect(block.getByRole('button', { name: 'Request archive' })).toBeDisabled()
  await expect(block.getByRole('status')).toContainText('is ready to download', { timeout: 10_000 })
  const [download] = await Promise.all([page.waitForEvent('download'), block.getByRole('button', { name: 'Download archive (JSON)' }).click()])
  expect(download.suggestedFilename()).toBe('personal-data.json')
  const archive = JSON.parse(readFileSync((await download.path())!, 'utf8'))
  expect(archive.account.profile).toMatchObject({ companyName: 'Weber Datentechnik GmbH', vatin: 'DE136695976', accountNumber: 'DE89370400440532013000' })
  expect(archive.users.map((u: { email: string }) => u.email)).toEqual(['business.nonresident@demo.test'])
  expect(archive.tickets.map((t: { subject: string }) => t.subject)).toContain('Invoice in euros')
  expect(archive.loginEvents.length).toBeGreaterThan(0)
  expect(JSON.stringify(archive)).not.toContain('demo-password')

  // The status survives a reload.
  await page.reload()
  await expect(block.getByRole('button', { name: 'Download archive (JSON)' })).toBeVisible()
})

test('deleting the account is refused while the balance is positive and services are active, with the reason', async ({ page }) => {
  await openProfile(page, 'business.nonresident@demo.test')
  await page.getByRole('button', { name: 'Delete account' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete the account?' })
  await dialog.getByRole('button', { name: 'Delete account' }).click()
  await expect(dialog.getByLabel(/To confirm, type the account email/)).toHaveAttribute('aria-invalid', 'true')
  await dialog.getByLabel(/To confirm, type the account email/).fill('business.nonresident@demo.test')
  await dialog.getByLabel('Password').fill('wrong-password')
  await dialog.getByRole('button', { name: 'Delete account' }).click()
  await expect(dialog.getByText('The password is incorrect.')).toBeVisible()
  await dialog.getByLabel('Password').fill('demo-password')
  await dialog.getByRole('button', { name: 'Delete account' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('The account cannot be deleted while the balance is positive and services are active. Spend or withdraw the balance and delete the services first.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Delete account' })).toBeFocused()
})

test('an account with no balance and no services is deleted: the session ends on the login page with a message', async ({ page }) => {
  await registerAccount(page, { type: 'Business account', nonResident: true, email: 'leaving@new-company.example', password: 'secret-pass-1' })
  await page.goto('/profile')
  await page.getByRole('button', { name: 'Delete account' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete the account?' })
  await dialog.getByLabel(/To confirm, type the account email/).fill('leaving@new-company.example')
  await dialog.getByLabel('Password').fill('secret-pass-1')
  await dialog.getByRole('button', { name: 'Delete account' }).click()
  await expect(page).toHaveURL(/\/login\?reason=deleted$/)
  await expect(page.getByText('The account has been deleted.')).toBeVisible()

  await page.getByLabel('Email').fill('leaving@new-company.example')
  await page.getByLabel('Password').fill('secret-pass-1')
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.')
})
