// "Order cloud server" as a customer uses it: the price following the configuration (and the
// personal discount), the limits on the fields, the draft that survives a reload until Panel
// settings' Reset, an order that shows in Services and, an hour of the mock clock later, in
// Transactions; an order the Cloud servers balance cannot cover, refused with a link to top up
// that comes back to the form with what was typed; axe in every theme. Every test has its own
// browser context, so its own mock database (localStorage).
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations, loginAs, prepare, THEMES, useTheme } from './support'

const PERSONAL = 'personal.resident@demo.test'
const BUSINESS = 'business.resident@demo.test'

const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true })
const summary = (page: Page) => page.getByRole('region', { name: 'Cost' })

async function openForm(page: Page, email: string) {
  await loginAs(page, email, '/services/order/cloud')
  await expect(page.getByRole('heading', { name: 'Order cloud server' })).toBeVisible()
  // The catalogue and the balances come with the form: give a busy machine a moment.
  await expect(summary(page).getByText('Per month')).toBeVisible({ timeout: 15_000 })
}

/** The summary's line `label` reads `amount`. */
async function expectLine(page: Page, label: string, amount: string) {
  await expect(summary(page).locator('div').filter({ has: page.getByText(label, { exact: true }) }).last()).toContainText(amount)
}

test('the price per hour and per month follows the region, vCPU, RAM, disk and image', async ({ page }) => {
  test.slow()
  await prepare(page)
  await openForm(page, PERSONAL)
  // 2 vCPU, 4 GB, 40 GB SSD, Ubuntu in Saint Petersburg.
  await expectLine(page, 'Per month', '₽2,880.00')
  await expectLine(page, 'Per hour', '₽4.00')
  await expectLine(page, 'Needed for the first day', '₽96.00')
  await expect(summary(page).getByText(/personal discount/)).toHaveCount(0)

  await field(page, 'vCPU').fill('4')
  await expectLine(page, 'Per month', '₽4,080.00')
  await page.getByRole('group', { name: 'Quick choice: RAM, GB' }).getByRole('button', { name: '16' }).click()
  await expect(field(page, 'RAM, GB')).toHaveValue('16')
  await expectLine(page, 'Per month', '₽7,680.00')
  await page.getByLabel('HDD').check()
  await field(page, 'Disk size, GB').fill('100')
  await expectLine(page, 'Per month', '₽7,600.00')
  await page.getByLabel('Moscow').check()
  await expectLine(page, 'Per month', '₽8,360.00')
  await page.getByLabel('Windows Server 2022').check()
  await expectLine(page, 'Per month', '₽9,860.00')
  await expectLine(page, 'Per hour', '₽13.69')
  await expectLine(page, 'Needed for the first day', '₽328.56')
  await expect(summary(page).getByRole('status')).toHaveText('The balance covers it')
})

test('the personal discount is shown and taken off the price', async ({ page }) => {
  await prepare(page)
  await openForm(page, BUSINESS)
  await expect(summary(page).getByText('Your personal discount of 10% is included')).toBeVisible()
  await expectLine(page, 'Per month', '₽2,592.00')
  await expectLine(page, 'Per hour', '₽3.60')
})

