// The security emails (password changed, two-step authentication changed, a sign-in from a new
// browser), in the recipient's language: their saved interface language, else the account's
// (Russian for residents of the RF). Section, tab and place names are the interface's (kernel/labels.ts).
import type { Locale } from '@/api/types'
import { accountLanguage } from '../balance/texts'
import { MOSCOW_OFFSET_MS } from '../kernel/billingTime'
import { uiLabel } from '../kernel/labels'
import type { DbClientOrigin, DbState, DbUser } from '../kernel/schema'
import { sendMail } from '../mailbox/service'
import { parseUserAgent } from '../auth/userAgent'

export const SECURITY_PATH = '/profile/security'
export const LOGIN_HISTORY_PATH = '/profile/security/login-history'
export const CHANGE_PASSWORD_PATH = '/profile/security/password'

export type TwoFactorChange = 'enabled' | 'disabled' | 'backupCodes'

/** The language of a user's mail: their saved interface language, else the account's. */
export function languageOf(db: DbState, user: DbUser): Locale {
  const account = db.accounts.find((a) => a.id === user.accountId)
  return user.settings.language ?? (account ? accountLanguage(account) : 'ru')
}

/** «Профиль и настройки» → «Безопасность», as the interface names the tab. */
const securityTab = (language: Locale) =>
  language === 'ru' ? `«${uiLabel('ru', 'nav.profile')}» → «${uiLabel('ru', 'profile.tabs.security')}»` : `${uiLabel('en', 'nav.profile')} → ${uiLabel('en', 'profile.tabs.security')}`

/** 01.10.2026 12:00 (Moscow time): the provider's clock, as everywhere in its mail. */
export function moscowTime(language: Locale, at: number): string {
  const [date, time] = new Date(at + MOSCOW_OFFSET_MS).toISOString().slice(0, 16).split('T') as [string, string]
  const [year, month, day] = date.split('-')
  return language === 'ru' ? `${day}.${month}.${year} ${time} (мск)` : `${year}-${month}-${day} ${time} (Moscow time)`
}

function whereFrom(language: Locale, origin: DbClientOrigin): string {
  let country = origin.country
  try {
    country = new Intl.DisplayNames([language], { type: 'region' }).of(origin.country) ?? origin.country
  } catch {
    // an unknown code stays as it is
  }
  const device = parseUserAgent(origin.userAgent)
  const deviceText = device.browser && device.os ? uiLabel(language, 'security.device', { browser: device.browser, os: device.os }) : device.browser || device.os || uiLabel(language, 'security.deviceUnknown')
  const place = uiLabel(language, 'security.location', { city: uiLabel(language, `security.cities.${origin.city}`), country })
  return `${deviceText}, ${place}, IP ${origin.ip}`
}

function send(db: DbState, user: DbUser, kind: 'password-changed' | 'two-factor-changed' | 'new-sign-in', subject: string, paragraphs: string[], links: { label: string; href: string }[]) {
  sendMail(db, { to: user.email, accountId: user.accountId, kind, subject, text: paragraphs.join('\n\n'), links })
}

export function sendPasswordChangedMail(db: DbState, user: DbUser, origin: DbClientOrigin, at: number): void {
  const language = languageOf(db, user)
  const when = moscowTime(language, at)
  if (language === 'ru') {
    send(db, user, 'password-changed', 'Пароль изменён', [
      'Здравствуйте!',
      `Пароль вашей учётной записи ${user.email} изменён ${when}: ${whereFrom('ru', origin)}. Все остальные сеансы завершены.`,
      `Если это были не вы, срочно восстановите доступ и напишите в поддержку. Активные сеансы и историю входов можно посмотреть в разделе ${securityTab('ru')}.`,
    ], [{ label: uiLabel('ru', 'profile.tabs.security'), href: SECURITY_PATH }])
  } else {
    send(db, user, 'password-changed', 'Your password has been changed', [
      'Hello,',
      `The password of your user ${user.email} was changed on ${when}: ${whereFrom('en', origin)}. Every other session has been ended.`,
      `If this was not you, regain access at once and contact support. See the active sessions and the login history in ${securityTab('en')}.`,
    ], [{ label: uiLabel('en', 'profile.tabs.security'), href: SECURITY_PATH }])
  }
}

const TWO_FACTOR_WHAT: Record<Locale, Record<TwoFactorChange, [subject: string, sentence: string]>> = {
  ru: {
    enabled: ['Двухэтапная аутентификация включена', 'включена двухэтапная аутентификация: при входе понадобится код из приложения-аутентификатора'],
    disabled: ['Двухэтапная аутентификация выключена', 'выключена двухэтапная аутентификация: для входа теперь достаточно пароля'],
    backupCodes: ['Новые резервные коды', 'созданы новые резервные коды двухэтапной аутентификации; прежние больше не действуют'],
  },
  en: {
    enabled: ['Two-step authentication is on', 'two-step authentication was turned on: logging in now also needs a code from the authenticator app'],
    disabled: ['Two-step authentication is off', 'two-step authentication was turned off: the password alone now logs in'],
    backupCodes: ['New backup codes', 'new backup codes of two-step authentication were made; the old ones no longer work'],
  },
}

export function sendTwoFactorMail(db: DbState, user: DbUser, change: TwoFactorChange, at: number): void {
  const language = languageOf(db, user)
  const [subject, sentence] = TWO_FACTOR_WHAT[language][change]
  const when = moscowTime(language, at)
  const paragraphs =
    language === 'ru'
      ? ['Здравствуйте!', `${when} для учётной записи ${user.email} ${sentence}.`, `Если это были не вы, смените пароль и напишите в поддержку. Настройки безопасности — в разделе ${securityTab('ru')}.`]
      : ['Hello,', `On ${when}, ${sentence} for your user ${user.email}.`, `If this was not you, change your password and contact support. The security settings are in ${securityTab('en')}.`]
  send(db, user, 'two-factor-changed', subject, paragraphs, [{ label: uiLabel(language, 'profile.tabs.security'), href: SECURITY_PATH }])
}

export function sendNewSignInMail(db: DbState, user: DbUser, origin: DbClientOrigin, at: number): void {
  const language = languageOf(db, user)
  const when = moscowTime(language, at)
  if (language === 'ru') {
    send(db, user, 'new-sign-in', 'Вход с нового устройства', [
      'Здравствуйте!',
      `${when} в учётную запись ${user.email} выполнен вход с устройства, с которого вы раньше не входили: ${whereFrom('ru', origin)}.`,
      'Если это были вы, ничего делать не нужно. Если нет — смените пароль, завершите чужие сеансы и включите двухэтапную аутентификацию.',
    ], [
      { label: uiLabel('ru', 'home.profile.loginHistory'), href: LOGIN_HISTORY_PATH },
      { label: uiLabel('ru', 'home.profile.changePassword'), href: CHANGE_PASSWORD_PATH },
    ])
  } else {
    send(db, user, 'new-sign-in', 'Sign-in from a new device', [
      'Hello,',
      `On ${when}, someone logged in to your user ${user.email} from a device not used before: ${whereFrom('en', origin)}.`,
      'If this was you, there is nothing to do. If not, change your password, end the sessions you do not know and turn on two-step authentication.',
    ], [
      { label: uiLabel('en', 'home.profile.loginHistory'), href: LOGIN_HISTORY_PATH },
      { label: uiLabel('en', 'home.profile.changePassword'), href: CHANGE_PASSWORD_PATH },
    ])
  }
}
