// Context help: Profile and settings tabs. Plain text only (rendered as text, never as HTML).
import type { ContextHelpEntry } from './types'

export const profileHelp: Record<string, ContextHelpEntry> = {
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
          '“Change password” opens the password form; “Login history” lists every attempt to log in, with where it came from and its result.',
          '“Two-step authentication”: “Turn on” asks for your password, shows a QR code and the secret key for an authenticator app (Google Authenticator, Yandex Key and the like), and finishes with the 6-digit code the app shows. Then 10 one-time backup codes appear once: “Download” or “Copy” them and keep them safe; each logs you in once without the phone. “Turn off” and “New backup codes” need the password and a code from the app or a backup code.',
          '“Active sessions” lists the browsers and devices logged in to your account, with the IP address, location and last activity; yours is marked “This device”. “End session” logs that browser out at its next request, “End all other sessions” logs out every one but this. If you see one you do not recognize, end it and change the password.',
        ],
      },
      ru: {
        title: 'Безопасность',
        paragraphs: [
          '«Сменить пароль» открывает форму смены пароля; «История входов» показывает все попытки входа — откуда они были сделаны и с каким результатом.',
          '«Двухэтапная аутентификация»: «Включить» запрашивает пароль, показывает QR-код и секретный ключ для приложения-аутентификатора (Google Authenticator, Яндекс Ключ и подобных) и завершается 6-значным кодом из приложения. Затем один раз показываются 10 одноразовых резервных кодов: сохраните их кнопкой «Скачать» или «Копировать» и храните в надёжном месте — каждый позволяет один раз войти без телефона. «Выключить» и «Новые резервные коды» требуют пароль и код из приложения или резервный код.',
          '«Активные сеансы» — браузеры и устройства, на которых выполнен вход в аккаунт, с IP-адресом, местоположением и последней активностью; ваш отмечен «Это устройство». «Завершить сеанс» выводит этот браузер из панели при следующем запросе, «Завершить все другие сеансы» — все, кроме этого. Если видите незнакомый сеанс, завершите его и смените пароль.',
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
          'Every attempt to log in, newest first: the date and time (Moscow time), the IP address and location it came from, the device and browser, and the result: “Success”, “Wrong password”, “Wrong code” (of two-step authentication) or “Blocked” (too many failed attempts in a row).',
          'The main administrator sees the attempts of every user of the account and can show one user’s with the “User” filter; a user sees only their own.',
          'If you see an attempt you do not recognize, change the password, end the other sessions under “Active sessions” on the Security tab, turn on two-step authentication and create a ticket.',
        ],
      },
      ru: {
        title: 'История входов',
        paragraphs: [
          'Все попытки входа, сначала новые: дата и время (по Москве), IP-адрес и местоположение, с которых они были сделаны, устройство и браузер и результат: «Успешно», «Неверный пароль», «Неверный код» (двухэтапной аутентификации) или «Заблокировано» (слишком много неудачных попыток подряд).',
          'Главный администратор видит попытки всех пользователей аккаунта и может показать попытки одного из них фильтром «Пользователь»; пользователь видит только свои.',
          'Если видите незнакомую попытку, смените пароль, завершите остальные сеансы в блоке «Активные сеансы» на вкладке «Безопасность», включите двухэтапную аутентификацию и создайте тикет.',
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
          'Enter the current password, then the new one twice, and click “Change password”.',
          'The new password must be 8 to 128 characters long, contain at least one letter and one digit, and differ from the current one. Do not reuse passwords from other sites.',
          'After the change every other session of your user ends: other browsers and devices log in again with the new password. You stay logged in here, and an email tells you the password was changed.',
        ],
      },
      ru: {
        title: 'Смена пароля',
        paragraphs: [
          'Введите текущий пароль, затем дважды новый и нажмите «Сменить пароль».',
          'Новый пароль должен содержать от 8 до 128 символов, в том числе хотя бы одну букву и одну цифру, и отличаться от текущего. Не используйте пароли от других сайтов.',
          'После смены все остальные сеансы вашего пользователя завершаются: в других браузерах и на других устройствах нужно войти с новым паролем. Здесь вы останетесь в панели, а письмо сообщит о смене пароля.',
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
          'A key lets scripts and tools such as Terraform call the API as you, without your password: send its secret in the “Authorization: Bearer …” header of each request. Each person manages their own keys.',
          '“Create key” asks for a name, the access (“Full access” or “Read only”: a read-only key gets 403 on any change), the expiry (“30 days”, “90 days”, “1 year” or “No expiry”) and, optionally, the allowed IP addresses, one address or CIDR range per line (“Add my address” adds the one you are using now). The secret is shown once, with “Copy”: you will not see it again.',
          'The list shows each key masked (its first and last characters), its access, dates, when and from which address it was last used, and its status: “Active”, “Disabled” or “Expired”. “Rename” keeps the secret; “Disable” refuses every request with the key until “Enable”; “Rotate” gives a new secret, shown once, while the old one keeps working for 24 hours; “Delete” asks you to type the key’s name and refuses the key at once.',
          'A key cannot create keys, change the password or end sessions: that is done here, after logging in.',
        ],
      },
      ru: {
        title: 'API-ключи',
        paragraphs: [
          'Ключ позволяет скриптам и инструментам, например Terraform, работать с API от вашего имени без пароля: передавайте его секрет в заголовке «Authorization: Bearer …» каждого запроса. Каждый управляет своими ключами.',
          '«Создать ключ» запрашивает название, доступ («Полный доступ» или «Только чтение»: ключ только для чтения получает 403 на любое изменение), срок действия («30 дней», «90 дней», «1 год» или «Бессрочно») и, по желанию, разрешённые IP-адреса — по одному адресу или диапазону CIDR в строке («Добавить мой адрес» добавляет тот, с которого вы работаете сейчас). Секрет показывается один раз, с кнопкой «Копировать»: больше вы его не увидите.',
          'В списке ключи показаны скрытыми (видны первые и последние символы), с доступом, датами, временем и адресом последнего использования и статусом: «Активен», «Отключён» или «Истёк». «Переименовать» сохраняет секрет; «Отключить» отклоняет все запросы с ключом, пока вы его не включите; «Перевыпустить» выдаёт новый секрет, показанный один раз, а прежний действует ещё 24 часа; «Удалить» просит ввести название ключа и сразу отключает его навсегда.',
          'Ключом нельзя создать ключи, сменить пароль или завершить сеансы: это делается здесь, после входа в панель.',
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
          '“Add user” emails an invitation to the colleague’s address with a link where they set a password. Until then the user is “Not activated”; the link works for 72 hours. An email that already belongs to a user of any account cannot be invited.',
          '“Resend invitation” sends a new link (at most once a minute); the link of the previous email stops working. “Remove” takes the person out of the account: their sessions end at once and their API keys are revoked. The main administrator cannot be removed.',
          'A user manages services and can top up the balance, but does not see billing documents, user management or GDPR. Only the main administrator can add and remove users.',
        ],
      },
      ru: {
        title: 'Пользователи',
        paragraphs: [
          '«Добавить пользователя» отправляет на почту коллеги приглашение со ссылкой, по которой он задаёт пароль. До этого пользователь «Не активирован»; ссылка действует 72 часа. Почту, которая уже принадлежит пользователю какого-либо аккаунта, пригласить нельзя.',
          '«Отправить приглашение повторно» присылает новую ссылку (не чаще раза в минуту), ссылка из предыдущего письма перестаёт действовать. «Удалить» убирает человека из аккаунта: его сеансы сразу завершаются, а API-ключи отзываются. Главного администратора удалить нельзя.',
          'Пользователь управляет услугами и может пополнять баланс, но не видит финансовые документы, управление пользователями и GDPR. Добавлять и удалять пользователей может только главный администратор.',
        ],
      },
    },
  },
}
