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
    updatedAt: '2026-11-12',
    text: {
      en: {
        title: 'API keys',
        summary: 'Create keys for scripts and tools, and rename, disable or delete them.',
        sections: [
          {
            heading: 'What API keys are for',
            paragraphs: [
              'An API key lets scripts, CI pipelines and infrastructure tools such as Terraform manage services through the API without your password. Keys are managed on the “API keys” tab of “Profile and settings”; you can also open it from “API keys” in the “Profile” block of the Control panel home page.',
            ],
          },
          {
            heading: 'Create a key',
            paragraphs: [
              'Create a key and give it a name that says where it is used, for example “CI deploy”. The secret is shown only once, right after creation: copy it and store it in a secrets manager.',
              'If the secret is lost, it cannot be shown again. Create a new key, switch your tools to it and delete the old one.',
            ],
          },
          {
            heading: 'The list of keys',
            paragraphs: [
              'The list shows each key’s name, a masked secret with only the last characters visible, the creation date and the status. The full secret is never shown in the list.',
            ],
          },
          {
            heading: 'Rename, disable or delete',
            paragraphs: [
              'Renaming does not affect how the key works. A disabled key is refused on every request until you enable it again: this is a safe way to check whether a key is still used.',
              'Deleting a key is permanent, and every tool that uses it stops working at once.',
            ],
          },
          {
            heading: 'Keep keys safe',
            paragraphs: [
              'Never commit keys to a repository or send them in messengers. Use a separate key for every integration, and if a key may have leaked, disable it immediately and create a new one.',
            ],
          },
        ],
        keywords: ['API keys', 'API', 'token', 'secret', 'rename', 'disable', 'delete', 'Terraform', 'automation'],
      },
      ru: {
        title: 'API-ключи',
        summary: 'Создание ключей для скриптов и инструментов, их переименование, отключение и удаление.',
        sections: [
          {
            heading: 'Зачем нужны API-ключи',
            paragraphs: [
              'API-ключ позволяет скриптам, CI-конвейерам и инструментам вроде Terraform управлять услугами через API без вашего пароля. Ключами управляют на вкладке «API-ключи» в разделе «Профиль и настройки»; её также можно открыть по ссылке «API-ключи» в блоке «Профиль» на главной странице панели.',
            ],
          },
          {
            heading: 'Как создать ключ',
            paragraphs: [
              'Создайте ключ и дайте ему понятное название, например «Деплой из CI». Секрет показывается только один раз — сразу после создания: скопируйте его и сохраните в хранилище секретов.',
              'Потерянный секрет повторно посмотреть нельзя. Создайте новый ключ, переключите на него свои инструменты и удалите старый.',
            ],
          },
          {
            heading: 'Список ключей',
            paragraphs: [
              'В списке указаны название ключа, скрытый секрет, у которого видны только последние символы, дата создания и статус. Полностью секрет в списке не отображается.',
            ],
          },
          {
            heading: 'Переименование, отключение и удаление',
            paragraphs: [
              'Переименование не влияет на работу ключа. Запросы с отключённым ключом отклоняются, пока вы снова его не включите, — так удобно проверить, используется ли ещё ключ.',
              'Удаление необратимо: все инструменты, которые используют ключ, сразу перестанут работать.',
            ],
          },
          {
            heading: 'Как хранить ключи',
            paragraphs: [
              'Не добавляйте ключи в репозитории и не пересылайте их в мессенджерах. Заведите отдельный ключ для каждой интеграции, а если ключ мог попасть к посторонним, сразу отключите его и создайте новый.',
            ],
          },
        ],
        keywords: ['API-ключи', 'API', 'токен', 'секрет', 'переименовать', 'отключить', 'удалить', 'Terraform', 'автоматизация'],
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
