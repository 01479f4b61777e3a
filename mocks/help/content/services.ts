// Context help: Services, a service's page and the two order forms. Plain text only (rendered as
// text, never as HTML). Buttons, tabs and statuses are named as the panel names them (locales/*.json).
import type { ContextHelpEntry } from './types'

export const servicesHelp: Record<string, ContextHelpEntry> = {
  services: {
    articleSlugs: ['order-services', 'transfer-between-balances', 'top-up-balance'],
    text: {
      en: {
        title: 'Services',
        paragraphs: [
          'Every connected service of the account: its type, configuration, status (“Creating”, “Active”, “Stopped”), price per month, the balance it is paid from and since when it runs. Cloud servers and object storage are charged every hour from their balance; a dedicated server is prepaid for its billing period.',
          '“Stop” ends the hourly charges until you click “Start”; “Delete” asks you to type the service’s name and removes it. A service being created cannot be stopped or deleted. When a balance cannot pay the next hour, its services stop and the home page says so: top up that balance and start them again.',
          '“Order service” opens the order forms: “Order cloud server” and “Order dedicated server”.',
        ],
      },
      ru: {
        title: 'Услуги',
        paragraphs: [
          'Все подключённые услуги аккаунта: тип, конфигурация, статус («Создаётся», «Работает», «Остановлена»), цена в месяц, баланс, с которого услуга оплачивается, и дата подключения. Облачные серверы и объектное хранилище оплачиваются почасово со своего баланса, выделенный сервер — заранее за расчётный период.',
          '«Остановить» прекращает почасовые списания до нажатия «Запустить»; «Удалить» просит ввести имя услуги и удаляет её. Услугу, которая ещё создаётся, нельзя остановить или удалить. Если на балансе не хватает денег на следующий час, его услуги останавливаются, и главная страница сообщает об этом: пополните баланс и запустите их снова.',
          '«Заказать услугу» открывает формы заказа: «Заказать облачный сервер» и «Заказать выделенный сервер».',
        ],
      },
    },
  },
  service: {
    articleSlugs: ['order-services', 'transfer-between-balances'],
    text: {
      en: {
        title: 'Service',
        paragraphs: [
          'The service’s configuration, its price per month and per hour, the balance it is paid from and what it has cost since the start of this month (Moscow time). Its charges are listed below, as they appear on the “Transactions” tab.',
          '“Stop”, “Start” and “Delete” work as on the “Services” tab. A prepaid dedicated server shows when its period ends: it then renews from the Dedicated servers balance, or stops if that balance cannot pay the next period.',
        ],
      },
      ru: {
        title: 'Услуга',
        paragraphs: [
          'Конфигурация услуги, цена в месяц и в час, баланс, с которого она оплачивается, и сколько она стоила с начала месяца (по московскому времени). Ниже — её списания, как на вкладке «Операции».',
          '«Остановить», «Запустить» и «Удалить» работают так же, как на вкладке «Услуги». У выделенного сервера виден конец оплаченного периода: затем он продлевается с баланса «Выделенные серверы» или останавливается, если на следующий период не хватает денег.',
        ],
      },
    },
  },
  'order-cloud-server': {
    articleSlugs: ['order-services', 'top-up-balance'],
    text: {
      en: {
        title: 'Order cloud server',
        paragraphs: [
          'Choose the region, the number of vCPU (1 to 32), the RAM (1 to 256 GB, at most 8 GB per vCPU), the disk type and size (10 to 2048 GB), the image and a name of Latin letters, digits and hyphens, unique in the account. The price per hour and per month follows every change, with your personal discount if you have one.',
          'The server is paid hourly from the Cloud servers balance, which must cover its first day: if it does not, the form says how much is missing and offers to top it up, then brings you back. What you chose is kept as a draft, also after a reload or in another browser, until you order; “Reset” in Panel settings clears it.',
        ],
      },
      ru: {
        title: 'Заказ облачного сервера',
        paragraphs: [
          'Выберите регион, число vCPU (от 1 до 32), объём RAM (от 1 до 256 ГБ, не больше 8 ГБ на vCPU), тип и размер диска (от 10 до 2048 ГБ), образ и имя из латинских букв, цифр и дефисов, уникальное в аккаунте. Цена в час и в месяц пересчитывается при каждом изменении, с учётом персональной скидки, если она есть.',
          'Сервер оплачивается почасово с баланса «Облачные серверы», которого должно хватать на первые сутки: если не хватает, форма скажет сколько и предложит пополнить баланс, а потом вернёт к заказу. Выбранное сохраняется как черновик — и после перезагрузки, и в другом браузере — до заказа; «Сбросить» в настройках панели очищает его.',
        ],
      },
    },
  },
  'order-dedicated-server': {
    articleSlugs: ['order-services', 'top-up-balance'],
    text: {
      en: {
        title: 'Order dedicated server',
        paragraphs: [
          'Choose the location, a configuration (some are out of stock in some locations), the billing period — 1, 3, 6 or 12 months, the longer the larger the discount — the operating system and a name. The price per month and for the whole period follows every change, with your personal discount if you have one.',
          'The whole period is paid at once from the Dedicated servers balance when you order; if it does not cover it, the form says how much is missing and offers to top it up. At the end of the period the server renews from the same balance. The half-filled form is kept as a draft until you order; “Reset” in Panel settings clears it.',
        ],
      },
      ru: {
        title: 'Заказ выделенного сервера',
        paragraphs: [
          'Выберите локацию, конфигурацию (некоторых нет в наличии в отдельных локациях), расчётный период — 1, 3, 6 или 12 месяцев, чем дольше, тем больше скидка, — операционную систему и имя. Цена в месяц и за весь период пересчитывается при каждом изменении, с учётом персональной скидки, если она есть.',
          'Весь период оплачивается сразу при заказе с баланса «Выделенные серверы»; если денег не хватает, форма скажет сколько и предложит пополнить баланс. В конце периода сервер продлевается с того же баланса. Незаконченная форма хранится как черновик до заказа; «Сбросить» в настройках панели очищает его.',
        ],
      },
    },
  },
}
