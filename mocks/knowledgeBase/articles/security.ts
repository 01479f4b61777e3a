// Knowledge-base articles about account security: password, two-step authentication, API keys, logins.
import type { KnowledgeBaseArticle } from './types'

export const securityArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'change-password',
    topic: 'security',
    updatedAt: '2026-10-02',
    text: {
      en: {
        title: 'Change the password',
        summary: 'How to change the password of your account and what a strong password looks like.',
        sections: [
          {
            heading: 'Where to change the password',
            paragraphs: [
              'Click “Change password” in the “Profile” block of the Control panel home page, or open “Profile and settings”, go to the “Security” tab and choose “Change password”.',
            ],
          },
          {
            heading: 'How to change it',
            paragraphs: [
              'Enter your current password, then the new password twice, and click “Save”. Use the new password the next time you log in.',
            ],
          },
          {
            heading: 'Password requirements',
            paragraphs: [
              'The password must be 8 to 128 characters long and contain at least one letter and one digit. A long passphrase is easier to remember and harder to guess than a short set of symbols.',
              'Do not reuse a password from other sites, and keep it in a password manager rather than in notes or messengers.',
            ],
          },
          {
            heading: 'After the change',
            paragraphs: [
              'Check the active sessions on the “Security” tab and end any you do not recognize. For better protection, also turn on two-step authentication.',
            ],
          },
        ],
        keywords: ['password', 'change password', 'security', 'strong password', 'sessions'],
      },
      ru: {
        title: 'Смена пароля',
        summary: 'Как сменить пароль от аккаунта и каким должен быть надёжный пароль.',
        sections: [
          {
            heading: 'Где сменить пароль',
            paragraphs: [
              'Нажмите «Сменить пароль» в блоке «Профиль» на главной странице панели управления или откройте «Профиль и настройки», перейдите на вкладку «Безопасность» и выберите «Сменить пароль».',
            ],
          },
          {
            heading: 'Как сменить пароль',
            paragraphs: [
              'Введите текущий пароль, затем дважды новый и нажмите «Сохранить». При следующем входе используйте новый пароль.',
            ],
          },
          {
            heading: 'Требования к паролю',
            paragraphs: [
              'Пароль должен содержать от 8 до 128 символов, в том числе хотя бы одну букву и одну цифру. Длинную фразу проще запомнить и сложнее подобрать, чем короткий набор символов.',
              'Не используйте пароль, который уже есть на других сайтах, и храните его в менеджере паролей, а не в заметках или мессенджерах.',
            ],
          },
          {
            heading: 'После смены пароля',
            paragraphs: [
              'Проверьте активные сеансы на вкладке «Безопасность» и завершите те, которые вам незнакомы. Для надёжной защиты включите также двухэтапную аутентификацию.',
            ],
          },
        ],
        keywords: ['пароль', 'сменить пароль', 'безопасность', 'надёжный пароль', 'сеансы'],
      },
    },
  },
  {
    slug: 'two-step-authentication',
    topic: 'security',
    updatedAt: '2026-10-02',
    text: {
      en: {
        title: 'Two-step authentication',
        summary: 'Protect the account with a one-time code from an authenticator app in addition to the password.',
        sections: [
          {
            heading: 'What it is',
            paragraphs: [
              'With two-step authentication, logging in requires not only the password but also a one-time code from an authenticator app on your phone. Even if the password leaks, nobody can log in without your phone.',
            ],
          },
          {
            heading: 'How to turn it on',
            paragraphs: [
              'Open “Profile and settings”, go to the “Security” tab and turn on two-step authentication. Scan the QR code with an authenticator app that supports one-time codes (TOTP), or enter the key shown under the code manually.',
              'Enter the six-digit code from the app to confirm. Keep the key in a safe place: it lets you set up the app again on a new phone.',
            ],
          },
          {
            heading: 'Logging in',
            paragraphs: [
              'After the email and password, the panel asks for a code. Open the authenticator app and enter the current code; codes change every 30 seconds, so if one does not work, wait for the next one and check that the time on the phone is correct.',
            ],
          },
          {
            heading: 'If you lost your phone',
            paragraphs: [
              'If you saved the key, set it up in an authenticator app on another device. Otherwise, write to support from the email of the account: after verifying your identity, support will turn two-step authentication off so that you can log in and turn it on again.',
            ],
          },
          {
            heading: 'Turning it off',
            paragraphs: [
              'Two-step authentication is turned off on the same “Security” tab; the panel asks for a current code to confirm.',
            ],
          },
        ],
        keywords: ['two-step authentication', '2FA', 'two-factor', 'one-time code', 'authenticator', 'TOTP', 'QR code', 'security'],
      },
      ru: {
        title: 'Двухэтапная аутентификация',
        summary: 'Защитите аккаунт одноразовым кодом из приложения-аутентификатора в дополнение к паролю.',
        sections: [
          {
            heading: 'Что это такое',
            paragraphs: [
              'При двухэтапной аутентификации для входа нужен не только пароль, но и одноразовый код из приложения-аутентификатора на телефоне. Даже если пароль станет известен посторонним, без вашего телефона войти в аккаунт не получится.',
            ],
          },
          {
            heading: 'Как включить',
            paragraphs: [
              'Откройте «Профиль и настройки», перейдите на вкладку «Безопасность» и включите двухэтапную аутентификацию. Отсканируйте QR-код приложением, которое поддерживает одноразовые коды (TOTP), или введите ключ под кодом вручную.',
              'Для подтверждения введите шестизначный код из приложения. Сохраните ключ в надёжном месте: с ним можно заново настроить приложение на новом телефоне.',
            ],
          },
          {
            heading: 'Как входить в панель',
            paragraphs: [
              'После ввода почты и пароля панель запросит код. Откройте приложение и введите текущий код. Коды меняются каждые 30 секунд: если код не подошёл, дождитесь следующего и проверьте, что время на телефоне установлено правильно.',
            ],
          },
          {
            heading: 'Если телефон потерян',
            paragraphs: [
              'Если вы сохранили ключ, настройте приложение-аутентификатор на другом устройстве. Если нет — напишите в поддержку с почты аккаунта: после проверки личности мы отключим двухэтапную аутентификацию, чтобы вы могли войти и включить её заново.',
            ],
          },
          {
            heading: 'Как отключить',
            paragraphs: [
              'Двухэтапная аутентификация отключается на той же вкладке «Безопасность» — для подтверждения панель запросит текущий код.',
            ],
          },
        ],
        keywords: ['двухэтапная аутентификация', '2FA', 'двухфакторная', 'одноразовый код', 'аутентификатор', 'TOTP', 'QR-код', 'безопасность'],
      },
    },
  },
  {
    slug: 'api-keys',
    topic: 'security',
    updatedAt: '2026-12-01',
    text: {
      en: {
        title: 'API keys',
        summary: 'Create keys for scripts and tools, limit what they may do and from where, rotate, disable or delete them.',
        sections: [
          {
            heading: 'What API keys are for',
            paragraphs: [
              'An API key lets scripts, CI pipelines and infrastructure tools such as Terraform manage services through the API without your password. Keys are managed on the “API keys” tab of “Profile and settings”; you can also open it from “API keys” in the “Profile” block of the Control panel home page.',
              'A key works on your behalf: with it, a tool can do what you yourself may do in the account, never more. Each person’s keys are their own: you see and manage only your keys, and nobody else in the account sees them, the main administrator included. When the main administrator removes a user from the account, that user’s keys are revoked at once.',
            ],
          },
          {
            heading: 'Create a key',
            paragraphs: [
              'Click “Create key” and give the key a name that says where it is used, for example “CI deploy”. Each of your keys needs its own name.',
              'Choose the “Access”: “Full access” allows everything you may do through the API, except managing keys and the account’s security; “Read only” reads data only, and a read-only key cannot change anything. A key for monitoring or reports rarely needs more than “Read only”.',
              'Choose the “Expiry”: “30 days”, “90 days”, “1 year” or “No expiry”. When the term is over, the key gets the status “Expired” and is refused; its term cannot be extended, so create a new key in good time.',
            ],
          },
          {
            heading: 'Allowed IP addresses',
            paragraphs: [
              'In “Allowed IP addresses” you can optionally list the addresses the key may be used from, one per line: an IPv4 or IPv6 address or a CIDR range, for example 203.0.113.5 or 203.0.113.0/24, up to 20 entries. “Add my address” adds the address you are working from now.',
              'Requests with the key from any other address are refused, even with the right secret. Leave the field empty to allow any address.',
            ],
          },
          {
            heading: 'The secret is shown once',
            paragraphs: [
              'Right after creation the panel shows the key’s secret, with “Copy” next to it. Copy it and store it in a secrets manager: the secret is shown only this once and never again, not even in the list of keys.',
              'If the secret is lost, it cannot be shown again: “Rotate” the key to get a new secret, or create a new key, switch your tools to it and delete the old one.',
            ],
          },
          {
            heading: 'How to send a key',
            paragraphs: [
              'Send the secret in the Authorization header of every request, after the word Bearer: “Authorization: Bearer ccp_…”, with the key’s whole secret in place of “ccp_…”. The “How to use a key” block on the tab shows an example request.',
              'A request is refused, with an explanation of the reason, when the key is deleted, disabled or expired, when it comes from an address that is not allowed, or when a read-only key tries to change something.',
              'Some things cannot be done with a key at all, whatever its access: creating, renaming, rotating, disabling or deleting keys, changing the password, turning two-step authentication on or off, viewing or ending sessions. These are done only in the panel, after logging in with your password, so a leaked key cannot take over the account.',
            ],
          },
          {
            heading: 'The list of keys',
            paragraphs: [
              'The list shows each key’s name, the key masked with only its first and last characters visible, its access and allowed addresses, when it was created and when it expires, and its status: “Active”, “Disabled” or “Expired”. The full secret is never shown in the list.',
              'The “Last used” column says when the key was last used and from which address, or “Never”. A key that has not been used for a long time is probably no longer needed: disable it, and delete it if nothing breaks.',
              'The actions for each key are in the menu at the end of its row.',
            ],
          },
          {
            heading: 'Rotate a key',
            paragraphs: [
              '“Rotate” gives an active key a new secret, shown once with “Copy”, while its name, access, expiry and allowed addresses stay the same. The previous secret keeps working for 24 hours, so that you can switch your tools to the new one; the list shows until when. After that, the previous secret stops working.',
              'A disabled or expired key cannot be rotated. If you rotate a key again within the 24 hours, the older secret stops working at once: only the secret just replaced keeps working for 24 hours.',
            ],
          },
          {
            heading: 'Rename, disable, enable or delete',
            paragraphs: [
              '“Rename” changes only the name: the secret and the way the key works stay the same.',
              '“Disable” refuses every request with the key until you click “Enable”: this is a safe way to check whether a key is still used, or to stop a key at once while you find out whether it leaked.',
              '“Delete” asks you to type the key’s name; the “Delete” button becomes available when the name matches. Deleting a key is permanent, and every tool that uses it stops working at once.',
            ],
          },
          {
            heading: 'Keep keys safe',
            paragraphs: [
              'Never commit keys to a repository or send them in messengers. Use a separate key for every integration, give it only the access it needs, an expiry and, where the addresses are known, the allowed IP addresses.',
              'Changing your password does not affect your keys. If a key may have leaked, disable it immediately, then rotate it or create a new one and delete the old key.',
            ],
          },
        ],
        keywords: ['API keys', 'API', 'token', 'secret', 'Bearer', 'Authorization header', 'full access', 'read only', 'expiry', 'IP addresses', 'CIDR', 'allowed addresses', 'rotate', 'rename', 'disable', 'enable', 'delete', 'last used', 'Terraform', 'automation'],
      },
      ru: {
        title: 'API-ключи',
        summary: 'Создание ключей для скриптов и инструментов, ограничение их прав и адресов, перевыпуск, отключение и удаление.',
        sections: [
          {
            heading: 'Зачем нужны API-ключи',
            paragraphs: [
              'API-ключ позволяет скриптам, CI-конвейерам и инструментам вроде Terraform управлять услугами через API без вашего пароля. Ключами управляют на вкладке «API-ключи» в разделе «Профиль и настройки»; её также можно открыть по ссылке «API-ключи» в блоке «Профиль» на главной странице панели.',
              'Ключ работает от вашего имени: с ним инструмент может делать то же, что разрешено вам в аккаунте, и не больше. У каждого человека свои ключи: вы видите и управляете только своими, и никто другой в аккаунте, в том числе главный администратор, их не видит. Когда главный администратор удаляет пользователя из аккаунта, ключи этого пользователя сразу отзываются.',
            ],
          },
          {
            heading: 'Как создать ключ',
            paragraphs: [
              'Нажмите «Создать ключ» и дайте ключу название, по которому понятно, где он используется, например «Деплой из CI». Названия ваших ключей не должны повторяться.',
              'Выберите «Доступ»: «Полный доступ» разрешает всё, что вам доступно через API, кроме управления ключами и безопасностью аккаунта; «Только чтение» позволяет только читать данные — ключом только для чтения ничего изменить нельзя. Ключу для мониторинга или отчётов обычно достаточно доступа «Только чтение».',
              'Выберите «Срок действия»: «30 дней», «90 дней», «1 год» или «Бессрочно». Когда срок закончится, ключ получит статус «Истёк» и запросы с ним будут отклоняться. Продлить срок нельзя, поэтому создайте новый ключ заранее.',
            ],
          },
          {
            heading: 'Разрешённые IP-адреса',
            paragraphs: [
              'В поле «Разрешённые IP-адреса» можно указать адреса, с которых разрешено пользоваться ключом, по одному в строке: адрес IPv4 или IPv6 или диапазон CIDR, например 203.0.113.5 или 203.0.113.0/24, не больше 20. Кнопка «Добавить мой адрес» добавляет адрес, с которого вы работаете сейчас. Поле необязательное.',
              'Запросы с ключом с любого другого адреса отклоняются, даже если секрет верный. Оставьте поле пустым, чтобы разрешить любой адрес.',
            ],
          },
          {
            heading: 'Секрет показывается один раз',
            paragraphs: [
              'Сразу после создания панель покажет секрет ключа и кнопку «Копировать». Скопируйте секрет и сохраните его в хранилище секретов: он показывается только в этот раз и больше нигде, в том числе в списке ключей, не появится.',
              'Потерянный секрет повторно посмотреть нельзя: нажмите «Перевыпустить», чтобы получить новый секрет, или создайте новый ключ, переключите на него свои инструменты и удалите старый.',
            ],
          },
          {
            heading: 'Как передавать ключ',
            paragraphs: [
              'Передавайте секрет в заголовке Authorization каждого запроса после слова Bearer: «Authorization: Bearer ccp_…», где вместо «ccp_…» стоит весь секрет ключа. Пример запроса показан в блоке «Как пользоваться ключом» на вкладке.',
              'Запрос отклоняется с объяснением причины, если ключ удалён, отключён или истёк, если запрос пришёл с неразрешённого адреса или если ключ только для чтения пытается что-то изменить.',
              'Некоторые действия ключом недоступны совсем, какой бы у него ни был доступ: создание, переименование, перевыпуск, отключение и удаление ключей, смена пароля, включение и отключение двухэтапной аутентификации, просмотр и завершение сеансов. Это делается только в панели после входа с паролем, чтобы ключ, попавший к посторонним, не позволил захватить аккаунт.',
            ],
          },
          {
            heading: 'Список ключей',
            paragraphs: [
              'В списке указаны название ключа, сам ключ в скрытом виде — видны только первые и последние символы, — его доступ и разрешённые адреса, дата создания, срок действия и статус: «Активен», «Отключён» или «Истёк». Полностью секрет в списке не отображается.',
              'В столбце «Последнее использование» видно, когда и с какого адреса ключ использовали в последний раз, или «Не использовался». Ключ, которым давно не пользовались, скорее всего, больше не нужен: отключите его, а если ничего не сломается — удалите.',
              'Действия с ключом собраны в меню в конце его строки.',
            ],
          },
          {
            heading: 'Перевыпуск ключа',
            paragraphs: [
              '«Перевыпустить» выдаёт активному ключу новый секрет — он показывается один раз, с кнопкой «Копировать», — а название, доступ, срок действия и разрешённые адреса остаются прежними. Прежний секрет продолжает работать 24 часа, чтобы вы успели перенастроить инструменты; до какого времени — видно в списке. Потом прежний секрет перестаёт действовать.',
              'Отключённый или истёкший ключ перевыпустить нельзя. Если перевыпустить ключ ещё раз в течение этих 24 часов, более старый секрет сразу перестанет работать: 24 часа действует только секрет, который заменили последним.',
            ],
          },
          {
            heading: 'Переименование, отключение, включение и удаление',
            paragraphs: [
              '«Переименовать» меняет только название: секрет и работа ключа остаются прежними.',
              '«Отключить» отклоняет все запросы с ключом, пока вы не нажмёте «Включить», — так удобно проверить, используется ли ещё ключ, или сразу остановить ключ, пока вы выясняете, не попал ли он к посторонним.',
              '«Удалить» просит ввести название ключа; кнопка «Удалить» станет доступна, когда название совпадёт. Удаление необратимо: все инструменты, которые используют ключ, сразу перестанут работать.',
            ],
          },
          {
            heading: 'Как хранить ключи',
            paragraphs: [
              'Не добавляйте ключи в репозитории и не пересылайте их в мессенджерах. Заведите отдельный ключ для каждой интеграции, дайте ему только нужный доступ, срок действия и, если адреса известны, разрешённые IP-адреса.',
              'Смена пароля не влияет на ключи. Если ключ мог попасть к посторонним, сразу отключите его, затем перевыпустите или создайте новый ключ, а старый удалите.',
            ],
          },
        ],
        keywords: ['API-ключи', 'API', 'токен', 'секрет', 'Bearer', 'заголовок Authorization', 'полный доступ', 'только чтение', 'срок действия', 'IP-адреса', 'CIDR', 'разрешённые адреса', 'перевыпустить', 'переименовать', 'отключить', 'включить', 'удалить', 'последнее использование', 'Terraform', 'автоматизация'],
      },
    },
  },
  {
    slug: 'login-history',
    topic: 'security',
    updatedAt: '2026-10-25',
    text: {
      en: {
        title: 'Login history and active sessions',
        summary: 'See who logged in to the account and when, end sessions you do not recognize.',
        sections: [
          {
            heading: 'What the login history shows',
            paragraphs: [
              'Click “Login history” in the “Profile” block of the Control panel home page, or open the “Security” tab of “Profile and settings”. Every entry shows the date and time, the browser and device, and whether the login succeeded.',
              'The main administrator sees the logins of all users of the account; a user sees only their own.',
            ],
          },
          {
            heading: 'Active sessions',
            paragraphs: [
              'The “Security” tab also lists the sessions in which you are logged in now. End a session to log that browser out; the current session is marked so that you do not end it by mistake.',
            ],
          },
          {
            heading: 'Failed attempts',
            paragraphs: [
              'After several failed attempts in a row, logging in with that email is blocked for a short time. The panel shows how long to wait before trying again.',
            ],
          },
          {
            heading: 'If you see a login you do not recognize',
            paragraphs: [
              'Change the password at once, end all other sessions and turn on two-step authentication. Then create a ticket: support will help check what was done in the account.',
            ],
          },
        ],
        keywords: ['login history', 'sessions', 'active sessions', 'log out', 'failed login', 'security', 'suspicious login'],
      },
      ru: {
        title: 'История входов и активные сеансы',
        summary: 'Кто и когда входил в аккаунт и как завершить незнакомые сеансы.',
        sections: [
          {
            heading: 'Что показывает история входов',
            paragraphs: [
              'Нажмите «История входов» в блоке «Профиль» на главной странице панели управления или откройте вкладку «Безопасность» в разделе «Профиль и настройки». Для каждого входа указаны дата и время, браузер и устройство, а также результат — успешно или нет.',
              'Главный администратор видит входы всех пользователей аккаунта, пользователь — только свои.',
            ],
          },
          {
            heading: 'Активные сеансы',
            paragraphs: [
              'На вкладке «Безопасность» также перечислены сеансы, в которых сейчас выполнен вход. Завершите сеанс, чтобы выйти из аккаунта в этом браузере; текущий сеанс отмечен, чтобы его не завершить по ошибке.',
            ],
          },
          {
            heading: 'Неудачные попытки входа',
            paragraphs: [
              'После нескольких неудачных попыток подряд вход с этой почтой ненадолго блокируется. Панель покажет, сколько нужно подождать перед следующей попыткой.',
            ],
          },
          {
            heading: 'Если вы видите чужой вход',
            paragraphs: [
              'Сразу смените пароль, завершите все остальные сеансы и включите двухэтапную аутентификацию. Затем создайте тикет — поддержка поможет проверить, какие действия выполнялись в аккаунте.',
            ],
          },
        ],
        keywords: ['история входов', 'сеансы', 'активные сеансы', 'выход', 'неудачный вход', 'безопасность', 'подозрительный вход'],
      },
    },
  },
]
