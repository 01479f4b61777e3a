import { Secret, TOTP } from 'otpauth'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { securityApi } from '@/api/security'
import SecurityTab from '@/components/security/SecurityTab.vue'
import { useSecurityStore } from '@/stores/security'
import { mountApp, settle } from '../../helpers/mountApp'

type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

const PERSONA = 'personal.resident@demo.test'
const BACKUP_CODE = /^[a-z0-9]{4}-[a-z0-9]{4}$/
const SLOW = { timeout: 5000 }

const codeOf = (secret: string, timestamp = Date.now()) => new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp })
const dialog = (wrapper: Wrapper) => wrapper.findAll('dialog').find((d) => (d.element as HTMLDialogElement).open)!
const button = (scope: Pick<Wrapper, 'findAll'>, name: string) => scope.findAll('button').find((b) => b.text() === name)
type Scope = Pick<Wrapper, 'findAll' | 'find'>
const field = (scope: Scope, label: string) => {
  const labelElement = scope.findAll('label').find((l) => l.text() === label)!
  return scope.find<HTMLInputElement>(`#${labelElement.attributes('for')}`)
}
const fieldError = (scope: Scope, label: string) => {
  const input = field(scope, label)
  const ids = (input.attributes('aria-describedby') ?? '').split(' ')
  return ids.map((id) => document.getElementById(id)).find((element) => element?.classList.contains('field__error'))?.textContent?.trim()
}

function stubClipboard() {
  const writeText = vi.fn().mockResolvedValue(undefined)
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  return writeText
}

/** Opens "Turn on" and gets past the password step; answers the secret the dialog shows. */
async function toScanStep(wrapper: Wrapper): Promise<string> {
  await button(wrapper, 'Turn on')!.trigger('click')
  await settle()
  const open = dialog(wrapper)
  await field(open, 'Password').setValue('demo-password')
  await open.get('form').trigger('submit')
  await settle()
  // The password check (PBKDF2) and the first load of `qrcode` take a moment.
  await vi.waitFor(() => expect(dialog(wrapper).find('img').exists()).toBe(true), SLOW)
  return dialog(wrapper).get('dd code').text().replace(/\s+/g, '')
}

afterEach(() => {
  document.body.innerHTML = ''
})

