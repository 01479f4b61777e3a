// Context help: Balance and payments pages. Plain text only (rendered as text, never as HTML).
// Buttons, tabs and statuses are named exactly as the panel names them (locales/*.json).
import type { ContextHelpEntry } from './types'

export const balanceHelp: Record<string, ContextHelpEntry> = {
  balance: {
    articleSlugs: ['transfer-between-balances', 'top-up-balance', 'balance-notifications'],
    text: {
      en: {
        title: 'Balances',
        paragraphs: [
          'The main balance and a balance per service type: “Cloud servers”, “Dedicated servers”, “Object storage”. Each service is paid from the balance of its type, money first, then bonuses: cloud servers and storage every hour, a dedicated server for its billing period in advance. Each balance shows its spending per day and how long it lasts: “Enough for N days”, or “No active services”.',
          '“Transfer” moves money between the main balance and a service balance, either way, up to what the source holds; bonuses cannot be moved. The “Referral balance” holds the rewards of the referral program: “Transfer to main balance” moves them. Every transfer appears in “Transactions”.',
        ],
      },
      ru: {
        title: 'Балансы',
        paragraphs: [
          'Основной баланс и баланс для каждого типа услуг: «Облачные серверы», «Выделенные серверы», «Объектное хранилище». Услуга оплачивается с баланса своего типа — сначала средства, затем бонусы: облачные серверы и хранилище почасово, выделенный сервер — заранее за расчётный период. У каждого баланса виден расход в день и прогноз: «Хватит на N дней» или «Нет активных услуг».',
          '«Перевести» — перевод между основным балансом и балансом услуг в обе стороны, не больше, чем есть на исходном балансе; бонусы переводить нельзя. На «Реферальном балансе» — вознаграждения по реферальной программе, их переводит кнопка «Перевести на основной». Каждый перевод появляется в «Операциях».',
        ],
      },
    },
  },
  'balance-top-up': {
    articleSlugs: ['top-up-balance', 'transfer-between-balances'],
    text: {
      en: {
        title: 'Top up',
        paragraphs: [
          'Choose the balance, enter the amount in rubles (100 ₽ to 1 000 000 ₽) and the method: “Bank card” (credited at once; some cards ask for a 3-D Secure code), “SBP (QR code)” for residents of the RF (credited when the bank confirms it) or “Bank transfer” under an invoice with both parties’ requisites, downloadable as a PDF. State institutions pay by bank transfer only.',
          'An invoice is listed in “Transactions” as “Pending payment” until the bank credits it; pay it with exactly the payment purpose it states. The main administrator can save a card and turn on the “Auto top-up”: by a threshold or monthly on a day from 1 to 28.',
        ],
      },
      ru: {
        title: 'Пополнение',
        paragraphs: [
          'Выберите баланс, укажите сумму в рублях (от 100 ₽ до 1 000 000 ₽) и способ: «Банковская карта» (зачисляется сразу; некоторые карты запрашивают код 3-D Secure), «СБП (QR-код)» для резидентов РФ (зачисляется, как только банк подтвердит платёж) или «Банковский перевод» по счёту с реквизитами сторон, который можно скачать в PDF. Государственные учреждения платят только банковским переводом.',
          'Пока банк не зачислит деньги, счёт значится в «Операциях» как «Ожидает оплаты»; оплачивайте его точно с указанным назначением платежа. Главный администратор может сохранить карту и включить «Автопополнение»: по порогу или ежемесячно в выбранный день с 1 по 28.',
        ],
      },
    },
  },
  'balance-transactions': {
    articleSlugs: ['top-up-balance', 'transfer-between-balances', 'billing-documents'],
    text: {
      en: {
        title: 'Transactions',
        paragraphs: [
          'Every top-up, charge, transfer, refund and bonus of the account, newest first, with its balance, service, amount and status: “Pending payment”, “Credited” or “Declined”. Services are charged hourly; a day’s charges of a service make one line. Dates are in Moscow time.',
          'Filter by period, operation and balance: the filter is saved for you until “Reset” in “Panel settings”. “Export CSV” downloads every transaction of the filtered list, not only the page shown.',
        ],
      },
      ru: {
        title: 'Операции',
        paragraphs: [
          'Все пополнения, списания, переводы, возвраты и бонусы аккаунта, новые сверху, — с балансом, услугой, суммой и статусом: «Ожидает оплаты», «Зачислено» или «Отклонено». Услуги списываются почасово, списания услуги за день — одна строка. Время — московское.',
          'Список можно отфильтровать по периоду, операции и балансу; фильтр сохраняется для вас, пока вы не нажмёте «Сбросить» в «Настройках панели». «Экспорт в CSV» выгружает все операции по фильтру, а не только показанную страницу.',
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
          'The invoices of top-ups by bank transfer and, for business accounts, sole traders and state institutions that are residents of the RF, the monthly UPD (universal transfer document) and reconciliation acts. Filter by year and type; each document downloads as a PDF.',
          'The UPD of a month is drawn up on the 1st of the next month. “Request reconciliation act” makes an act for a period of up to a year. Paper originals are delivered as set in Profile → “Original billing documents”.',
          'Only the main administrator of the account sees this tab.',
        ],
      },
      ru: {
        title: 'Финансовые документы',
        paragraphs: [
          'Счета на пополнение банковским переводом, а у юридических лиц, ИП и государственных учреждений — резидентов РФ — ещё ежемесячные УПД (универсальные передаточные документы) и акты сверки. Список можно отфильтровать по году и типу; любой документ скачивается в PDF.',
          'УПД за месяц формируется 1-го числа следующего месяца. «Запросить акт сверки» — акт за период до года. Бумажные оригиналы доставляются так, как выбрано в Профиле → «Оригиналы финансовых документов».',
          'Вкладка доступна только главному администратору аккаунта.',
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
          'The “Low balance alert” mails the main administrator when a balance falls below the threshold, in rubles or in days of forecast, and reminds at the chosen frequency, from “Every hour” to “Once a day”, until it is topped up. Channels: “Email” and “Telegram”.',
          'The settings apply to the whole account: the main administrator changes them, users see them read-only. Choose a threshold that covers several days of spending, and keep a larger reserve if you pay by bank transfer.',
        ],
      },
      ru: {
        title: 'Уведомления',
        paragraphs: [
          '«Уведомление о низком балансе» приходит главному администратору, когда баланс опускается ниже порога — в рублях или в днях прогноза, — и повторяется с выбранной частотой, от «Каждый час» до «Раз в день», пока баланс не пополнят. Каналы: «Электронная почта» и «Telegram».',
          'Настройки действуют для всего аккаунта: меняет их главный администратор, пользователи видят их без возможности изменить. Выберите порог, которого хватит на несколько дней, а если платите банковским переводом — оставьте запас побольше.',
        ],
      },
    },
  },
}
