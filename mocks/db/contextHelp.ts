// Context help of every page, keyed by route name, with links to knowledge-base articles.
// Plain text only: the app renders every string as text, never as HTML.
import type { Locale } from './knowledgeBase'

export interface ContextHelpText {
  title: string
  paragraphs: string[]
}

export interface ContextHelpEntry {
  /** Slugs of related articles in `knowledgeBaseArticles`. */
  articleSlugs: string[]
  text: Record<Locale, ContextHelpText>
}

export const contextHelp: Record<string, ContextHelpEntry> = {
  home: {
    articleSlugs: ['control-panel-overview', 'top-up-balance', 'create-ticket'],
    text: {
      en: {
        title: 'Control panel',
        paragraphs: [
          'The home page gathers what you need most often in three blocks: “Support”, “Balance” and “Profile”.',
          'From here you can open the knowledge base, create a ticket, check the balances and top them up, and go to the settings, login history, security and API keys.',
          'All sections are also available from the account menu in the upper right corner.',
        ],
      },
      ru: {
        title: 'Панель управления',
        paragraphs: [
          'На главной странице в трёх блоках — «Поддержка», «Баланс» и «Профиль» — собрано то, что нужно чаще всего.',
          'Отсюда можно открыть базу знаний, создать тикет, проверить и пополнить баланс, перейти к настройкам, истории входов, безопасности и API-ключам.',
          'Все разделы также доступны из меню аккаунта в правом верхнем углу.',
        ],
      },
    },
  },
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
  tickets: {
    articleSlugs: ['create-ticket', 'control-panel-overview'],
    text: {
      en: {
        title: 'Tickets',
        paragraphs: [
          'All requests to support are listed here, including the tickets created automatically to confirm profile changes.',
          'Filter the list by status, open a ticket to read the answer, or click “Create ticket” to ask a new question.',
        ],
      },
      ru: {
        title: 'Тикеты',
        paragraphs: [
          'Здесь собраны все обращения в поддержку, включая тикеты, созданные автоматически для подтверждения изменений профиля.',
          'Отфильтруйте список по статусу, откройте тикет, чтобы прочитать ответ, или нажмите «Создать тикет», чтобы задать новый вопрос.',
        ],
      },
    },
  },
  'ticket-create': {
    articleSlugs: ['create-ticket', 'transfer-services'],
    text: {
      en: {
        title: 'Create ticket',
        paragraphs: [
          'Give a short subject, choose the category and, if the question concerns a particular service, the service.',
          'Describe what happened, when, and the exact text of any error. Never send passwords or API key secrets.',
          'Support works around the clock; the answer will appear in the ticket thread and arrive by email.',
        ],
      },
      ru: {
        title: 'Создать тикет',
        paragraphs: [
          'Коротко сформулируйте тему, выберите категорию и, если вопрос касается конкретной услуги, саму услугу.',
          'Опишите, что произошло и когда, и приведите точный текст ошибки. Не присылайте пароли и секреты API-ключей.',
          'Поддержка работает круглосуточно; ответ появится в переписке по тикету и придёт на почту.',
        ],
      },
    },
  },
  ticket: {
    articleSlugs: ['create-ticket'],
    text: {
      en: {
        title: 'Ticket',
        paragraphs: [
          'The thread shows your messages and the answers of support in order.',
          'Reply in the same thread if you have more questions, and close the ticket when the question is solved.',
        ],
      },
      ru: {
        title: 'Тикет',
        paragraphs: [
          'В переписке по порядку показаны ваши сообщения и ответы поддержки.',
          'Если остались вопросы, отвечайте в этой же переписке, а когда вопрос решён — закройте тикет.',
        ],
      },
    },
  },
  'knowledge-base': {
    articleSlugs: ['control-panel-overview', 'create-ticket'],
    text: {
      en: {
        title: 'Knowledge base',
        paragraphs: [
          'Articles about the panel: the balance and payments, the profile, security, users, panel settings and the referral program.',
          'Search by a word or phrase, or browse by topic. If you did not find the answer, create a ticket.',
        ],
      },
      ru: {
        title: 'База знаний',
        paragraphs: [
          'Статьи о работе с панелью: баланс и платежи, профиль, безопасность, пользователи, настройки панели и реферальная программа.',
          'Ищите по слову или фразе либо просматривайте статьи по темам. Если ответа не нашлось, создайте тикет.',
        ],
      },
    },
  },
  'knowledge-base-article': {
    articleSlugs: ['control-panel-overview', 'create-ticket'],
    text: {
      en: {
        title: 'Knowledge base article',
        paragraphs: [
          'The article is shown in the language of the interface; switch the language in “Panel settings”.',
          'If the article did not answer your question, create a ticket and describe your case.',
        ],
      },
      ru: {
        title: 'Статья базы знаний',
        paragraphs: [
          'Статья показана на языке интерфейса — переключить его можно в «Настройках панели».',
          'Если статья не ответила на ваш вопрос, создайте тикет и опишите ситуацию.',
        ],
      },
    },
  },
  referral: {
    articleSlugs: ['referral-program', 'transfer-between-balances'],
    text: {
      en: {
        title: 'Referral program',
        paragraphs: [
          'Recommend our services and receive 10% of your referrals’ spending, or 15% in a month when their spending exceeds 1 000 000 ₽.',
          'The reward is credited to the referral balance by the 15th of the next month; it can be withdrawn from 10 000 ₽.',
          'To join, send a request with the URL of your site or channel, its audience and the promotion method, and confirm your consent to the terms.',
        ],
      },
      ru: {
        title: 'Реферальная программа',
        paragraphs: [
          'Рекомендуйте наши услуги и получайте 10% от расходов ваших рефералов, а в месяцы, когда они тратят больше 1 000 000 ₽, — 15%.',
          'Вознаграждение зачисляется на реферальный баланс до 15-го числа следующего месяца, вывести его можно от 10 000 ₽.',
          'Чтобы стать участником, отправьте заявку: укажите адрес сайта или канала, его аудиторию и способ продвижения и подтвердите согласие с условиями.',
        ],
      },
    },
  },
  profile: {
    articleSlugs: ['change-profile-data', 'transfer-services', 'gdpr'],
    text: {
      en: {
        title: 'Profile',
        paragraphs: [
          'The client data provided at registration; the fields depend on the account type, residency and your role.',
          'Click “Change” to edit and “Save” to apply. Filling an empty field applies at once; changing a previously entered value creates a ticket to confirm it.',
          'The INN, the VATIN and the full name of a Personal account cannot be changed: to move services to other details, register a new account and request the transfer by ticket.',
        ],
      },
      ru: {
        title: 'Профиль',
        paragraphs: [
          'Данные клиента, указанные при регистрации; набор полей зависит от типа аккаунта, резидентства и вашей роли.',
          'Нажмите «Изменить», чтобы отредактировать данные, и «Сохранить», чтобы применить. Заполнение пустого поля применяется сразу, а изменение уже указанного значения создаёт тикет на подтверждение.',
          'ИНН, VATIN и ФИО владельца аккаунта физического лица изменить нельзя: чтобы перенести услуги на другие реквизиты, зарегистрируйте новый аккаунт и попросите о переносе в тикете.',
        ],
      },
    },
  },
  'profile-settings': {
    articleSlugs: ['panel-settings'],
    text: {
      en: {
        title: 'Panel settings',
        paragraphs: [
          'Choose the interface language, Russian or English, and the panel theme: “Dark”, “Light” or “Branded (Selectel)”.',
          '“Reset” under “User settings” clears every saved filter and returns every order form to its original state.',
        ],
      },
      ru: {
        title: 'Настройки панели',
        paragraphs: [
          'Выберите язык интерфейса — русский или английский — и тему панели: «Тёмная», «Светлая» или «Фирменная (Selectel)».',
          'Кнопка «Сбросить» в блоке «Пользовательские настройки» очищает все сохранённые фильтры и возвращает формы заказа в исходное состояние.',
        ],
      },
    },
  },
  'profile-security': {
    articleSlugs: ['change-password', 'two-step-authentication', 'login-history'],
    text: {
      en: {
        title: 'Security',
        paragraphs: [
          'Change the password, turn on two-step authentication, view the login history and end the sessions you do not recognize.',
          'Two-step authentication asks for a one-time code from an authenticator app at every login and protects the account even if the password leaks.',
        ],
      },
      ru: {
        title: 'Безопасность',
        paragraphs: [
          'Здесь можно сменить пароль, включить двухэтапную аутентификацию, посмотреть историю входов и завершить незнакомые сеансы.',
          'Двухэтапная аутентификация запрашивает одноразовый код из приложения-аутентификатора при каждом входе и защищает аккаунт, даже если пароль стал известен посторонним.',
        ],
      },
    },
  },
  'profile-login-history': {
    articleSlugs: ['login-history', 'two-step-authentication'],
    text: {
      en: {
        title: 'Login history',
        paragraphs: [
          'Every login with its date, time, browser and result. The main administrator sees the logins of all users of the account; a user sees only their own.',
          'If you see a login you do not recognize, change the password, end the other sessions and create a ticket.',
        ],
      },
      ru: {
        title: 'История входов',
        paragraphs: [
          'Все входы в аккаунт с датой, временем, браузером и результатом. Главный администратор видит входы всех пользователей аккаунта, пользователь — только свои.',
          'Если видите незнакомый вход, смените пароль, завершите остальные сеансы и создайте тикет.',
        ],
      },
    },
  },
  'profile-change-password': {
    articleSlugs: ['change-password', 'two-step-authentication'],
    text: {
      en: {
        title: 'Change password',
        paragraphs: [
          'Enter the current password and the new one twice, then click “Save”.',
          'The password must be 8 to 128 characters long and contain at least one letter and one digit. Do not reuse passwords from other sites.',
        ],
      },
      ru: {
        title: 'Смена пароля',
        paragraphs: [
          'Введите текущий пароль и дважды новый, затем нажмите «Сохранить».',
          'Пароль должен содержать от 8 до 128 символов, в том числе хотя бы одну букву и одну цифру. Не используйте пароли от других сайтов.',
        ],
      },
    },
  },
  'profile-api-keys': {
    articleSlugs: ['api-keys'],
    text: {
      en: {
        title: 'API keys',
        paragraphs: [
          'Keys give scripts and tools access to the API without your password.',
          'The secret of a new key is shown only once: copy it right away. The list shows secrets masked; keys can be renamed, disabled and deleted.',
        ],
      },
      ru: {
        title: 'API-ключи',
        paragraphs: [
          'Ключи дают скриптам и инструментам доступ к API без вашего пароля.',
          'Секрет нового ключа показывается только один раз — сразу скопируйте его. В списке секреты скрыты; ключи можно переименовать, отключить и удалить.',
        ],
      },
    },
  },
  'profile-users': {
    articleSlugs: ['add-user'],
    text: {
      en: {
        title: 'Users',
        paragraphs: [
          'Invite colleagues to the account by email. Until the invitation is accepted, the user has the status “Not activated”; the invitation can be re-sent.',
          'A user manages services and can top up the balance, but does not see billing documents, user management or GDPR. Only the main administrator can add and remove users.',
        ],
      },
      ru: {
        title: 'Пользователи',
        paragraphs: [
          'Приглашайте коллег в аккаунт по электронной почте. Пока приглашение не принято, у пользователя статус «Не активирован»; приглашение можно отправить повторно.',
          'Пользователь управляет услугами и может пополнять баланс, но не видит финансовые документы, управление пользователями и GDPR. Добавлять и удалять пользователей может только главный администратор.',
        ],
      },
    },
  },
  login: {
    articleSlugs: ['register-account', 'change-password', 'two-step-authentication'],
    text: {
      en: {
        title: 'Log in',
        paragraphs: [
          'Log in with the email and password of your account. If two-step authentication is on, the panel also asks for a code from the authenticator app.',
          'After several failed attempts, logging in with that email is blocked for a short time. No account yet? Register one.',
        ],
      },
      ru: {
        title: 'Вход',
        paragraphs: [
          'Войдите с почтой и паролем от аккаунта. Если включена двухэтапная аутентификация, панель также запросит код из приложения-аутентификатора.',
          'После нескольких неудачных попыток вход с этой почтой ненадолго блокируется. Ещё нет аккаунта? Зарегистрируйтесь.',
        ],
      },
    },
  },
  register: {
    articleSlugs: ['register-account', 'transfer-services'],
    text: {
      en: {
        title: 'Register',
        paragraphs: [
          'Choose the account type — “Personal account”, “Business account”, “Sole trader” or “State institution” — and your residency, then enter the email and a password.',
          'The account type cannot be changed later, so choose carefully. Sole traders and state institutions are always residents of the RF.',
          'The person who registers becomes the main administrator of the account.',
        ],
      },
      ru: {
        title: 'Регистрация',
        paragraphs: [
          'Выберите тип аккаунта — «Физическое лицо», «Юридическое лицо», «Индивидуальный предприниматель» или «Государственное учреждение» — и резидентство, затем укажите почту и пароль.',
          'Тип аккаунта потом изменить нельзя, поэтому выбирайте внимательно. ИП и государственные учреждения всегда являются резидентами РФ.',
          'Тот, кто регистрирует аккаунт, становится его главным администратором.',
        ],
      },
    },
  },
}