test('out-of-range values get a message on their field, and the price waits for a valid configuration', async ({ page }) => {
  await prepare(page)
  await openForm(page, PERSONAL)
  await field(page, 'vCPU').fill('33')
  await expect(page.getByText('vCPU: from 1 to 32.')).toBeVisible()
  await expect(field(page, 'vCPU')).toHaveAttribute('aria-invalid', 'true')
  await expect(summary(page)).toContainText('Complete the configuration to see the price.')

  await field(page, 'vCPU').fill('1')
  await expect(field(page, 'vCPU')).not.toHaveAttribute('aria-invalid', 'true')
  await field(page, 'RAM, GB').fill('300')
  await expect(page.getByText('RAM: from 1 to 256 GB.')).toBeVisible()
  await field(page, 'RAM, GB').fill('16')
  await expect(page.getByText('At most 8 GB of RAM per vCPU: add vCPU or choose less RAM.')).toBeVisible()
  // More vCPU makes the same RAM allowed: its message goes.
  await field(page, 'vCPU').fill('2')
  await expect(field(page, 'RAM, GB')).not.toHaveAttribute('aria-invalid', 'true')

  await field(page, 'Disk size, GB').fill('5')
  await expect(page.getByText('Disk size: from 10 to 2048 GB.')).toBeVisible()
  await field(page, 'Disk size, GB').fill('2.5')
  await expect(page.getByText('Enter a whole number.')).toBeVisible()
  await field(page, 'Disk size, GB').fill('2048')
  await expect(field(page, 'Disk size, GB')).not.toHaveAttribute('aria-invalid', 'true')

  await field(page, 'Name').fill('-web')
  await expect(page.getByText('Use 1–63 Latin letters, digits and hyphens; the name cannot start or end with a hyphen.')).toBeVisible()
  // A name the account already uses (the seed's server "my-vpn"), in any case, is refused on the field too.
  await field(page, 'Name').fill('My-VPN')
  await expect(page.getByText('A service with this name already exists in the account. Choose another name.')).toBeVisible()
  await field(page, 'Name').fill('')
  await page.getByRole('button', { name: 'Order', exact: true }).click()
  await expect(field(page, 'Name')).toHaveAttribute('aria-invalid', 'true')
  await expect(field(page, 'Name')).toBeFocused()
})

test('the draft survives a reload at once and Reset in Panel settings returns the form to its defaults', async ({ page }) => {
  test.slow()
  await prepare(page)
  await openForm(page, PERSONAL)
  await page.getByLabel('Novosibirsk').check()
  await field(page, 'vCPU').fill('6')
  await field(page, 'RAM, GB').fill('12')
  await page.getByLabel('Debian 12').check()
  await field(page, 'Name').fill('draft-1')
  // No waiting for the save: a reload a moment after typing loses nothing.
  await page.reload()
  await expect(field(page, 'Name')).toHaveValue('draft-1')
  await expect(field(page, 'vCPU')).toHaveValue('6')
  await expect(field(page, 'RAM, GB')).toHaveValue('12')
  await expect(page.getByLabel('Novosibirsk')).toBeChecked()
  await expect(page.getByLabel('Debian 12')).toBeChecked()

  await page.goto('/profile/settings')
  await page.getByRole('button', { name: 'Reset' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByText('User settings have been reset.')).toBeVisible()
  await page.goto('/services/order/cloud')
  await expect(field(page, 'Name')).toHaveValue('')
  await expect(field(page, 'vCPU')).toHaveValue('2')
  await expect(field(page, 'RAM, GB')).toHaveValue('4')
  await expect(page.getByLabel('Saint Petersburg')).toBeChecked()
  await expect(page.getByLabel('Ubuntu 24.04')).toBeChecked()
})

test('an order shows in Services at once and its first hour in Transactions; the form starts afresh', async ({ page }) => {
  test.slow()
  await page.clock.install()
  await prepare(page)
  await openForm(page, PERSONAL)
  await field(page, 'Name').fill('web-e2e')
  // A double click orders one server (one Idempotency-Key, and the button is busy meanwhile).
  await page.getByRole('button', { name: 'Order', exact: true }).dblclick()
  await expect(page).toHaveURL(/\/services\/(?!order)[^/]+$/)
  await expect(page.getByRole('heading', { level: 2, name: 'web-e2e' })).toBeVisible()
  await expect(page.getByText('Server web-e2e is being created')).toBeVisible()

  await page.getByRole('tab', { name: 'Services' }).click()
  const rows = page.getByRole('row').filter({ hasText: 'web-e2e' })
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('2 vCPU, 4 GB RAM, 40 GB SSD, Ubuntu 24.04, Saint Petersburg')

  // An hour and a bit of the mock clock: created, then charged for its first hour.
  await page.clock.fastForward('01:05:00')
  await page.getByRole('tab', { name: 'Transactions' }).click()
  const charge = page.getByRole('row').filter({ hasText: 'web-e2e' }).first()
  await expect(charge).toContainText('Charge')
  await expect(charge).toContainText('−₽4.00')

  await page.goto('/services/order/cloud')
  await expect(field(page, 'Name')).toHaveValue('')
})

test('an order the Cloud servers balance cannot cover is refused, with a top-up that returns to the form with the draft', async ({ page }) => {
  test.slow()
  await prepare(page)
  await openForm(page, PERSONAL)
  await field(page, 'vCPU').fill('8')
  await field(page, 'RAM, GB').fill('32')
  await field(page, 'Name').fill('big-one')
  await expectLine(page, 'Needed for the first day', '₽496.08')
  await expect(summary(page).getByRole('status')).toContainText('₽76.08 is missing')

  await page.getByRole('button', { name: 'Order', exact: true }).click()
  const refusal = page.getByRole('alert').filter({ hasText: 'does not cover it' })
  await expect(refusal).toContainText('₽76.08')
  await expect(field(page, 'Name')).toHaveValue('big-one')

  await refusal.getByRole('link', { name: 'Top up the balance' }).click()
  await expect(page).toHaveURL(/\/balance\/top-up\?/)
  const url = new URL(page.url())
  expect(url.searchParams.get('balance')).toBe('cloud')
  expect(url.searchParams.get('amount')).toBe('77')
  expect(url.searchParams.get('returnTo')).toBe('/services/order/cloud')
  // 77 ₽ is below the smallest top-up: the form offers the minimum, to the Cloud servers balance.
  await expect(page.getByLabel('Amount, ₽', { exact: true })).toHaveValue('100')
  await expect(page.getByLabel('Balance to top up')).toHaveValue('cloud')
  await page.getByLabel('Bank card').check()
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await page.getByLabel('Card number').fill('4242 4242 4242 4242')
  await page.getByLabel('Expiry (MM/YY)').fill('12/40')
  await page.getByLabel('CVC').fill('123')
  await page.getByLabel('Cardholder name').fill('Ivan Petrov')
  await page.getByRole('button', { name: 'Pay ₽100.00' }).click()
  await expect(page.getByRole('heading', { name: 'Payment credited' })).toBeVisible()

  await page.getByRole('link', { name: 'Back to the order' }).click()
  await expect(page).toHaveURL(/\/services\/order\/cloud$/)
  await expect(field(page, 'Name')).toHaveValue('big-one')
  await expect(field(page, 'vCPU')).toHaveValue('8')
  await expect(field(page, 'RAM, GB')).toHaveValue('32')
  await expect(summary(page).getByRole('status')).toHaveText('The balance covers it')
  await page.getByRole('button', { name: 'Order', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'big-one' })).toBeVisible()
})

