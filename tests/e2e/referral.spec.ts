// The referral program: terms, the request (an invalid URL is refused on its field and nothing
// typed is lost), the request under review surviving a reload, then the approved state with the
// personal link; axe in the three themes.
import { expect, test } from '@playwright/test'
import { REFERRAL_REVIEW_DELAY_MS } from '../../mocks/kernel/qaSettings'
import { advanceMockClock, expectNoSeriousA11yViolationsInEveryTheme, freezeMockClock, loginAs, prepare } from './support'

test('a request is refused on bad input, stays under review after a reload, then gives the personal link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await prepare(page)
  await loginAs(page, 'personal.resident@demo.test')
  // Hold the review until the test lets it through: the mock clock stands still until advanced.
  await freezeMockClock(page)
  await page.getByRole('button', { name: /personal\.resident@demo\.test/ }).click()
  await page.getByRole('menuitem', { name: 'Referral program' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Referral program' })).toBeVisible()
  await expect(page.getByText('Reward: 10% of your referrals’ spending')).toBeVisible()
  await expect(page.getByText('15% for a month in which their spending exceeds ₽1,000,000.')).toBeVisible()
  await expect(page.getByText('by the 15th of the next month')).toBeVisible()
  await expect(page.getByText('Withdrawal to a bank account from ₽10,000.')).toBeVisible()

  await page.getByLabel('Site or channel URL').fill('my-blog.example')
  await page.getByLabel('Audience').fill('Backend developers, about 8 000 subscribers.')
  await page.getByLabel('How you will promote our services').fill('Weekly posts with hosting tips and the link.')
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.getByText('Enter a web address starting with http:// or https://')).toBeVisible()
  await expect(page.getByText('Agree to the program terms to send the request.')).toBeVisible()
  await expect(page.getByLabel('Site or channel URL')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Site or channel URL')).toBeFocused()
  await expect(page.getByLabel('Audience')).toHaveValue('Backend developers, about 8 000 subscribers.')
  await expect(page.getByLabel('How you will promote our services')).toHaveValue('Weekly posts with hosting tips and the link.')

  await page.getByLabel('Site or channel URL').fill('https://my-blog.example/devops')
  await page.getByLabel('I agree to the terms of the referral program').check()
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.getByText('Under review')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Your request' })).toBeFocused()
  await expect(page.getByText('https://my-blog.example/devops')).toBeVisible()

  await page.reload()
  await expect(page.getByText('Under review')).toBeVisible()
  await expect(page.getByText('https://my-blog.example/devops')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Send request' })).toHaveCount(0)

  // The review is done (its delay passes on the mock clock): the page notices by itself.
  await advanceMockClock(page, REFERRAL_REVIEW_DELAY_MS)
  await expect(page.getByText('Approved', { exact: true })).toBeVisible({ timeout: 10_000 })
  await expect(page.getByRole('textbox', { name: 'Referral link' })).toHaveValue(/\/register\?ref=[A-Z0-9]{10}$/)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('The link has been copied.')).toBeVisible()
  await expect(page.getByText('No referrals yet.')).toBeVisible()
})

test('the referral program speaks Russian', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await loginAs(page, 'business.resident@demo.test', '/referral')
  await expect(page.getByRole('heading', { level: 1, name: 'Реферальная программа' })).toBeVisible()
  await expect(page.getByText('Вознаграждение — 10 % от расходов ваших рефералов на услуги.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Скопировать ссылку' })).toBeVisible()
  await expect(page.getByRole('row', { name: /октябрь 2026/i })).toContainText('15 %')
})

test('referral screens have no serious accessibility violations in any theme', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'sole.resident@demo.test', '/referral')
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.getByText('Give the address of your site or channel.')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'referral form with errors')
  await loginAs(page, 'business.resident@demo.test', '/referral')
  await expect(page.getByRole('heading', { name: 'Your referral link' })).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'referral approved')
})
