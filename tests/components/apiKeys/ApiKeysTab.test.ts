import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ApiKeysTab from '@/components/apiKeys/ApiKeysTab.vue'
import { server } from '@mocks/node'
import { mountApp, settle } from '../../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']
type Scope = Pick<Wrapper, 'findAll' | 'find' | 'text'>

/** Has three seeded keys: "Terraform" (full), "Monitoring" (read-only, office network), "Old CI" (disabled). */
const PERSONA = 'business.resident@demo.test'
/** Terraform's documented secret (mocks/apiKeys/seed.ts). */
const TERRAFORM_SECRET = 'ccp_Y0djOKuf3CSdk5kZPeDNzoYIEQDCrpjD1W2a0DaZ'
const SECRET = /^ccp_[A-Za-z0-9]{40}$/
const SLOW = { timeout: 5000 }

const rows = (wrapper: Wrapper) => wrapper.get('table').findAll('tbody tr')
const row = (wrapper: Wrapper, name: string) => rows(wrapper).find((r) => r.get('th').text() === name)!
const cell = (scope: Scope, column: string) => scope.findAll('td').find((td) => td.attributes('data-label') === column)!
/** A button by its text. */
const button = (scope: Pick<Wrapper, 'findAll'>, name: string) => scope.findAll('button').find((b) => b.text() === name)
const menuButton = (scope: Pick<Wrapper, 'get'>) => scope.get('button[aria-haspopup="menu"]')
const menuItems = (scope: Pick<Wrapper, 'findAll'>) => scope.findAll('[role="menuitem"]').map((item) => item.text())
/** Opens a key's menu from the keyboard, as the menu button's pattern has it, and picks an item. */
async function choose(wrapper: Wrapper, keyName: string, item: string) {
  const keyRow = row(wrapper, keyName)
  await menuButton(keyRow).trigger('keydown', { key: 'Enter' })
  await settle()
  expect(document.activeElement?.getAttribute('role')).toBe('menuitem')
  await keyRow.findAll('[role="menuitem"]').find((i) => i.text() === item)!.trigger('click')
  await settle()
}
const dialog = (wrapper: Wrapper) => wrapper.findAll('dialog').find((d) => (d.element as HTMLDialogElement).open)
const field = (scope: Scope, label: string) => {
  const labelElement = scope.findAll('label').find((l) => l.text() === label)!
  return scope.find<HTMLInputElement | HTMLTextAreaElement>(`#${labelElement.attributes('for')}`)
}
/** A radio by its label (an option's hint is not part of it). */
const radio = (scope: Scope, label: string) => scope.findAll('.radio-group__option').find((l) => l.get('.radio-group__label').text() === label)!.get<HTMLInputElement>('input')
const fieldError = (scope: Scope, label: string) => {
  const ids = (field(scope, label).attributes('aria-describedby') ?? '').split(' ')
  return ids.map((id) => document.getElementById(id)).find((element) => element?.classList.contains('field__error'))?.textContent?.trim()
}
const callWith = (secret: string) => fetch('/api/v1/balance', { headers: { Authorization: `Bearer ${secret}` } })
/** A change: what a read-only key may not make. */
const changeWith = (secret: string) =>
  fetch('/api/v1/settings', { method: 'PATCH', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ theme: 'dark' }) })
const unavailable = () => HttpResponse.json({ type: 'about:blank', title: 'Unavailable', status: 503, code: 'server.unavailable' }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } })

function stubClipboard() {
  const writeText = vi.fn().mockResolvedValue(undefined)
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  return writeText
}

async function mountTab(as = PERSONA) {
  const mounted = await mountApp(ApiKeysTab, { route: '/profile/api-keys', as })
  await vi.waitFor(() => expect(mounted.wrapper.find('table').exists() || mounted.wrapper.text().includes('No API keys yet')).toBe(true), SLOW)
  return mounted.wrapper
}