// Each test checks passwords (PBKDF2, 100 000 rounds) a few times: more than the default 5 s on a busy machine.
describe('SecurityTab: two-step authentication', { timeout: 20_000 }, () => {
  it('turns on with the password and a code of the shown secret, then gives ten backup codes to download or copy', async () => {
    const writeText = stubClipboard()
    const made: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (made.push(blob as Blob), `blob:test/${made.length}`))
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const saved: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download)
    })
    const { wrapper } = await mountApp(SecurityTab, { route: '/profile/security', as: PERSONA })
    expect(wrapper.text()).toContain('Off')

    const secret = await toScanStep(wrapper)
    const open = dialog(wrapper)
    expect(open.attributes('aria-labelledby')).toBeTruthy()
    expect(open.text()).toContain('Step 2 of 3')
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/)
    // Grouped by four for reading; the QR code says what it is.
    expect(open.get('dd code').text()).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/)
    expect(open.get('img').attributes('src')).toMatch(/^data:image\/png;base64,/)
    expect(open.get('img').attributes('alt')).toContain('QR code')
    await button(open, 'Copy')!.trigger('click')
    await settle()
    expect(writeText).toHaveBeenLastCalledWith(secret)
    expect(open.text()).toContain('Copied.')

    await field(open, 'Code').setValue(codeOf(secret))
    await open.get('form').trigger('submit')
    await settle()
    const codes = dialog(wrapper).findAll('ul li').map((li) => li.text())
    expect(codes).toHaveLength(10)
    for (const code of codes) expect(code).toMatch(BACKUP_CODE)
    expect(dialog(wrapper).text()).toContain('Two-step authentication is on.')

    await button(dialog(wrapper), 'Download')!.trigger('click')
    expect(saved).toEqual(['cloud-panel-backup-codes.txt'])
    expect(made[0]!.type).toBe('text/plain;charset=utf-8')
    const file = await made[0]!.text()
    for (const code of codes) expect(file).toContain(`\n${code}\n`)
    expect(file).toContain(PERSONA)

    await button(dialog(wrapper), 'Copy')!.trigger('click')
    await settle()
    expect(writeText).toHaveBeenLastCalledWith(codes.join('\n'))

    await button(dialog(wrapper), 'Done')!.trigger('click')
    await settle()
    expect(wrapper.findAll('dialog').some((d) => (d.element as HTMLDialogElement).open)).toBe(false)
    expect(wrapper.text()).toContain('10 backup codes left')
    expect(button(wrapper, 'Turn off')).toBeDefined()
    expect(button(wrapper, 'Turn on')).toBeUndefined()
  })

  it('clears a wrong password at the first step and says why', async () => {
    const { wrapper } = await mountApp(SecurityTab, { route: '/profile/security', as: PERSONA })
    await button(wrapper, 'Turn on')!.trigger('click')
    await settle()
    const open = dialog(wrapper)
    await field(open, 'Password').setValue('not-my-password1')
    await open.get('form').trigger('submit')
    // Checking a password takes a moment (PBKDF2).
    await vi.waitFor(() => expect(field(open, 'Password').attributes('aria-invalid')).toBe('true'), SLOW)
    expect(fieldError(open, 'Password')).toBe('The password is incorrect.')
    expect(field(open, 'Password').element.value).toBe('')
    expect(open.text()).toContain('Step 1 of 3')
  })

  it('clears a wrong code, marks the field and stays on the QR code step', async () => {
    const { wrapper } = await mountApp(SecurityTab, { route: '/profile/security', as: PERSONA })
    const secret = await toScanStep(wrapper)
    const open = dialog(wrapper)
    // A code of ten minutes later: the right format, outside the one step of drift allowed.
    await field(open, 'Code').setValue(codeOf(secret, Date.now() + 10 * 60_000))
    await open.get('form').trigger('submit')
    await settle()
    const code = field(open, 'Code')
    expect(code.attributes('aria-invalid')).toBe('true')
    expect(fieldError(open, 'Code')).toMatch(/^The code is wrong or has already been used/)
    expect(code.element.value).toBe('')
    expect(open.text()).toContain('Step 2 of 3')
    expect(open.get('dd code').text().replace(/\s+/g, '')).toBe(secret)
    expect(document.activeElement).toBe(code.element)
  })

  it('turns off only with the password and a code, and keeps the password after a wrong code', async () => {
    const { wrapper } = await mountApp(SecurityTab, { route: '/profile/security', as: PERSONA })
    const { secret } = await securityApi.setUpTwoFactor({ password: 'demo-password' })
    const { backupCodes } = await securityApi.enableTwoFactor({ code: codeOf(secret) })
    await useSecurityStore().loadTwoFactor()
    await settle()
    expect(wrapper.text()).toContain('On')

    await button(wrapper, 'Turn off')!.trigger('click')
    await settle()
    const open = dialog(wrapper)
    expect(open.text()).toContain('Turn off two-step authentication')
    await open.get('form').trigger('submit')
    await settle()
    expect(fieldError(open, 'Password')).toBe('Fill in this field.')
    expect(fieldError(open, 'Code')).toBe('Fill in this field.')

    await field(open, 'Password').setValue('demo-password')
    await field(open, 'Code').setValue('0000-0000')
    await open.get('form').trigger('submit')
    await vi.waitFor(() => expect(fieldError(open, 'Code')).toMatch(/^The code is wrong/), SLOW)
    expect(field(open, 'Code').element.value).toBe('')
    expect(field(open, 'Password').element.value).toBe('demo-password')

    await field(open, 'Code').setValue(backupCodes[0]!)
    await open.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.findAll('dialog').some((d) => (d.element as HTMLDialogElement).open)).toBe(false), SLOW)
    expect(wrapper.text()).toContain('Two-step authentication is off.')
    expect(button(wrapper, 'Turn on')).toBeDefined()
    expect((await securityApi.twoFactor()).enabled).toBe(false)
  })

  it('makes new backup codes with the password and a code, and shows them once', async () => {
    const { wrapper } = await mountApp(SecurityTab, { route: '/profile/security', as: PERSONA })
    const { secret } = await securityApi.setUpTwoFactor({ password: 'demo-password' })
    const { backupCodes } = await securityApi.enableTwoFactor({ code: codeOf(secret) })
    await useSecurityStore().loadTwoFactor()
    await settle()

    await button(wrapper, 'New backup codes')!.trigger('click')
    await settle()
    const open = dialog(wrapper)
    await field(open, 'Password').setValue('wrong-password1')
    await field(open, 'Code').setValue(backupCodes[0]!)
    await open.get('form').trigger('submit')
    // A wrong password is cleared; the code, not used up, stays.
    await vi.waitFor(() => expect(fieldError(open, 'Password')).toBe('The password is incorrect.'), SLOW)
    expect(field(open, 'Password').element.value).toBe('')
    expect(field(open, 'Code').element.value).toBe(backupCodes[0])

    await field(open, 'Password').setValue('demo-password')
    await open.get('form').trigger('submit')
    await vi.waitFor(() => expect(dialog(wrapper).findAll('ul li')).toHaveLength(10), SLOW)
    const codes = dialog(wrapper).findAll('ul li').map((li) => li.text())
    expect(codes).not.toContain(backupCodes[1])
    expect(button(dialog(wrapper), 'Download')).toBeDefined()
    await button(dialog(wrapper), 'Done')!.trigger('click')
    await settle()
    expect(wrapper.text()).toContain('New backup codes are made')
    expect(wrapper.text()).toContain('10 backup codes left')
  })
})