test('the top-up tab takes no return address outside the order forms', async ({ page }) => {
  await prepare(page)
  await loginAs(page, PERSONAL, '/balance/top-up?balance=cloud&amount=150&returnTo=https://evil.example/services/order/')
  await expect(page.getByLabel('Amount, ₽', { exact: true })).toHaveValue('150')
  await page.getByLabel('Bank card').check()
  await page.getByRole('button', { name: 'Continue to payment' }).click()
  await page.getByLabel('Card number').fill('4242 4242 4242 4242')
  await page.getByLabel('Expiry (MM/YY)').fill('12/40')
  await page.getByLabel('CVC').fill('123')
  await page.getByLabel('Cardholder name').fill('Ivan Petrov')
  await page.getByRole('button', { name: 'Pay ₽150.00' }).click()
  await expect(page.getByText('₽150.00 has been credited to the Cloud servers.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Back to the order' })).toHaveCount(0)
})

test('the form passes axe in every theme: empty, with errors, refused for the balance', async ({ page }) => {
  // Nine axe runs: one login, the theme switched in place.
  test.slow()
  await prepare(page)
  await openForm(page, PERSONAL)
  const inEveryTheme = async (state: string) => {
    for (const theme of THEMES) {
      await useTheme(page, theme)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await expectNoSeriousA11yViolations(page, `${theme}: ${state}`)
    }
  }
  await inEveryTheme('form')
  await field(page, 'vCPU').fill('8')
  await field(page, 'RAM, GB').fill('300')
  await page.getByRole('button', { name: 'Order', exact: true }).click()
  await expect(field(page, 'RAM, GB')).toBeFocused()
  await inEveryTheme('errors')
  await field(page, 'RAM, GB').fill('32')
  await expect(summary(page).getByRole('status')).toContainText('is missing')
  await inEveryTheme('not covered')
})
