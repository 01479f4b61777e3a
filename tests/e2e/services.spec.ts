// The Services tab and a service's page as a customer uses them: the list with the spec's
// columns, "Stop" then "Start" (kept after a reload), "Delete" with the typed name, the actions
// refused while a new server is being created (and the list turning it "Active" by itself), a
// service's configuration, cost this month and charges, an unknown id, the home notice of a
// service its balance could no longer pay, narrow screens, Russian, and axe in every theme.
// Every test has its own browser context, so its own mock database (localStorage).
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations, loginAs, mockServesNetwork, prepare, THEMES, useTheme } from './support'

const BUSINESS = 'business.resident@demo.test'
const PERSONAL = 'personal.resident@demo.test'

const row = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })

async function openServices(page: Page, email = BUSINESS) {
  await loginAs(page, email, '/services')
  await expect(page.getByRole('tab', { name: 'Services', selected: true })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Connected services' })).toBeVisible()
}

/**
 * Calls the mock API from the page as the logged-in user (the browser's own mock database). A
 * request answered with no body at all never reached the mock (CI saw it once right after a page
 * load): it is sent again with the same Idempotency-Key, so it can never act twice.
 */
async function callApi(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  await mockServesNetwork(page)
  const key = crypto.randomUUID()
  for (let attempt = 1; ; attempt += 1) {
    const answer = await page.evaluate(
      async ([method, path, body, key]) => {
        const response = await fetch(`/api/v1${path}`, {
          method,
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${localStorage.getItem('ccp.token')}`, 'Idempotency-Key': key },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
        return { status: response.status, text: await response.text() }
      },
      [method, path, body, key] as const,
    )
    if (answer.text || answer.status === 204 || attempt === 3) return { status: answer.status, body: answer.text ? JSON.parse(answer.text) : null }
    await page.waitForTimeout(500)
  }
}

test('lists the account’s services with name, type, configuration, status, price, balance and date', async ({ page }) => {
  await prepare(page)
  await openServices(page)
  await expect(page.getByRole('columnheader')).toHaveText(['Name', 'Type', 'Configuration', 'Status', 'Price per month', 'Balance', 'Since', 'Actions'])
  await expect(page.getByRole('rowheader')).toHaveText(['staging', 'archive', 'accounting-1c', 'db-main', 'backups', 'web-prod-1'])
  await expect(row(page, 'web-prod-1').getByRole('cell')).toHaveText([
    'Cloud server',
    '4 vCPU, 8 GB RAM, 80 GB SSD, Ubuntu 24.04, Saint Petersburg',
    'Active',
    '₽5,184.00',
    'Cloud servers',
    /^\d\d\/\d\d\/\d{4}$/,
    /^Stop\s+web-prod-1\s*Delete\s+web-prod-1$/,
  ])
  await expect(row(page, 'db-main')).toContainText('Dedicated servers')
  await expect(row(page, 'staging').getByRole('cell').nth(2)).toHaveText('Stopped')

  // "Order service" is a menu of the two order forms.
  await page.getByRole('button', { name: 'Order service' }).click()
  await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText(['Order cloud server', 'Order dedicated server'])
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Order dedicated server' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/services\/order\/dedicated$/)
})

test('Stop then Start changes the status, and each survives a reload', async ({ page }) => {
  // Reloads on a shared, busy machine.
  test.slow()
  await prepare(page)
  await openServices(page)
  const web = row(page, 'web-prod-1')
  await web.getByRole('button', { name: 'Stop web-prod-1' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'web-prod-1 is stopped.' })).toBeVisible()
  await expect(web.getByRole('cell').nth(2)).toHaveText('Stopped')
  await page.reload()
  await expect(web.getByRole('cell').nth(2)).toHaveText('Stopped')

  await web.getByRole('button', { name: 'Start web-prod-1' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'web-prod-1 is running again.' })).toBeVisible()
  await expect(web.getByRole('cell').nth(2)).toHaveText('Active')
  await page.reload()
  await expect(web.getByRole('cell').nth(2)).toHaveText('Active')
  await expect(web.getByRole('button', { name: 'Stop web-prod-1' })).toBeEnabled()
})

test('Delete asks for the service’s name and stays disabled until it matches; the service is gone after a reload', async ({ page }) => {
  // Reloads on a shared, busy machine.
  test.slow()
  await prepare(page)
  await openServices(page)
  await row(page, 'backups').getByRole('button', { name: 'Delete backups' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete service' })
  const confirmation = dialog.getByRole('textbox', { name: 'Type the service name backups to confirm' })
  const submit = dialog.getByRole('button', { name: 'Delete', exact: true })
  await expect(confirmation).toBeFocused()
  await expect(submit).toBeDisabled()
  await confirmation.fill('backup')
  await expect(submit).toBeDisabled()
  await confirmation.fill('web-prod-1')
  await expect(submit).toBeDisabled()
  // Escape cancels, and focus returns to the button that opened it.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(row(page, 'backups').getByRole('button', { name: 'Delete backups' })).toBeFocused()

  await row(page, 'backups').getByRole('button', { name: 'Delete backups' }).click()
  await expect(confirmation).toHaveValue('')
  await confirmation.fill('backups')
  await submit.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'backups is deleted.' })).toBeVisible()
  await expect(row(page, 'backups')).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('rowheader', { name: 'web-prod-1' })).toBeVisible()
  await expect(row(page, 'backups')).toHaveCount(0)
})

test('a server being created cannot be stopped or deleted, and turns Active in the list without a reload', async ({ page }) => {
  await page.clock.install()
  await prepare(page)
  await openServices(page)
  const order = await callApi(page, 'POST', '/services/cloud-servers', { name: 'e2e-new', region: 'spb', vcpu: 1, ramGb: 1, diskType: 'ssd', diskGb: 10, image: 'ubuntu-24.04' })
  expect(order.status).toBe(201)
  await page.reload()
  const created = row(page, 'e2e-new')
  await expect(created.getByRole('cell').nth(2)).toHaveText('Creating')
  await expect(created.getByRole('button', { name: 'Stop e2e-new' })).toBeDisabled()
  await expect(created.getByRole('button', { name: 'Delete e2e-new' })).toBeDisabled()
  await expect(created.getByRole('button', { name: 'Delete e2e-new' })).toHaveAccessibleDescription('Stop and Delete become available once it is created.')

  // The server is ready after a minute of the mock clock; the list polls meanwhile.
  await page.clock.fastForward('01:05')
  await expect(created.getByRole('cell').nth(2)).toHaveText('Active', { timeout: 10_000 })
  await expect(created.getByRole('button', { name: 'Delete e2e-new' })).toBeEnabled()
})

test('a service’s page shows its configuration, its cost this month and its charges', async ({ page }) => {
  await prepare(page)
  await openServices(page)
  await page.getByRole('link', { name: 'web-prod-1', exact: true }).click()
  await expect(page).toHaveURL(/\/services\/svc-1$/)
  await expect(page.getByRole('heading', { level: 2, name: 'web-prod-1' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Services', selected: true })).toBeVisible()
  await expect(page).toHaveTitle(/^web-prod-1 — /)

  const about = page.getByRole('region', { name: 'Configuration' })
  const fact = (term: string) => about.locator(`dt:text-is("${term}") + dd`)
  await expect(fact('Type')).toHaveText('Cloud server')
  await expect(fact('Configuration')).toHaveText('4 vCPU, 8 GB RAM, 80 GB SSD, Ubuntu 24.04, Saint Petersburg')
  await expect(fact('Region')).toHaveText('Saint Petersburg')
  await expect(fact('Price per month')).toHaveText('₽5,184.00')
  await expect(fact('Price per hour')).toHaveText('₽7.20')
  await expect(fact('Paid from balance')).toHaveText('Cloud servers')
  await expect(page.getByRole('region', { name: 'Cost this month' })).toContainText(/₽[\d,]+\.\d\d/)

  const charges = page.getByRole('region', { name: 'Charges table' }).getByRole('row').filter({ hasText: 'Charge' })
  // Today's hours first (one line a day), then last month's whole month.
  await expect(charges.first()).toContainText('web-prod-1')
  await expect(charges.first()).toContainText(/−₽[\d,]+\.\d\d/)
  await expect(charges.filter({ hasText: '−₽5,184.00' }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'All transactions' })).toHaveAttribute('href', '/balance/transactions')

  await page.getByRole('link', { name: 'Back to services' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Connected services' })).toBeVisible()
})

test('a prepaid dedicated server shows when it is paid until; deleting it on its page returns to the list', async ({ page }) => {
  await prepare(page)
  await loginAs(page, BUSINESS, '/services/svc-9')
  const about = page.getByRole('region', { name: 'Configuration' })
  await expect(about.locator('dt:text-is("Billing period") + dd')).toHaveText('1 month')
  await expect(about.locator('dt:text-is("Paid until") + dd')).toHaveText(/\d{4}/)

  await page.getByRole('button', { name: 'Delete db-main' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete service' })
  await expect(dialog).toContainText('The prepaid period is not refunded.')
  await dialog.getByRole('textbox', { name: 'Type the service name db-main to confirm' }).fill('db-main')
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page).toHaveURL(/\/services$/)
  await expect(page.getByText('db-main is deleted.')).toBeVisible()
  await expect(row(page, 'db-main')).toHaveCount(0)
})

test('an unknown service says it was not found', async ({ page }) => {
  await prepare(page)
  await loginAs(page, BUSINESS, '/services/svc-404')
  await expect(page.getByRole('heading', { level: 2, name: 'This service was not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to services' }).click()
  await expect(page.getByRole('rowheader', { name: 'web-prod-1' })).toBeVisible()
})

test('the home page has a notice for a service its balance could no longer pay, with a link to top up that balance', async ({ page }) => {
  // Reloads on a shared, busy machine.
  test.slow()
  await page.clock.install()
  await prepare(page)
  await loginAs(page, PERSONAL)
  await expect(page.getByText(/is stopped: the .* balance ran out/)).toHaveCount(0)
  // Move all the Cloud servers money to the main balance: the next hour of my-vpn cannot be paid.
  const overview = (await callApi(page, 'GET', '/balance')).body as { version: number; balances: { kind: string; moneyKopecks: number }[] }
  const cloud = overview.balances.find((b) => b.kind === 'cloud')!
  const transfer = await callApi(page, 'POST', '/balance/transfers', { from: 'cloud', to: 'main', amountKopecks: cloud.moneyKopecks, balanceVersion: overview.version })
  expect(transfer.status).toBe(201)
  await page.clock.fastForward('02:00:00')
  await page.reload()

  await expect(page.getByText('my-vpn (Cloud server) is stopped: the Cloud servers balance ran out.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Top up the Cloud servers balance' })).toHaveAttribute('href', '/balance/top-up?balance=cloud')
  await expect(page.getByRole('listitem').filter({ hasText: 'Go to services' })).toContainText('None running')

  await page.getByRole('link', { name: 'Open my-vpn' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'my-vpn' })).toBeVisible()
  await expect(page.getByText('Stopped: the balance ran out')).toBeVisible()
})

test('on a narrow screen each service is a card with its actions in reach', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await prepare(page)
  await openServices(page)
  const stop = row(page, 'web-prod-1').getByRole('button', { name: 'Stop web-prod-1' })
  await stop.scrollIntoViewIfNeeded()
  const box = (await stop.boundingBox())!
  expect(box.x + box.width).toBeLessThanOrEqual(375)
  // The column names sit beside the values in the card (the table's header row is hidden).
  await expect(page.getByRole('columnheader', { name: 'Price per month' })).not.toBeInViewport()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
})

test('the tab speaks Russian', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await loginAs(page, BUSINESS, '/services')
  await expect(page.getByRole('columnheader')).toHaveText(['Название', 'Тип', 'Конфигурация', 'Статус', 'Цена в месяц', 'Баланс', 'Подключена', 'Действия'])
  await expect(row(page, 'staging').getByRole('cell').nth(2)).toHaveText('Остановлена')
  await expect(row(page, 'staging').getByRole('button', { name: 'Запустить staging' })).toBeVisible()
})

test("the list, a service's page and its delete dialog pass axe in every theme", async ({ page }) => {
  // Nine axe runs: one login and one visit of each screen, the theme switched in place.
  test.slow()
  await prepare(page)
  await openServices(page)
  const inEveryTheme = async (screen: string) => {
    for (const theme of THEMES) {
      await useTheme(page, theme)
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await expectNoSeriousA11yViolations(page, `${screen}, ${theme}`)
    }
  }
  await inEveryTheme('services list')
  await page.getByRole('link', { name: 'db-main', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'db-main' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Charges table' })).toBeVisible()
  await inEveryTheme('service page')
  await page.getByRole('button', { name: 'Delete db-main' }).click()
  await expect(page.getByRole('dialog', { name: 'Delete service' })).toBeVisible()
  await inEveryTheme('delete dialog')
})