async function openCreate(wrapper: Wrapper) {
  await button(wrapper, 'Create key')!.trigger('click')
  await settle()
  return dialog(wrapper)!
}

afterEach(() => {
  document.body.innerHTML = ''
})

// Each test logs in (a PBKDF2 password check): more than the default 5 s on a busy machine.
describe('ApiKeysTab', { timeout: 20_000 }, () => {
  it('lists the keys: masked, access and allowed addresses, dates, last use, status and the actions each may have', async () => {
    const wrapper = await mountTab()
    expect(wrapper.get('table').findAll('thead th').map((th) => th.text())).toEqual(['Name', 'Key', 'Access', 'Created', 'Expires', 'Last used', 'Status', 'Actions'])
    expect(rows(wrapper).map((r) => r.get('th').text())).toEqual(['Monitoring', 'Terraform', 'Old CI'])

    const terraform = row(wrapper, 'Terraform')
    expect(cell(terraform, 'Key').text()).toBe('ccp_Y0dj…0DaZ')
    expect(cell(terraform, 'Access').text()).toBe('Full access')
    expect(cell(terraform, 'Expires').text()).toBe('No expiry')
    expect(cell(terraform, 'Last used').text()).toMatch(/^\w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M from 95\.161\.224\.17$/)
    expect(cell(terraform, 'Status').text()).toBe('Active')
    expect(menuButton(terraform).text()).toBe('Actions: Terraform')
    expect(menuItems(terraform)).toEqual(['Rename', 'Disable', 'Rotate', 'Delete'])

    const monitoring = row(wrapper, 'Monitoring')
    expect(cell(monitoring, 'Access').text()).toBe('Read only Only from 95.161.224.0/24')
    expect(cell(monitoring, 'Expires').find('time').exists()).toBe(true)

    // A disabled key can be enabled, not rotated.
    const oldCi = row(wrapper, 'Old CI')
    expect(cell(oldCi, 'Status').text()).toBe('Disabled')
    expect(menuItems(oldCi)).toEqual(['Rename', 'Enable', 'Delete'])
    expect(wrapper.text()).toContain('How to use a key')
    expect(wrapper.get('pre').text()).toBe('curl -H "Authorization: Bearer ccp_…" http://localhost:3000/api/v1/balance')
  })

  it('creates a read-only key limited to the caller’s address, shows its secret once with "Copy", and the secret calls the API', async () => {
    const writeText = stubClipboard()
    const wrapper = await mountTab()
    const form = await openCreate(wrapper)
    expect(form.get('h2').text()).toBe('Create key')
    // Nothing typed: refused on the field, nothing sent.
    await form.get('form').trigger('submit')
    await settle()
    expect(fieldError(form, 'Name')).toBe('Fill in this field.')
    expect(rows(wrapper)).toHaveLength(3)

    await field(form, 'Name').setValue('Backups')
    await radio(form, 'Read only').setValue(true)
    await radio(form, '30 days').setValue(true)
    await field(form, 'Allowed IP addresses').setValue('10.0.0.0/33')
    await form.get('form').trigger('submit')
    await settle()
    expect(fieldError(form, 'Allowed IP addresses')).toBe('Enter IPv4 or IPv6 addresses or CIDR ranges, for example 203.0.113.5 or 203.0.113.0/24.')
    expect(field(form, 'Allowed IP addresses').attributes('aria-invalid')).toBe('true')

    await field(form, 'Allowed IP addresses').setValue('')
    const addMine = form.findAll('button').find((b) => b.text().startsWith('Add my address'))!
    const callerIp = /\(([\d.]+)\)/.exec(addMine.text())![1]!
    await addMine.trigger('click')
    await settle()
    expect((field(form, 'Allowed IP addresses').element as HTMLTextAreaElement).value).toBe(callerIp)
    await form.get('form').trigger('submit')
    await vi.waitFor(() => expect(dialog(wrapper)!.get('h2').text()).toBe('Copy the secret'), SLOW)

    const shown = dialog(wrapper)!
    expect(shown.text()).toContain('you will not see it again')
    const secret = shown.get('dd code').text()
    expect(secret).toMatch(SECRET)
    await button(shown, 'Copy')!.trigger('click')
    await settle()
    expect(writeText).toHaveBeenCalledWith(secret)
    expect(shown.text()).toContain('Copied.')
    await button(shown, 'Done')!.trigger('click')
    await settle()
    expect(dialog(wrapper)).toBeUndefined()

    const created = row(wrapper, 'Backups')
    expect(rows(wrapper)[0]!.get('th').text()).toBe('Backups')
    expect(cell(created, 'Key').text()).toBe(`${secret.slice(0, 8)}…${secret.slice(-4)}`)
    expect(cell(created, 'Access').text()).toBe(`Read only Only from ${callerIp}`)
    expect(cell(created, 'Last used').text()).toBe('Never')
    expect(wrapper.text()).toContain('The key “Backups” is created.')
    // The secret left the page with the dialog; the API takes it (for reading only).
    expect(document.body.textContent).not.toContain(secret)
    expect((await callWith(secret)).status).toBe(200)
    expect((await changeWith(secret)).status).toBe(403)
  })

  it('puts a taken name on its field and keeps what was typed; a failed request keeps it too', async () => {
    const wrapper = await mountTab()
    const form = await openCreate(wrapper)
    await field(form, 'Name').setValue('terraform')
    await radio(form, 'Read only').setValue(true)
    await field(form, 'Allowed IP addresses').setValue('203.0.113.5\n2001:db8::/32')
    await form.get('form').trigger('submit')
    await vi.waitFor(() => expect(fieldError(form, 'Name')).toBe('You already have a key with this name.'), SLOW)
    expect(field(form, 'Name').attributes('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(field(form, 'Name').element)
    expect((field(form, 'Name').element as HTMLInputElement).value).toBe('terraform')
    expect((field(form, 'Allowed IP addresses').element as HTMLTextAreaElement).value).toBe('203.0.113.5\n2001:db8::/32')
    expect(radio(form, 'Read only').element.checked).toBe(true)

    server.use(http.post('*/api/v1/api-keys', unavailable, { once: true }))
    await field(form, 'Name').setValue('Deploy')
    await form.get('form').trigger('submit')
    await vi.waitFor(() => expect(form.find('[role="alert"]').exists() && form.text()).toContain('The service is temporarily unavailable'), SLOW)
    expect((field(form, 'Name').element as HTMLInputElement).value).toBe('Deploy')
    expect((field(form, 'Allowed IP addresses').element as HTMLTextAreaElement).value).toBe('203.0.113.5\n2001:db8::/32')
    expect(rows(wrapper)).toHaveLength(3)
  })

  it('renames, disables and enables a key; a disabled key is refused by the API', async () => {
    const wrapper = await mountTab()
    await choose(wrapper, 'Terraform', 'Rename')
    const rename = dialog(wrapper)!
    expect((field(rename, 'Name').element as HTMLInputElement).value).toBe('Terraform')
    await field(rename, 'Name').setValue('Terraform prod')
    await rename.get('form').trigger('submit')
    await vi.waitFor(() => expect(dialog(wrapper)).toBeUndefined(), SLOW)
    expect(wrapper.text()).toContain('The key is renamed to “Terraform prod”.')

    await choose(wrapper, 'Terraform prod', 'Disable')
    await vi.waitFor(() => expect(cell(row(wrapper, 'Terraform prod'), 'Status').text()).toBe('Disabled'), SLOW)
    expect(wrapper.text()).toContain('The key “Terraform prod” is disabled')
    expect(menuItems(row(wrapper, 'Terraform prod'))).toEqual(['Rename', 'Enable', 'Delete'])
    expect((await callWith(TERRAFORM_SECRET)).status).toBe(401)

    await choose(wrapper, 'Terraform prod', 'Enable')
    await vi.waitFor(() => expect(cell(row(wrapper, 'Terraform prod'), 'Status').text()).toBe('Active'), SLOW)
    expect((await callWith(TERRAFORM_SECRET)).status).toBe(200)
  })

  it('rotates after a confirmation: the new secret is shown once and the old one keeps working, as the list says', async () => {
    const wrapper = await mountTab()
    await choose(wrapper, 'Terraform', 'Rotate')
    const confirm = dialog(wrapper)!
    expect(confirm.get('h2').text()).toBe('Rotate the key “Terraform”?')
    expect(confirm.text()).toContain('The old secret keeps working for 24 hours')
    await button(confirm, 'Rotate')!.trigger('click')
    await vi.waitFor(() => expect(dialog(wrapper)!.get('h2').text()).toBe('Copy the secret'), SLOW)
    const secret = dialog(wrapper)!.get('dd code').text()
    expect(secret).toMatch(SECRET)
    expect(secret).not.toBe(TERRAFORM_SECRET)
    await button(dialog(wrapper)!, 'Done')!.trigger('click')
    await settle()
    expect(document.body.textContent).not.toContain(secret)

    const terraform = row(wrapper, 'Terraform')
    expect(cell(terraform, 'Key').text()).toMatch(new RegExp(`^${secret.slice(0, 8)}…${secret.slice(-4)} The previous secret works until \\w{3} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\s[AP]M$`))
    expect(wrapper.text()).toMatch(/The key “Terraform” has a new secret\. The previous one works until/)
    expect((await callWith(secret)).status).toBe(200)
    expect((await callWith(TERRAFORM_SECRET)).status).toBe(200)
  })

  it('deletes a key only once its name is typed; the key is then refused', async () => {
    const wrapper = await mountTab()
    await choose(wrapper, 'Terraform', 'Delete')
    const confirm = dialog(wrapper)!
    const submit = () => button(confirm, 'Delete')!
    expect(submit().attributes('disabled')).toBeDefined()
    await field(confirm, 'To confirm, type the key\'s name Terraform').setValue('terraform')
    expect(submit().attributes('disabled')).toBeDefined()
    await field(confirm, 'To confirm, type the key\'s name Terraform').setValue('Terraform')
    expect(submit().attributes('disabled')).toBeUndefined()
    await confirm.get('form').trigger('submit')
    await vi.waitFor(() => expect(dialog(wrapper)).toBeUndefined(), SLOW)
    expect(rows(wrapper).map((r) => r.get('th').text())).toEqual(['Monitoring', 'Old CI'])
    expect(wrapper.get('[role="status"]').text()).toBe('The key “Terraform” is deleted.')
    expect((await callWith(TERRAFORM_SECRET)).status).toBe(401)
  })

  it('says a failed load in words with "Try again", and shows the list once the API answers', async () => {
    server.use(http.get('*/api/v1/api-keys', unavailable, { once: true }))
    const { wrapper } = await mountApp(ApiKeysTab, { route: '/profile/api-keys', as: PERSONA })
    const alert = () => wrapper.findAll('[role="alert"]').find((a) => a.text().includes('Could not load the API keys.'))
    await vi.waitFor(() => expect(alert()).toBeDefined(), SLOW)
    expect(alert()!.text()).toContain('The service is temporarily unavailable')
    await button(alert()!, 'Try again')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('table').exists()).toBe(true), SLOW)
    expect(rows(wrapper)).toHaveLength(3)
    expect(alert()).toBeUndefined()
  })

  it('shows "No API keys yet" with "Create key" to a person without keys', async () => {
    const wrapper = await mountTab('personal.resident@demo.test')
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.get('h3').text()).toBe('No API keys yet')
    expect(button(wrapper, 'Create key')).toBeDefined()
  })
})
