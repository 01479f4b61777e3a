// API keys as a customer uses them: creating a read-only key limited to their own address, reading
// its secret from the page and calling the mocked API with it from the page (reading works, a
// change is refused), deleting it by typing its name (the key is then refused), and rotating a key
// (the new secret works, and so does the old one for 24 hours). axe runs on the tab and each of
// its dialogs in every theme, switched in place. Every test has its own browser context, so its
// own mock data.
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolationsInEveryTheme, loginAs, mockServesNetwork, prepare } from './support'

/** Has three seeded keys (mocks/apiKeys/seed.ts); Terraform's secret is documented in the README. */
const PERSONA = 'business.resident@demo.test'
const TERRAFORM_SECRET = 'ccp_Y0djOKuf3CSdk5kZPeDNzoYIEQDCrpjD1W2a0DaZ'
const SECRET = /^ccp_[A-Za-z0-9]{40}$/

/** Calls the page's mocked API with a key, as a script would: a read, or a change. */
async function callWith(page: Page, secret: string, change = false): Promise<{ status: number; code?: string }> {
  await mockServesNetwork(page)
  return page.evaluate(
    async ([secret, change]) => {
      const response = change
        ? await fetch('/api/v1/settings', { method: 'PATCH', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ theme: 'dark' }) })
        : await fetch('/api/v1/balance', { headers: { Authorization: `Bearer ${secret}` } })
      const body = response.ok ? {} : ((await response.json()) as { code?: string })
      return { status: response.status, code: body.code }
    },
    [secret, change] as const,
  )
}

/** Picks an item of a key's menu. */
async function choose(page: Page, keyName: string, item: string) {
  await page.getByRole('button', { name: `Actions: ${keyName}` }).click()
  await page.getByRole('menuitem', { name: item, exact: true }).click()
}

/** The secret the open dialog shows, once. */
async function shownSecret(page: Page): Promise<string> {
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading', { name: 'Copy the secret' })).toBeVisible()
  await expect(dialog.getByText('you will not see it again')).toBeVisible()
  const secret = ((await dialog.getByRole('definition').textContent()) ?? '').trim()
  expect(secret).toMatch(SECRET)
  return secret
}

test('a read-only key created for this address reads the API from the page, may not change anything, and is refused once deleted by its typed name', async ({ page }) => {
  test.setTimeout(60_000)
  await prepare(page)
  await loginAs(page, PERSONA, '/profile/api-keys')
  await expect(page.getByRole('heading', { level: 2, name: 'API keys' })).toBeVisible()
  await expect(page.getByRole('row', { name: /Terraform/ })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'API keys tab')

  await page.getByRole('button', { name: 'Create key' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('heading', { name: 'Create key' })).toBeVisible()
  await dialog.getByLabel('Name').fill('E2E reader')
  await dialog.getByLabel('Read only').check()
  await dialog.getByLabel('Allowed IP addresses').fill('203.0.113.300')
  await dialog.getByRole('button', { name: 'Create key' }).click()
  await expect(dialog.getByLabel('Allowed IP addresses')).toHaveAttribute('aria-invalid', 'true')
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'Create key dialog with an error')

  await dialog.getByLabel('Allowed IP addresses').fill('')
  await dialog.getByRole('button', { name: /^Add my address/ }).click()
  await expect(dialog.getByLabel('Allowed IP addresses')).toHaveValue(/^\d{1,3}(\.\d{1,3}){3}$/)
  await dialog.getByRole('button', { name: 'Create key' }).click()
  const secret = await shownSecret(page)
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'new key secret')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()

  const row = page.getByRole('row', { name: /E2E reader/ })
  await expect(row).toContainText(`${secret.slice(0, 8)}…${secret.slice(-4)}`)
  await expect(row).toContainText('Read only')
  await expect(row).toContainText('Never')
  expect(await callWith(page, secret)).toEqual({ status: 200, code: undefined })
  expect(await callWith(page, secret, true)).toEqual({ status: 403, code: 'auth.keyReadOnly' })
  await page.reload()
  await expect(page.getByRole('row', { name: /E2E reader/ })).not.toContainText('Never')

  await choose(page, 'E2E reader', 'Delete')
  await expect(dialog.getByRole('heading', { name: 'Delete key' })).toBeVisible()
  const deleteButton = dialog.getByRole('button', { name: 'Delete', exact: true })
  await expect(deleteButton).toBeDisabled()
  await dialog.getByLabel("To confirm, type the key's name E2E reader").fill('E2E')
  await expect(deleteButton).toBeDisabled()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'Delete key dialog')
  await dialog.getByLabel("To confirm, type the key's name E2E reader").fill('E2E reader')
  await deleteButton.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').getByText('The key “E2E reader” is deleted.')).toBeVisible()
  await expect(page.getByRole('row', { name: /E2E reader/ })).toHaveCount(0)
  expect(await callWith(page, secret)).toEqual({ status: 401, code: 'auth.keyInvalid' })
})

test('rotating a key shows the new secret once; both the new and the old secret work, as the list says', async ({ page }) => {
  await prepare(page)
  await loginAs(page, PERSONA, '/profile/api-keys')
  await page.getByRole('button', { name: 'Actions: Terraform' }).click()
  await expect(page.getByRole('menu')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'a key menu')
  await page.getByRole('menuitem', { name: 'Rename' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Name')).toHaveValue('Terraform')
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'Rename dialog')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  await choose(page, 'Terraform', 'Rotate')
  await expect(dialog.getByText('The old secret keeps working for 24 hours')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'Rotate dialog')
  await dialog.getByRole('button', { name: 'Rotate', exact: true }).click()
  const secret = await shownSecret(page)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('row', { name: /Terraform/ })).toContainText(/The previous secret works until/)
  expect((await callWith(page, secret)).status).toBe(200)
  expect((await callWith(page, TERRAFORM_SECRET)).status).toBe(200)
})
