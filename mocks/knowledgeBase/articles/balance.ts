// Knowledge-base articles about the balance: top-ups, transfers between balances, notifications.
import type { KnowledgeBaseArticle } from './types'

export const balanceArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'top-up-balance',
    topic: 'balance',
    updatedAt: '2026-12-01',
    text: {
      en: {
        title: 'Top up the balance',
        summary: 'How to add funds by bank card, SBP or bank transfer, and when the money is credited.',
        sections: [
          {
            heading: 'Where to top up',
            paragraphs: [
              'Click “Top up balance” in the “Balance” block of the Control panel home page, or open “Balance and payments” from the account menu in the upper right corner and click “Top up balance” there.',
              'All services are paid from the balance, so top it up before you order a service. Both the main administrator and the users of the account can top up the balance.',
            ],
          },
          {
            heading: 'Payment by bank card',
            paragraphs: [
              'Enter the amount in rubles (from 100 ₽ to 1 000 000 ₽), choose “Bank card” and confirm the payment; some banks ask for a 3-D Secure code. The money is credited at once and the payment appears in “Transactions”. Residents of the RF can also pay with “SBP (QR code)”: scan the code in the bank’s app, and the money arrives as soon as the bank confirms it.',
              'If the bank declines the payment, check your card’s limits for online payments or use another card. Nothing is debited for a declined payment.',
            ],
          },
          {
            heading: 'Payment by bank transfer',
            paragraphs: [
              'Every account can pay by bank transfer, and state institutions pay only this way. Enter the amount and download the invoice (PDF): it contains our bank details, yours and the invoice number. Until the bank credits it, the payment is listed in “Transactions” as “Pending payment”.',
              'Always state the invoice number in the purpose of payment. The funds are credited as soon as they reach our bank account, usually within 1–3 business days. State institutions pay the invoice through the Federal Treasury.',
            ],
          },
          {
            heading: 'Which balance receives the payment',
            paragraphs: [
              'A payment is credited to the balance chosen in the form: the main balance or the balance of a service type (“Cloud servers”, “Dedicated servers”, “Object storage”). Bonuses come only from promotions and compensations, and the referral balance only from rewards of the referral program.',
            ],
          },
          {
            heading: 'If the payment has not arrived',
            paragraphs: [
              'Every top-up is listed in “Transaction history” in “Balance and payments”. If a bank transfer has not been credited after 3 business days, create a ticket and give the number and date of the payment order.',
            ],
          },
        ],
        keywords: ['top up', 'balance', 'payment', 'bank card', 'bank transfer', 'invoice', 'treasury', 'funds'],
      },
      ru: {
        title: 'Как пополнить баланс',
        summary: 'Пополнение банковской картой, через СБП или по счёту и сроки зачисления средств.',
        sections: [
          {
            heading: 'Где пополнить баланс',
            paragraphs: [
              'Нажмите «Пополнить баланс» в блоке «Баланс» на главной странице панели управления или выберите «Баланс и платежи» в меню аккаунта в правом верхнем углу и нажмите «Пополнить баланс» там.',
              'Все услуги оплачиваются с баланса, поэтому пополните его до заказа услуги. Пополнять баланс могут и главный администратор, и пользователи аккаунта.',
            ],
          },
          {
            heading: 'Оплата банковской картой',
            paragraphs: [
              'Укажите сумму в рублях (от 100 ₽ до 1 000 000 ₽), выберите «Банковская карта» и подтвердите платёж; некоторые банки запрашивают код 3-D Secure. Деньги зачисляются сразу, а платёж появляется в «Операциях». Резиденты РФ могут оплатить и через «СБП (QR-код)»: отсканируйте код в приложении банка — деньги поступят, как только банк подтвердит платёж.',
              'Если банк отклонил платёж, проверьте лимиты карты на покупки в интернете или воспользуйтесь другой картой. При отклонённом платеже деньги не списываются.',
            ],
          },
          {
            heading: 'Оплата по счёту',
            paragraphs: [
              'Оплатить по счёту может любой аккаунт, а государственные учреждения платят только так. Укажите сумму и скачайте счёт (PDF) — в нём есть наши и ваши реквизиты и номер счёта. Пока банк не зачислит деньги, платёж отображается в «Операциях» как «Ожидает оплаты».',
              'Обязательно укажите номер счёта в назначении платежа. Деньги зачисляются, как только поступят на наш расчётный счёт, — как правило, за 1–3 рабочих дня. Государственные учреждения оплачивают счёт через органы Федерального казначейства.',
            ],
          },
          {
            heading: 'На какой баланс поступают деньги',
            paragraphs: [
              'Платёж зачисляется на баланс, выбранный в форме: основной или баланс типа услуг («Облачные серверы», «Выделенные серверы», «Объектное хранилище»). Бонусы начисляются только по акциям и в качестве компенсаций, а реферальный баланс пополняется вознаграждением по реферальной программе.',
            ],
          },
          {
            heading: 'Если платёж не поступил',
            paragraphs: [
              'Все пополнения видны в «Истории операций» в разделе «Баланс и платежи». Если безналичный платёж не зачислен через 3 рабочих дня, создайте тикет и укажите номер и дату платёжного поручения.',
            ],
          },
        ],
        keywords: ['пополнить', 'баланс', 'оплата', 'банковская карта', 'счёт', 'безналичный перевод', 'казначейство', 'платёж'],
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
              'An account has a main balance and a balance for each service type: “Cloud servers”, “Dedicated servers” and “Object storage”. A service is paid from the balance of its type. Each balance holds money and bonuses; bonuses are spent after the money. The rewards of the referral program go to the referral balance.',
              'All balances are shown in the “Balance” block of the Control panel home page and in “Balance and payments”.',
            ],
          },
          {
            heading: 'How to make a transfer',
            paragraphs: [
              'Open “Balance and payments”, click “Transfer” and choose the balance to transfer from, the balance to transfer to and the amount. Money moves between the main balance and a service balance in either direction; the referral reward can be transferred to the main balance.',
              'The transfer is instant and appears in “Transaction history” as a transfer, so the movement of funds can always be traced.',
            ],
          },
          {
            heading: 'Restrictions',
            paragraphs: [
              'You cannot transfer more than is available on the source balance. Bonus funds can only be spent on services: they cannot be moved to another balance or withdrawn.',
              'The form offers only the directions that are available for your account, so if a balance is missing from the list, transfers from it are not possible.',
            ],
          },
          {
            heading: 'Using the referral reward',
            paragraphs: [
              'The referral reward can be transferred to the main balance and spent on services, or withdrawn to a bank account once the referral balance reaches 10 000 ₽. See the article on the referral program for details.',
            ],
          },
        ],
        keywords: ['transfer', 'balances', 'main balance', 'service balance', 'bonuses', 'referral balance', 'move funds'],
      },
      ru: {
        title: 'Перевод средств между балансами',
        summary: 'Для чего нужны основной баланс, балансы услуг и реферальный баланс и как переводить деньги между ними.',
        sections: [
          {
            heading: 'Какие балансы есть у аккаунта',
            paragraphs: [
              'У аккаунта есть основной баланс и баланс для каждого типа услуг: «Облачные серверы», «Выделенные серверы» и «Объектное хранилище». Услуга оплачивается с баланса своего типа. На каждом балансе есть деньги и бонусы; бонусы тратятся после денег. Вознаграждение по реферальной программе поступает на реферальный баланс.',
              'Все балансы отображаются в блоке «Баланс» на главной странице панели управления и в разделе «Баланс и платежи».',
            ],
          },
          {
            heading: 'Как перевести средства',
            paragraphs: [
              'Откройте «Баланс и платежи», нажмите «Перевести» и укажите, с какого баланса и на какой переводите деньги, и сумму. Деньги переводятся между основным балансом и балансом услуг в обе стороны; реферальное вознаграждение можно перевести на основной баланс.',
              'Перевод выполняется мгновенно и отображается в «Истории операций», так что движение средств всегда можно проследить.',
            ],
          },
          {
            heading: 'Ограничения',
            paragraphs: [
              'Нельзя перевести больше, чем есть на исходном балансе. Бонусные средства можно потратить только на услуги: их нельзя перевести на другой баланс или вывести.',
              'В форме доступны только те направления перевода, которые разрешены для вашего аккаунта. Если какого-то баланса нет в списке, переводить с него нельзя.',
            ],
          },
          {
            heading: 'Как использовать реферальное вознаграждение',
            paragraphs: [
              'Вознаграждение можно перевести на основной баланс и оплачивать им услуги или вывести на банковский счёт, когда на реферальном балансе накопится 10 000 ₽. Подробнее — в статье о реферальной программе.',
            ],
          },
        ],
        keywords: ['перевод', 'балансы', 'основной баланс', 'баланс услуг', 'бонусы', 'реферальный баланс', 'перевести средства'],
      },
    },
  },
  {
    slug: 'balance-notifications',
    topic: 'balance',
    updatedAt: '2026-10-14',
    text: {
      en: {
        title: 'Low-balance notifications',
        summary: 'Get an email when the balance falls below the amount you choose, so the services keep running.',
        sections: [
          {
            heading: 'Why set up notifications',
            paragraphs: [
              'Services are paid from the balance, and when the money runs out they may be suspended. A low-balance notification warns you in advance and leaves time to top up.',
            ],
          },
          {
            heading: 'How to set the threshold',
            paragraphs: [
              'Click “Notifications” in the “Balance” block of the Control panel home page, or open “Balance and payments” and go to “Notifications”. Enter the threshold in rubles, for example 1 000 ₽, and click “Save”.',
              'When the main balance falls below the threshold, we send an email to the address of the account.',
            ],
          },
          {
            heading: 'Choosing the amount',
            paragraphs: [
              'Choose a threshold that covers several days of spending: the charges in “Transaction history” show how much your services cost per day. If they cost about 300 ₽ a day, a threshold of 3 000 ₽ leaves about ten days to pay.',
              'If you pay by bank transfer, keep a larger reserve: a transfer takes up to 3 business days to reach us.',
            ],
          },
          {
            heading: 'Turning notifications off',
            paragraphs: [
              'To stop the notifications, clear the threshold and click “Save”. We recommend keeping them on for any account with running services.',
            ],
          },
        ],
        keywords: ['notifications', 'low balance', 'threshold', 'email', 'alert', 'balance'],
      },
      ru: {
        title: 'Уведомления о низком балансе',
        summary: 'Письмо на почту, когда баланс опускается ниже заданной суммы, — чтобы услуги работали без перерывов.',
        sections: [
          {
            heading: 'Зачем настраивать уведомления',
            paragraphs: [
              'Услуги оплачиваются с баланса, и когда деньги заканчиваются, работа услуг может быть приостановлена. Уведомление о низком балансе предупредит заранее и даст время на пополнение.',
            ],
          },
          {
            heading: 'Как задать порог',
            paragraphs: [
              'Нажмите «Уведомления» в блоке «Баланс» на главной странице панели управления или откройте «Баланс и платежи» и перейдите в «Уведомления». Укажите порог в рублях, например 1 000 ₽, и нажмите «Сохранить».',
              'Когда основной баланс станет меньше порога, мы отправим письмо на электронную почту аккаунта.',
            ],
          },
          {
            heading: 'Какую сумму выбрать',
            paragraphs: [
              'Порог должен покрывать расходы за несколько дней: сколько стоят ваши услуги в сутки, видно по списаниям в «Истории операций». Если услуги обходятся примерно в 300 ₽ в день, порог 3 000 ₽ даст около десяти дней на оплату.',
              'Если вы платите по счёту, оставьте запас побольше: безналичный платёж идёт до 3 рабочих дней.',
            ],
          },
          {
            heading: 'Как отключить уведомления',
            paragraphs: [
              'Чтобы отключить уведомления, очистите поле порога и нажмите «Сохранить». Для аккаунтов с работающими услугами мы рекомендуем уведомления не отключать.',
            ],
          },
        ],
        keywords: ['уведомления', 'низкий баланс', 'порог', 'почта', 'оповещение', 'баланс'],
      },
    },
  },
]
