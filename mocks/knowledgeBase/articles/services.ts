// Knowledge-base article about the connected services and ordering servers. It names buttons,
// tabs and statuses exactly as the panel does (locales/*.json).
import type { KnowledgeBaseArticle } from './types'

export const servicesArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'order-services',
    topic: 'balance',
    updatedAt: '2026-12-01',
    text: {
      en: {
        title: 'Order and manage services',
        summary: 'How to order a cloud or a dedicated server, what it costs and which balance pays it, and how to stop, start and delete services.',
        sections: [
          {
            heading: 'Where the services are',
            paragraphs: [
              'The “Services” tab of “Balance and payments” lists every connected service of the account with its type, configuration, status, price per month, the balance it is paid from and since when it runs. The main administrator and the users of the account can all order and manage services.',
            ],
          },
          {
            heading: 'Order a cloud server',
            paragraphs: [
              'Click “Order service” and choose “Order cloud server”. Choose the region (“Saint Petersburg”, “Moscow” or “Novosibirsk”), the number of vCPU from 1 to 32, the RAM from 1 to 256 GB (at most 8 GB per vCPU), the disk type “SSD” or “HDD” and its size from 10 to 2048 GB, the image and a name of 1 to 63 Latin letters, digits and hyphens that no other service of the account has.',
              'The price per hour and per month is shown as you choose, with your personal discount if the account has one. A cloud server is paid every hour from the “Cloud servers” balance, which must cover its first day when you order it. The server is “Creating” for a minute or two and then “Active”.',
            ],
          },
          {
            heading: 'Order a dedicated server',
            paragraphs: [
              'Choose “Order dedicated server”, the location and a configuration: a configuration that is out of stock in a location cannot be ordered there. Choose the billing period: 1 month, or 3, 6 or 12 months with a discount of 5, 10 or 15%. The whole period is paid at once from the “Dedicated servers” balance, and at its end the server renews for the same period from that balance.',
            ],
          },
          {
            heading: 'If the balance is not enough',
            paragraphs: [
              'The order form says how much the balance that pays lacks and offers “Top up the balance”: top it up, or transfer money to it from the main balance on the “Balances” tab, and you return to the form with everything you chose. The half-filled form is kept as a draft, also after a reload and in another browser, until the order is placed; “Reset” in Panel settings returns both order forms to their original state.',
              'When a balance cannot pay the next hour, the services it pays stop (“Stopped”) and the home page shows a notice. Top up the balance and click “Start”. Set up a “Low balance alert” on the “Notifications” tab to hear about it in time.',
            ],
          },
          {
            heading: 'Stop, start and delete',
            paragraphs: [
              '“Stop” ends the hourly charges of a service until you click “Start”. “Delete” asks you to type the service’s name and removes it for good; its past charges stay in “Transactions”. A prepaid period of a dedicated server is not refunded. A service that is still “Creating” cannot be stopped or deleted.',
            ],
          },
        ],
        keywords: ['services', 'order', 'cloud server', 'dedicated server', 'vCPU', 'RAM', 'disk', 'image', 'price', 'billing period', 'discount', 'stop', 'start', 'delete', 'suspended'],
      },
      ru: {
        title: 'Как заказать услуги и управлять ими',
        summary: 'Как заказать облачный или выделенный сервер, сколько он стоит и с какого баланса оплачивается, как остановить, запустить и удалить услугу.',
        sections: [
          {
            heading: 'Где услуги',
            paragraphs: [
              'На вкладке «Услуги» раздела «Баланс и платежи» — все подключённые услуги аккаунта: тип, конфигурация, статус, цена в месяц, баланс, с которого услуга оплачивается, и дата подключения. Заказывать услуги и управлять ими могут и главный администратор, и пользователи аккаунта.',
            ],
          },
          {
            heading: 'Заказ облачного сервера',
            paragraphs: [
              'Нажмите «Заказать услугу» и выберите «Заказать облачный сервер». Укажите регион («Санкт-Петербург», «Москва» или «Новосибирск»), число vCPU от 1 до 32, объём RAM от 1 до 256 ГБ (не больше 8 ГБ на vCPU), тип диска «SSD» или «HDD» и его размер от 10 до 2048 ГБ, образ и имя из 1–63 латинских букв, цифр и дефисов, которого нет у других услуг аккаунта.',
              'Цена в час и в месяц видна сразу, с учётом персональной скидки, если она есть. Облачный сервер оплачивается почасово с баланса «Облачные серверы», которого при заказе должно хватать на первые сутки. Минуту-другую сервер «Создаётся», затем «Работает».',
            ],
          },
          {
            heading: 'Заказ выделенного сервера',
            paragraphs: [
              'Выберите «Заказать выделенный сервер», локацию и конфигурацию: конфигурацию, которой нет в наличии в локации, заказать там нельзя. Выберите расчётный период: 1 месяц или 3, 6, 12 месяцев со скидкой 5, 10 или 15%. Весь период оплачивается сразу с баланса «Выделенные серверы», а в конце периода сервер продлевается на тот же срок с этого баланса.',
            ],
          },
          {
            heading: 'Если денег на балансе не хватает',
            paragraphs: [
              'Форма заказа покажет, сколько не хватает на балансе, с которого оплачивается услуга, и предложит «Пополнить баланс»: пополните его или переведите на него деньги с основного баланса на вкладке «Балансы» — и вы вернётесь к форме со всем выбранным. Незаконченная форма хранится как черновик — и после перезагрузки, и в другом браузере — до заказа; «Сбросить» в настройках панели возвращает обе формы заказа в исходное состояние.',
              'Если на балансе не хватает денег на следующий час, оплачиваемые с него услуги останавливаются («Остановлена»), а на главной странице появляется уведомление. Пополните баланс и нажмите «Запустить». Чтобы узнавать об этом заранее, включите «Оповещение о низком балансе» на вкладке «Уведомления».',
            ],
          },
          {
            heading: 'Остановить, запустить, удалить',
            paragraphs: [
              '«Остановить» прекращает почасовые списания за услугу до нажатия «Запустить». «Удалить» просит ввести имя услуги и удаляет её насовсем; прошлые списания остаются в «Операциях». Оплаченный период выделенного сервера не возвращается. Услугу, которая ещё «Создаётся», нельзя остановить или удалить.',
            ],
          },
        ],
        keywords: ['услуги', 'заказ', 'облачный сервер', 'выделенный сервер', 'vCPU', 'RAM', 'диск', 'образ', 'цена', 'расчётный период', 'скидка', 'остановить', 'запустить', 'удалить', 'приостановлена'],
      },
    },
  },
]
