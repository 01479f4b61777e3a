// The low-balance email, in the account's language (Russian for residents of the RF, English for
// non-residents), as the provider's backend would write it.
import type { BalanceKind, Locale } from '@/api/types'
import { billingTexts } from '../balance/texts'
import { uiLabel, uiRubles as rubles } from '../kernel/labels'

export interface LowBalanceFacts {
  accountNumber: string
  kind: BalanceKind
  moneyKopecks: number
  bonusKopecks: number
  /** Whole days the balance lasts; null when it pays no active service (the main balance). */
  forecastDays: number | null
  threshold: { type: 'rubles'; kopecks: number } | { type: 'days'; days: number }
}

export interface LowBalanceMail {
  subject: string
  text: string
  links: { label: string; href: string }[]
}

export const TOP_UP_PATH = '/balance/top-up'
export const NOTIFICATIONS_PATH = '/balance/notifications'

const RU_PLURAL = new Intl.PluralRules('ru')
function ruDays(n: number): string {
  const form = RU_PLURAL.select(n)
  return `${n} ${form === 'one' ? 'день' : form === 'few' ? 'дня' : 'дней'}`
}
function enDays(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`
}

function russian(facts: LowBalanceFacts): LowBalanceMail {
  const name = billingTexts.balanceName('ru', facts.kind)
  const total = rubles('ru', facts.moneyKopecks + facts.bonusKopecks)
  const where = facts.kind === 'main' ? 'На основном балансе' : `На балансе «${name}»`
  const bonus = facts.bonusKopecks > 0 ? ` (из них бонусы — ${rubles('ru', facts.bonusKopecks)})` : ''
  const forecast =
    facts.forecastDays === null
      ? 'С основного баланса деньги переводят на балансы услуг: пополните его, чтобы было из чего оплачивать услуги.'
      : facts.forecastDays === 0
        ? 'При текущих расходах средств не хватит и на сутки: услуги могут быть остановлены.'
        : `При текущих расходах этого хватит примерно на ${ruDays(facts.forecastDays)}.`
  const rule =
    facts.threshold.type === 'rubles'
      ? `Вы получили это письмо, потому что на балансе осталось меньше ${rubles('ru', facts.threshold.kopecks)}.`
      : `Вы получили это письмо, потому что средств осталось меньше чем на ${ruDays(facts.threshold.days)}.`
  return {
    subject: `Низкий баланс: ${name} — ${total}`,
    text: [
      'Здравствуйте!',
      `${where} лицевого счёта № ${facts.accountNumber} осталось ${total}${bonus}. ${forecast}`,
      'Пополните баланс, чтобы услуги продолжали работать без перерыва.',
      `${rule} Порог и частоту напоминаний можно изменить в разделе «${uiLabel('ru', 'nav.balance')}» → «${uiLabel('ru', 'balance.tabs.notifications')}».`,
    ].join('\n\n'),
    links: [
      { label: uiLabel('ru', 'home.balance.topUp'), href: TOP_UP_PATH },
      { label: 'Настроить уведомления', href: NOTIFICATIONS_PATH },
    ],
  }
}

function english(facts: LowBalanceFacts): LowBalanceMail {
  const name = billingTexts.balanceName('en', facts.kind)
  const total = rubles('en', facts.moneyKopecks + facts.bonusKopecks)
  const where = facts.kind === 'main' ? 'The main balance' : `The ${name} balance`
  const bonus = facts.bonusKopecks > 0 ? ` (${rubles('en', facts.bonusKopecks)} of it in bonuses)` : ''
  const forecast =
    facts.forecastDays === null
      ? 'Money goes from the main balance to the balances of your services: top it up so that they can be paid.'
      : facts.forecastDays === 0
        ? 'At the current spending it will not last a day: your services may be stopped.'
        : `At the current spending it lasts about ${enDays(facts.forecastDays)}.`
  const rule =
    facts.threshold.type === 'rubles'
      ? `You get this email because the balance is below ${rubles('en', facts.threshold.kopecks)}.`
      : `You get this email because the balance lasts less than ${enDays(facts.threshold.days)}.`
  return {
    subject: `Low balance: ${name} — ${total}`,
    text: [
      'Hello,',
      `${where} of account No. ${facts.accountNumber} has ${total} left${bonus}. ${forecast}`,
      'Top up the balance to keep your services running without interruption.',
      `${rule} Change the threshold and how often we remind you in ${uiLabel('en', 'nav.balance')} → ${uiLabel('en', 'balance.tabs.notifications')}.`,
    ].join('\n\n'),
    links: [
      { label: uiLabel('en', 'home.balance.topUp'), href: TOP_UP_PATH },
      { label: 'Notification settings', href: NOTIFICATIONS_PATH },
    ],
  }
}

export function lowBalanceMail(language: Locale, facts: LowBalanceFacts): LowBalanceMail {
  return language === 'ru' ? russian(facts) : english(facts)
}
