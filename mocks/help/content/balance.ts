// Context help: Balance and payments pages. Plain text only (rendered as text, never as HTML).
import type { ContextHelpEntry } from './types'

export const balanceHelp: Record<string, ContextHelpEntry> = {
  balance: {
    articleSlugs: ['top-up-balance', 'transfer-between-balances', 'balance-notifications'],
    text: {
      en: {
        title: 'Balance and payments',
        paragraphs: [
          'This section shows the balances of the account and the services connected to it.',
          'Here you can top up the balance, transfer funds between balances, set up low-balance notifications, view the transaction history and download billing documents.',
        ],
      },
      ru: {
        title: 'Баланс и платежи',
        paragraphs: [
          'В этом разделе показаны балансы аккаунта и подключённые услуги.',
          'Здесь можно пополнить баланс, перевести средства между балансами, настроить уведомления о низком балансе, посмотреть историю операций и скачать финансовые документы.',
        ],
      },
    },
  },
  'balance-top-up': {
    articleSlugs: ['top-up-balance', 'transfer-between-balances'],
    text: {
      en: {
        title: 'Top up balance',
        paragraphs: [
          'Enter the amount in rubles and choose how to pay: by bank card, or by bank transfer with an invoice for companies, sole traders and state institutions.',
          'A card payment is usually credited within minutes; a bank transfer, within 1–3 business days. Always state the invoice number in the purpose of payment.',
        ],
      },
      ru: {
        title: 'Пополнить баланс',
        paragraphs: [
          'Укажите сумму в рублях и выберите способ оплаты: банковской картой или — для юридических лиц, ИП и государственных учреждений — по счёту.',
          'Платёж картой обычно зачисляется за несколько минут, безналичный перевод — за 1–3 рабочих дня. Обязательно указывайте номер счёта в назначении платежа.',
        ],
      },
    },
  },
  'balance-transactions': {
    articleSlugs: ['top-up-balance', 'transfer-between-balances', 'billing-documents'],
    text: {
      en: {
        title: 'Transaction history',
        paragraphs: [
          'The history lists every top-up, charge for services, transfer between balances and refund, with its date, balance and amount.',
          'Filter the list by period or operation type. The filters are remembered until you reset the user settings in “Panel settings”.',
        ],
      },
      ru: {
        title: 'История операций',
        paragraphs: [
          'В истории перечислены все пополнения, списания за услуги, переводы между балансами и возвраты — с датой, балансом и суммой.',
          'Список можно отфильтровать по периоду или типу операции. Фильтры сохраняются, пока вы не сбросите пользовательские настройки в «Настройках панели».',
        ],
      },
    },
  },
  'balance-documents': {
    articleSlugs: ['billing-documents', 'original-billing-documents'],
    text: {
      en: {
        title: 'Billing documents',
        paragraphs: [
          'Download invoices, certificates of services rendered, VAT invoices and reconciliation statements of your account.',
          'Closing documents for a month are issued in the first days of the next month. Originals can be received through electronic document management, by post or by courier pick-up.',
          'Only the main administrator of the account sees this section.',
        ],
      },
      ru: {
        title: 'Финансовые документы',
        paragraphs: [
          'Здесь можно скачать счета, акты, счета-фактуры и акты сверки по вашему аккаунту.',
          'Закрывающие документы за месяц формируются в первые дни следующего месяца. Оригиналы можно получать через ЭДО, по почте или курьером.',
          'Раздел доступен только главному администратору аккаунта.',
        ],
      },
    },
  },
  'balance-notifications': {
    articleSlugs: ['balance-notifications', 'top-up-balance'],
    text: {
      en: {
        title: 'Notifications',
        paragraphs: [
          'Set the threshold in rubles: when the main balance falls below it, we send an email so that you can top up in time.',
          'Choose an amount that covers several days of spending, and keep a larger reserve if you pay by bank transfer.',
        ],
      },
      ru: {
        title: 'Уведомления',
        paragraphs: [
          'Задайте порог в рублях: когда основной баланс опустится ниже него, мы пришлём письмо, чтобы вы успели пополнить баланс.',
          'Выберите сумму, которой хватит на несколько дней, а если платите по счёту — оставьте запас побольше.',
        ],
      },
    },
  },
}
