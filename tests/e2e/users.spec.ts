// The Users tab as the main administrator and a user meet it: the administrator adds a user (an
// email already on an account is refused on its field, then the invitation goes out) and sees
// the Remove confirmation; the user is told why they cannot manage users. axe runs on the tab and
// its two dialogs in every theme, switched in place. (Accepting an invitation from its emailed
// link in another browser is tests/e2e-api/invitation.spec.ts: two browsers need one backend.)
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolationsInEveryTheme, loginAs, prepare } from './support'

test.beforeEach(async ({ page }) => {
  await prepare(page)
})

test('the main administrator adds a user: a taken email is refused on its field, then the invitation is sent', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test', '/profile/users')
  const users = page.getByRole('region', { name: 'Users of the account, table' })
  await expect(users.getByRole('row', { name: /pavel\.sokolov@demo\.test/ })).toContainText('Not activated')
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'Users tab')

  await page.getByRole('button', { name: 'Add user' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add user' })
  await dialog.getByLabel('Email').fill('personal.resident@demo.test')
  await dialog.getByLabel('Name').fill('Анна Смирнова')
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  await expect(dialog.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByRole('alert')).toHaveText('This email already belongs to a user of an account. Invite another address.')
  await expect(dialog.getByLabel('Name')).toHaveValue('Анна Смирнова')
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'Add user dialog')

  await dialog.getByLabel('Email').fill('anna.smirnova@example.com')
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Invitation sent to anna.smirnova@example.com.' })).toBeVisible()
  const added = users.getByRole('row', { name: /anna\.smirnova@example\.com/ })
  await expect(added).toContainText('Not activated')
  await expect(added.getByRole('button', { name: 'Resend invitation' })).toBeDisabled()

  await added.getByRole('button', { name: 'Remove' }).click()
  const confirm = page.getByRole('dialog', { name: 'Remove user' })
  await expect(confirm).toContainText('Remove Анна Смирнова (anna.smirnova@example.com) from the account?')
  await expect(confirm).toContainText('Their sessions end at once and their API keys are revoked.')
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'Remove user dialog')
  await confirm.getByRole('button', { name: 'Remove' }).click()
  await expect(confirm).toBeHidden()
  await expect(added).toHaveCount(0)
})

test('a user of the account is told why they cannot manage users', async ({ page }) => {
  await loginAs(page, 'user.business.resident@demo.test', '/profile/users')
  await expect(page.getByText('Only the main administrator of the account can add and remove users.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Add user' })).toHaveCount(0)
  await expect(page.getByRole('table')).toHaveCount(0)
})
