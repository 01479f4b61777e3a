// The email a suspended service sends its account's main administrator, in the account's language
// (Russian for residents of the RF): which service stopped, when, and why (its balance cannot pay
// the next hour, or a prepaid server's next period). Service types, balance names, the tab and
// the button come from the interface's words (kernel/labels.ts), amounts in its format.
import type { Locale } from '@/api/types'
import { uiLabel, uiRubles } from '../kernel/labels'
import type { DbService } from '../kernel/schema'

export interface SuspensionFacts {
  accountNumber: string
  service: Pick<DbService, 'id' | 'name' | 'type' | 'paidUntil'>
  /** When it stopped (the mock clock's time of the unpaid hour or period). */
  at: Date
  /** Money and bonuses left on the balance that pays it. */
  availableKopecks: number
  /** What it needed: the next hour, or a prepaid server's next period. */
  neededKopecks: number
}

export const SERVICES_PATH = '/services'
export const TOP_UP_PATH = '/balance/top-up'

function moscowTime(language: Locale, at: Date): string {
  return at.toLocaleString(language === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Moscow' })
}

export function suspensionMail(language: Locale, facts: SuspensionFacts): { subject: string; text: string; links: { label: string; href: string }[] } {
  const { service } = facts
  const type = uiLabel(language, `services.type.${service.type}`)
  const balance = uiLabel(language, `balance.kind.${service.type}`)
  const left = uiRubles(language, Math.max(0, facts.availableKopecks))
  const needed = uiRubles(language, facts.neededKopecks)
  const when = moscowTime(language, facts.at)
  const where = `${uiLabel(language, 'nav.balance')} → ${uiLabel(language, 'balance.tabs.services')}`
  const links = [
    { label: uiLabel(language, 'home.balance.topUp'), href: TOP_UP_PATH },
    { label: service.name, href: `${SERVICES_PATH}/${encodeURIComponent(service.id)}` },
  ]
  const prepaid = service.paidUntil !== null
  if (language === 'ru') {
    const what = prepaid ? `оплату следующего периода (${needed})` : `следующий час работы (${needed})`
    return {
      subject: `Услуга «${service.name}» остановлена: не хватает средств на балансе «${balance}»`,
      text: [
        'Здравствуйте!',
        `Услуга «${service.name}» (${type.toLowerCase()}) лицевого счёта № ${facts.accountNumber} остановлена ${when} по московскому времени: на балансе «${balance}» осталось ${left}, этого не хватает на ${what}.`,
        'Данные услуги сохранены. Пополните баланс и запустите услугу снова.',
        `Услуги и их состояние — в разделе «${where.replace(' → ', '» → «')}».`,
      ].join('\n\n'),
      links,
    }
  }
  const what = prepaid ? `its next period (${needed})` : `its next hour (${needed})`
  return {
    subject: `Service ${service.name} stopped: the ${balance} balance has run out`,
    text: [
      'Hello,',
      `The ${type.toLowerCase()} ${service.name} of account No. ${facts.accountNumber} was stopped on ${when} (Moscow time): the ${balance} balance has ${left} left, which does not cover ${what}.`,
      'Its data is kept. Top up the balance and start the service again.',
      `Your services and their state are in ${where}.`,
    ].join('\n\n'),
    links,
  }
}
