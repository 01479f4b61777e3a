// An invitation end to end, against `npm run api` (one server, so two browsers share its data):
// the main administrator adds a user in one browser, the invitation mail is read from the mock
// mailbox, its link is opened in another browser where the person sets a password, lands logged
// in and, as a "User", is told why they cannot manage users; the administrator's list then says
// "Active".
import { expect, test } from '@playwright/test'
import { loginAs, prepare } from '../e2e/support'
import { resetServerData } from './serverData'

const API = 'http://127.0.0.1:8787/api/v1'
const ADMIN = 'business.resident@demo.test'
const INVITEE = 'olga.petrova@example.com'

interface Mail {
  kind: string
  subject: string
  links: { label: string; href: string }[]
}

test.beforeEach(() => {
  resetServerData()
})

test('an invited person accepts the mailed link in another browser and logs in as a user', async ({ browser, page, request }) => {
  await prepare(page)
  await loginAs(page, ADMIN, '/profile/users')
  await page.getByRole('button', { name: 'Add user' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add user' })
  await dialog.getByLabel('Email').fill(INVITEE)
  await dialog.getByLabel('Name').fill('Ольга Петрова')
  await dialog.getByRole('button', { name: 'Send invitation' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Invitation sent to ${INVITEE}.` })).toBeVisible()
  const row = page.getByRole('region', { name: 'Users of the account, table' }).getByRole('row', { name: new RegExp(INVITEE.replaceAll('.', '\\.')) })
  await expect(row).toContainText('Not activated')

  const mailbox = await request.get(`${API}/__qa/mailbox?to=${encodeURIComponent(INVITEE)}`)
  expect(mailbox.ok()).toBe(true)
  const { items } = (await mailbox.json()) as { items: Mail[] }
  const invitation = items.find((mail) => mail.kind === 'invitation')
  const link = invitation?.links.find((l) => l.href.startsWith('/invite/'))
  expect(link, 'the invitation mail links to /invite/<token>').toBeDefined()

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'en-US' })
  try {
    const invitee = await other.newPage()
    await prepare(invitee)
    await invitee.goto(link!.href)
    await expect(invitee.getByRole('heading', { level: 1, name: 'Invitation to the control panel' })).toBeVisible()
    await expect(invitee.getByLabel('Email')).toHaveValue(INVITEE)
    await invitee.getByLabel('Password', { exact: true }).fill('olga-password-1')
    await invitee.getByLabel('Confirm password').fill('olga-password-1')
    await invitee.getByRole('button', { name: 'Accept invitation' }).click()
    await expect(invitee.getByRole('heading', { level: 1, name: 'Control panel', exact: true })).toBeVisible()

    await invitee.goto('/profile/users')
    await expect(invitee.getByText('Only the main administrator of the account can add and remove users.')).toBeVisible()
  } finally {
    await other.close()
  }

  await page.reload()
  await expect(row).toContainText('Active')
  await expect(row).not.toContainText('Not activated')
})
