// What the payments mock writes (history details, mails), in the account's language: Russian for
// residents of the RF, English for non-residents, as the rest of the billing mock. Balance, tab and
// button names are the interface's and amounts are in its format (kernel/labels.ts).
import type { BalanceKind, Locale } from '@/api/types'
import { billingTexts } from '../balance/texts'
import { uiLabel, uiRubles as rubles } from '../kernel/labels'

/** «Баланс и платежи» → «Операции», as the interface names the tab. */
const transactionsTab = (language: Locale) =>
  language === 'ru' ? `«${uiLabel('ru', 'nav.balance')}» → «${uiLabel('ru', 'balance.tabs.transactions')}»` : `${uiLabel('en', 'nav.balance')} → ${uiLabel('en', 'balance.tabs.transactions')}`
const balanceSection = (language: Locale) => (language === 'ru' ? `«${uiLabel('ru', 'nav.balance')}»` : uiLabel('en', 'nav.balance'))

export const paymentTexts = {
  /** The detail of an auto top-up's history line: "Visa •• 4242, auto top-up". */
  autoDetail: (language: Locale, card: string) => (language === 'ru' ? `${card}, автопополнение` : `${card}, auto top-up`).replace(/^, /, ''),

  mailCredited: (language: Locale, amountKopecks: number, balance: BalanceKind, accountNumber: string) => {
    const amount = rubles(language, amountKopecks)
    const name = billingTexts.balanceName(language, balance)
    return language === 'ru'
      ? {
          subject: `Платёж на ${amount} зачислен`,
          text: `На баланс «${name}» лицевого счёта № ${accountNumber} зачислено ${amount}. Историю операций можно посмотреть в разделе ${transactionsTab(language)}.`,
        }
      : {
          subject: `Payment of ${amount} credited`,
          text: `${amount} has been credited to the ${name} of personal account No. ${accountNumber}. See the history in ${transactionsTab(language)}.`,
        }
  },
  mailTransactionsLink: (language: Locale) => uiLabel(language, 'balance.tabs.transactions'),

  mailInvoiceIssued: (language: Locale, number: string, amountKopecks: number) => {
    const amount = rubles(language, amountKopecks)
    return language === 'ru'
      ? {
          subject: `Счёт № ${number} на ${amount}`,
          text: `Выставлен счёт № ${number} на ${amount}. Оплатите его банковским переводом с указанным назначением платежа: деньги поступят на баланс, как только банк их зачислит. Скачать счёт в PDF можно в разделе ${balanceSection(language)}.`,
        }
      : {
          subject: `Invoice No. ${number} for ${amount}`,
          text: `Invoice No. ${number} for ${amount} has been issued. Pay it by bank transfer with the payment purpose it states: the money is credited to the balance as soon as the bank transfers it. Download the invoice as a PDF in ${balanceSection(language)}.`,
        }
  },
  mailTopUpLink: (language: Locale) => uiLabel(language, 'home.balance.topUp'),
}
