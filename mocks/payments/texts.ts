// What the payments mock writes (history details, mails), in the account's language: Russian for
// residents of the RF, English for non-residents, as the rest of the billing mock.
import type { Locale } from '@/api/types'

function rubles(language: Locale, kopecks: number): string {
  return (kopecks / 100).toLocaleString(language === 'ru' ? 'ru-RU' : 'en-GB', { style: 'currency', currency: 'RUB' })
}

export const paymentTexts = {
  /** The detail of an auto top-up's history line: "Visa •• 4242, auto top-up". */
  autoDetail: (language: Locale, card: string) => (language === 'ru' ? `${card}, автопополнение` : `${card}, auto top-up`).replace(/^, /, ''),

  mailCredited: (language: Locale, amountKopecks: number, balanceName: string, accountNumber: string) =>
    language === 'ru'
      ? {
          subject: `Платёж на ${rubles(language, amountKopecks)} зачислен`,
          text: `На баланс «${balanceName}» лицевого счёта № ${accountNumber} зачислено ${rubles(language, amountKopecks)}. Историю операций можно посмотреть в разделе «Баланс и платежи» → «Операции».`,
        }
      : {
          subject: `Payment of ${rubles(language, amountKopecks)} credited`,
          text: `${rubles(language, amountKopecks)} has been credited to the ${balanceName} of personal account No. ${accountNumber}. See the history in Balance and payments → Transactions.`,
        },
  mailTransactionsLink: (language: Locale) => (language === 'ru' ? 'Операции' : 'Transactions'),

  mailInvoiceIssued: (language: Locale, number: string, amountKopecks: number) =>
    language === 'ru'
      ? {
          subject: `Счёт № ${number} на ${rubles(language, amountKopecks)}`,
          text: `Выставлен счёт № ${number} на ${rubles(language, amountKopecks)}. Оплатите его банковским переводом с указанным назначением платежа: деньги поступят на баланс, как только банк их зачислит. Скачать счёт в PDF можно в разделе «Баланс и платежи».`,
        }
      : {
          subject: `Invoice No. ${number} for ${rubles(language, amountKopecks)}`,
          text: `Invoice No. ${number} for ${rubles(language, amountKopecks)} has been issued. Pay it by bank transfer with the payment purpose it states: the money is credited to the balance as soon as the bank transfers it. Download the invoice as a PDF in Balance and payments.`,
        },
  mailTopUpLink: (language: Locale) => (language === 'ru' ? 'Пополнить баланс' : 'Top up'),
}
