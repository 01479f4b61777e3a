// Context help: Log in, registration and the invitation link. Plain text only (rendered as text, never as HTML).
import type { ContextHelpEntry } from './types'

export const authHelp: Record<string, ContextHelpEntry> = {
  login: {
    articleSlugs: ['register-account', 'change-password', 'two-step-authentication'],
    text: {
      en: {
        title: 'Log in',
        paragraphs: [
          'Log in with the email and password of your account. If two-step authentication is on, the panel then asks for the code the authenticator app shows, or one of the backup codes (each works once).',
          'After several failed attempts, logging in with that email is blocked for a short time. No account yet? Register one.',
        ],
      },
      ru: {
        title: 'Вход',
        paragraphs: [
          'Войдите с почтой и паролем от аккаунта. Если включена двухэтапная аутентификация, панель затем запросит код, который показывает приложение-аутентификатор, или один из резервных кодов (каждый действует один раз).',
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
  invitation: {
    articleSlugs: ['add-user', 'change-password'],
    text: {
      en: {
        title: 'Invitation',
        paragraphs: [
          'The main administrator of an account invited you by email. Set a password by the registration rules and click “Accept invitation”: you are logged in as a user of that account and from then on log in with the invitation’s email and this password.',
          'The link works for 72 hours and only once. An expired link offers “Ask for a new invitation”, which asks the administrator to send one; a link replaced by a newer invitation is not valid: open the link of the latest email.',
        ],
      },
      ru: {
        title: 'Приглашение',
        paragraphs: [
          'Главный администратор аккаунта пригласил вас по электронной почте. Задайте пароль по правилам регистрации и нажмите «Принять приглашение»: вы войдёте как пользователь этого аккаунта и дальше будете входить с почтой из приглашения и этим паролем.',
          'Ссылка действует 72 часа и только один раз. Для истёкшей ссылки есть кнопка «Попросить новое приглашение» — администратор получит просьбу отправить его; ссылка, которую заменило более новое приглашение, недействительна: откройте ссылку из последнего письма.',
        ],
      },
    },
  },
}
