// Knowledge-base articles about the balance: top-ups, transfers between balances, notifications.
// They name buttons, tabs and statuses exactly as the panel does (locales/*.json).
import type { KnowledgeBaseArticle } from './types'

export const balanceArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'top-up-balance',
    topic: 'balance',
    updatedAt: '2026-12-01',
    text: {
      en: {
        title: 'Top up the balance',
        summary: 'How to add funds by bank card, SBP or bank transfer, when the money is credited, and how the auto top-up works.',
        sections: [
          {
            heading: 'Where to top up',
            paragraphs: [
              'Click “Top up balance” in the “Balance” block of the Control panel home page, or open “Balance and payments” from the account menu in the upper right corner and go to the “Top up” tab (the “Top up” button of the “Balances” tab opens it too).',
              'Choose the balance to top up (the main balance or the balance of a service type), enter the amount in rubles, from 100 ₽ to 1 000 000 ₽, and choose the payment method. The methods depend on the account: state institutions pay by bank transfer only, and SBP is for residents of the RF. Both the main administrator and the users of the account can top up the balance.',
            ],
          },
          {
            heading: 'Payment by bank card',
            paragraphs: [
              'Choose “Bank card” and click “Continue to payment”. On the payment page enter the card number, the expiry date, the CVC and the cardholder name; some cards ask for a 3-D Secure code that the bank sends by SMS. The money is credited at once, and the payment appears in “Transactions” as “Credited”.',
              'If the bank declines the payment, the panel shows the bank’s reason and nothing is charged: check your card’s limits for online payments or use another card. The payment is listed in “Transactions” as “Declined”.',
              'The main administrator can tick “Save card” to use the card for the auto top-up. Only the card brand, the last four digits, the expiry date and the holder are kept, never the whole number.',
            ],
          },
          {
            heading: 'Payment by SBP',
            paragraphs: [
              'Residents of the RF can choose “SBP (QR code)” and click “Get QR code”. Scan the code with your bank’s app (its camera or its SBP section), or open the payment link on your phone, and confirm the payment. The money is credited as soon as the bank confirms it; the page shows it without reloading.',
            ],
          },
          {
            heading: 'Payment by bank transfer',
            paragraphs: [
              'Every account can pay by bank transfer, and state institutions pay only this way. Choose “Bank transfer” and click “Issue invoice”: the invoice shows our requisites and yours and the payment purpose, and downloads as a PDF. The main administrator also finds every invoice in “Billing documents”.',
              'Pay the invoice from your bank account with exactly the payment purpose it states. Until the bank credits the money, the payment is listed in “Transactions” as “Pending payment”; then it becomes “Credited” and the invoice “Paid”. State institutions pay the invoice through the Federal Treasury.',
            ],
          },
          {
            heading: 'Auto top-up',
            paragraphs: [
              'The main administrator can turn on the “Auto top-up” on the “Top up” tab: a saved card tops up the chosen balance by a fixed amount, either when its money falls below a threshold or every month on a chosen day from 1 to 28. The tab shows the last and the next auto top-up, and each one appears in “Transactions”.',
            ],
          },
          {
            heading: 'If the payment has not arrived',
            paragraphs: [
              'Every top-up is listed on the “Transactions” tab of “Balance and payments”. If a bank transfer has not been credited after 3 business days, create a ticket and give the number and date of the payment order.',
            ],
          },
        ],
        keywords: ['top up', 'balance', 'payment', 'bank card', 'SBP', 'QR code', 'bank transfer', 'invoice', 'auto top-up', 'treasury', 'funds'],
      },
      ru: {
        title: 'Как пополнить баланс',
        summary: 'Пополнение банковской картой, через СБП или банковским переводом, сроки зачисления и автопополнение.',
        sections: [
          {
            heading: 'Где пополнить баланс',
            paragraphs: [
              'Нажмите «Пополнить баланс» в блоке «Баланс» на главной странице панели управления или выберите «Баланс и платежи» в меню аккаунта в правом верхнем углу и перейдите на вкладку «Пополнение» (туда же ведёт кнопка «Пополнить» на вкладке «Балансы»).',
              'Выберите, какой баланс пополнить (основной или баланс типа услуг), укажите сумму в рублях — от 100 ₽ до 1 000 000 ₽ — и способ оплаты. Способы зависят от аккаунта: государственные учреждения платят только банковским переводом, а СБП доступна резидентам РФ. Пополнять баланс могут и главный администратор, и пользователи аккаунта.',
            ],
          },
          {
            heading: 'Оплата банковской картой',
            paragraphs: [
              'Выберите «Банковская карта» и нажмите «Перейти к оплате». На странице оплаты введите номер карты, срок действия, CVC и имя владельца; некоторые карты запрашивают код 3-D Secure, который банк присылает в SMS. Деньги зачисляются сразу, а платёж появляется в «Операциях» со статусом «Зачислено».',
              'Если банк отклонил платёж, панель покажет причину, которую назвал банк, а деньги не спишутся: проверьте лимиты карты на покупки в интернете или воспользуйтесь другой картой. В «Операциях» такой платёж значится как «Отклонено».',
              'Главный администратор может отметить «Сохранить карту», чтобы использовать её для автопополнения. Храним только платёжную систему, последние четыре цифры, срок действия и владельца — никогда весь номер.',
            ],
          },
          {
            heading: 'Оплата через СБП',
            paragraphs: [
              'Резиденты РФ могут выбрать «СБП (QR-код)» и нажать «Получить QR-код». Отсканируйте код в приложении своего банка (камерой или в разделе СБП) или откройте ссылку на оплату на телефоне и подтвердите платёж. Деньги поступят, как только банк подтвердит платёж; страница покажет это без перезагрузки.',
            ],
          },
          {
            heading: 'Оплата банковским переводом',
            paragraphs: [
              'Оплатить банковским переводом может любой аккаунт, а государственные учреждения платят только так. Выберите «Банковский перевод» и нажмите «Выставить счёт»: в счёте — наши и ваши реквизиты и назначение платежа, его можно скачать в PDF. Главный администратор найдёт все счета и в «Финансовых документах».',
              'Оплатите счёт со своего расчётного счёта, указав в точности это назначение платежа. Пока банк не зачислит деньги, платёж значится в «Операциях» как «Ожидает оплаты», затем — «Зачислено», а счёт — «Оплачен». Государственные учреждения оплачивают счёт через органы Федерального казначейства.',
            ],
          },
          {
            heading: 'Автопополнение',
            paragraphs: [
              'Главный администратор может включить «Автопополнение» на вкладке «Пополнение»: сохранённая карта пополняет выбранный баланс на заданную сумму — когда средств на нём становится меньше порога или каждый месяц в выбранный день с 1 по 28. На вкладке видно последнее и следующее автопополнение, а каждое из них появляется в «Операциях».',
            ],
          },
          {
            heading: 'Если платёж не поступил',
            paragraphs: [
              'Все пополнения видны на вкладке «Операции» раздела «Баланс и платежи». Если банковский перевод не зачислен через 3 рабочих дня, создайте тикет и укажите номер и дату платёжного поручения.',
            ],
          },
        ],
        keywords: ['пополнить', 'баланс', 'оплата', 'банковская карта', 'СБП', 'QR-код', 'банковский перевод', 'счёт', 'автопополнение', 'казначейство', 'платёж'],
      },
    },
  },
  {
    slug: 'transfer-between-balances',
    topic: 'balance',
    updatedAt: '2026-12-01',
    text: {
      en: {
        title: 'Transfer funds between balances',
        summary: 'What the main balance, the service balances and the referral balance are for and how to move funds between them.',
        sections: [
          {
            heading: 'The balances of an account',
            paragraphs: [
              'An account has a main balance and a balance for each service type: “Cloud servers”, “Dedicated servers” and “Object storage”. A service is paid from the balance of its type, hour by hour. Each balance holds money and bonuses; bonuses are spent after the money. The rewards of the referral program go to the “Referral balance”.',
              'The “Balances” tab of “Balance and payments” shows each balance with its money, bonuses and spending per day, and how long it lasts at the current spending of its active services: “Enough for N days”, or “No active services”. The “Balance” block of the home page shows them too.',
            ],
          },
          {
            heading: 'How to make a transfer',
            paragraphs: [
              'On the “Balances” tab click “Transfer”, choose the balance to transfer from and the one to transfer to, and enter the amount; the form shows how much is available to transfer. Money moves between the main balance and a service balance in either direction. To move the referral reward, click “Transfer to main balance” on the “Referral balance” card.',
              'The transfer is instant and appears in “Transactions” as two “Transfer” lines, one per balance, so the movement of funds can always be traced.',
            ],
          },
          {
            heading: 'Restrictions',
            paragraphs: [
              'The amount must be more than zero, with at most two decimals (kopecks), and not more than the money on the source balance. Bonuses can only be spent on services: they cannot be moved to another balance or withdrawn.',
              'To move money from one service balance to another, transfer it to the main balance first. If a balance changes while the form is open (an hourly charge or another payment), the panel asks you to check the amounts and try again.',
            ],
          },
          {
            heading: 'Using the referral reward',
            paragraphs: [
              'The referral reward can be transferred to the main balance and spent on services, or withdrawn to a bank account once the referral balance reaches 10 000 ₽. See the article on the referral program for details.',
            ],
          },
        ],
        keywords: ['transfer', 'balances', 'main balance', 'service balance', 'bonuses', 'referral balance', 'forecast', 'move funds'],
      },
      ru: {
        title: 'Перевод средств между балансами',
        summary: 'Для чего нужны основной баланс, балансы услуг и реферальный баланс и как переводить деньги между ними.',
        sections: [
          {
            heading: 'Какие балансы есть у аккаунта',
            paragraphs: [
              'У аккаунта есть основной баланс и баланс для каждого типа услуг: «Облачные серверы», «Выделенные серверы» и «Объектное хранилище». Услуга оплачивается почасово с баланса своего типа. На каждом балансе есть средства и бонусы; бонусы расходуются после средств. Вознаграждение по реферальной программе поступает на «Реферальный баланс».',
              'На вкладке «Балансы» раздела «Баланс и платежи» у каждого баланса видны средства, бонусы, расход в день и прогноз при текущих расходах его активных услуг: «Хватит на N дней» или «Нет активных услуг». Балансы показывает и блок «Баланс» на главной странице.',
            ],
          },
          {
            heading: 'Как перевести средства',
            paragraphs: [
              'На вкладке «Балансы» нажмите «Перевести», выберите, с какого баланса и на какой переводите деньги, и укажите сумму — форма подскажет, сколько можно перевести. Деньги переводятся между основным балансом и балансом услуг в обе стороны. Реферальное вознаграждение переводится кнопкой «Перевести на основной» на карточке «Реферальный баланс».',
              'Перевод выполняется мгновенно и появляется в «Операциях» двумя строками «Перевод» — по одной на каждый баланс, так что движение средств всегда можно проследить.',
            ],
          },
          {
            heading: 'Ограничения',
            paragraphs: [
              'Сумма должна быть больше нуля, не больше двух знаков после запятой (копейки) и не больше средств на исходном балансе. Бонусы можно потратить только на услуги: их нельзя перевести на другой баланс или вывести.',
              'Чтобы перевести деньги с одного баланса услуг на другой, сначала переведите их на основной баланс. Если баланс изменился, пока открыта форма (почасовое списание или другой платёж), панель попросит проверить суммы и повторить перевод.',
            ],
          },
          {
            heading: 'Как использовать реферальное вознаграждение',
            paragraphs: [
              'Вознаграждение можно перевести на основной баланс и оплачивать им услуги или вывести на банковский счёт, когда на реферальном балансе накопится 10 000 ₽. Подробнее — в статье о реферальной программе.',
            ],
          },
        ],
        keywords: ['перевод', 'балансы', 'основной баланс', 'баланс услуг', 'бонусы', 'реферальный баланс', 'прогноз', 'перевести средства'],
      },
    },
  },
  {
    slug: 'balance-notifications',
    topic: 'balance',
    updatedAt: '2026-12-01',
    text: {
      en: {
        title: 'Low-balance notifications',
        summary: 'Get an email when a balance falls below the amount or the days of forecast you choose, so the services keep running.',
        sections: [
          {
            heading: 'Why set up notifications',
            paragraphs: [
              'Services are paid from their balances, and when the money runs out they may be stopped. The “Low balance alert” warns you in advance and reminds you until the balance is topped up.',
            ],
          },
          {
            heading: 'How to set the alert',
            paragraphs: [
              'Click “Notifications” in the “Balance” block of the Control panel home page, or open “Balance and payments” and go to the “Notifications” tab. Turn on the “Low balance alert” and choose the threshold: in rubles (for example 1 000 ₽), or in days of forecast (for example 7 days at the current spending).',
              'Choose how often to remind while a balance stays below the threshold, from “Every hour” to “Once a day”, and the channels, “Email” and “Telegram”, then click “Save”. The settings apply to the whole account: only the main administrator changes them, and the users of the account see them read-only.',
            ],
          },
          {
            heading: 'Which balances are watched',
            paragraphs: [
              'A threshold in rubles watches the main balance and every balance that pays active services: their money and bonuses together. A threshold in days watches the balances that pay active services, by their forecast. The email goes to the main administrator, once when a balance falls below the threshold and then at the chosen frequency until it is back above it.',
            ],
          },
          {
            heading: 'Choosing the threshold',
            paragraphs: [
              'Choose a threshold that covers several days of spending: the “Balances” tab shows each balance’s spending per day. If your services cost about 300 ₽ a day, 3 000 ₽ or 10 days leaves about ten days to pay.',
              'If you pay by bank transfer, keep a larger reserve: a transfer takes up to 3 business days to reach us.',
            ],
          },
          {
            heading: 'Turning notifications off',
            paragraphs: [
              'Turn the “Low balance alert” off and click “Save”: no alerts are sent, and the threshold and frequency are kept for when you turn it on again. We recommend keeping it on for any account with running services.',
            ],
          },
        ],
        keywords: ['notifications', 'low balance', 'threshold', 'forecast', 'email', 'Telegram', 'alert', 'balance'],
      },
      ru: {
        title: 'Уведомления о низком балансе',
        summary: 'Письмо, когда на балансе остаётся меньше заданной суммы или меньше чем на заданное число дней, — чтобы услуги работали без перерывов.',
        sections: [
          {
            heading: 'Зачем настраивать уведомления',
            paragraphs: [
              'Услуги оплачиваются со своих балансов, и когда деньги заканчиваются, услуги могут быть остановлены. «Уведомление о низком балансе» предупредит заранее и будет напоминать, пока баланс не пополнят.',
            ],
          },
          {
            heading: 'Как настроить уведомление',
            paragraphs: [
              'Нажмите «Уведомления» в блоке «Баланс» на главной странице панели управления или откройте «Баланс и платежи» и перейдите на вкладку «Уведомления». Включите «Уведомление о низком балансе» и выберите порог: в рублях (например, 1 000 ₽) или в днях прогноза (например, 7 дней при текущих расходах).',
              'Выберите, как часто напоминать, пока баланс остаётся ниже порога, — от «Каждый час» до «Раз в день», — и каналы: «Электронная почта» и «Telegram», затем нажмите «Сохранить». Настройки действуют для всего аккаунта: менять их может только главный администратор, пользователи аккаунта видят их без возможности изменить.',
            ],
          },
          {
            heading: 'Какие балансы отслеживаются',
            paragraphs: [
              'Порог в рублях отслеживает основной баланс и каждый баланс, с которого оплачиваются активные услуги: средства и бонусы вместе. Порог в днях отслеживает балансы с активными услугами — по их прогнозу. Письмо приходит главному администратору: сразу, как только баланс опустится ниже порога, а затем с выбранной частотой, пока баланс снова не станет выше.',
            ],
          },
          {
            heading: 'Какой порог выбрать',
            paragraphs: [
              'Порог должен покрывать расходы за несколько дней: расход каждого баланса в день виден на вкладке «Балансы». Если услуги обходятся примерно в 300 ₽ в день, порог 3 000 ₽ или 10 дней даст около десяти дней на оплату.',
              'Если вы платите банковским переводом, оставьте запас побольше: перевод идёт до 3 рабочих дней.',
            ],
          },
          {
            heading: 'Как отключить уведомления',
            paragraphs: [
              'Выключите «Уведомление о низком балансе» и нажмите «Сохранить»: письма приходить перестанут, а порог и частота сохранятся до следующего включения. Для аккаунтов с работающими услугами мы рекомендуем уведомление не выключать.',
            ],
          },
        ],
        keywords: ['уведомления', 'низкий баланс', 'порог', 'прогноз', 'почта', 'Telegram', 'оповещение', 'баланс'],
      },
    },
  },
]
