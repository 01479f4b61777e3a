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
}
