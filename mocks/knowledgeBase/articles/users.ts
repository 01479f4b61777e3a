// Knowledge-base article about the users of an account and their roles.
import type { KnowledgeBaseArticle } from './types'

export const usersArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'add-user',
    topic: 'users',
    updatedAt: '2026-11-08',
    text: {
      en: {
        title: 'Add a user to the account',
        summary: 'Roles in the account, inviting colleagues by email, and what “Not activated” means.',
        sections: [
          {
            heading: 'Roles: main administrator and user',
            paragraphs: [
              'The main administrator is the person who registered the account. They see and can do everything: manage services and users, change company information, receive billing documents.',
              'A user manages services and can top up the balance. A user sees company information read-only, can edit their own contact details and sees only their own login history. Billing documents, user management, GDPR, original billing documents and passport data are not available to a user.',
            ],
          },
          {
            heading: 'Invite a user',
            paragraphs: [
              'Open “Profile and settings”, go to the “Users” tab, add a user and enter their email. We send an invitation to that address. Only the main administrator can add users.',
            ],
          },
          {
            heading: 'Status “Not activated”',
            paragraphs: [
              'Until the colleague accepts the invitation and sets a password, the user has the status “Not activated” and cannot log in.',
              'If the email got lost or went to spam, re-send the invitation from the list of users. Check the address carefully: to fix a typo, remove the user and add them again.',
            ],
          },
          {
            heading: 'Remove a user',
            paragraphs: [
              'Remove a user from the list on the “Users” tab when the person no longer needs access, for example when an employee leaves. The user loses access to the account immediately; the tickets they created stay in the account.',
            ],
          },
          {
            heading: 'Changing the main administrator',
            paragraphs: [
              'The main administrator cannot be removed from the account. If the role must pass to another person, create a ticket from the account of the current main administrator.',
            ],
          },
        ],
        keywords: ['users', 'add user', 'invite', 'invitation', 'roles', 'main administrator', 'not activated', 're-send', 'remove user'],
      },
      ru: {
        title: 'Добавление пользователя в аккаунт',
        summary: 'Роли в аккаунте, приглашение коллег по электронной почте и что означает статус «Не активирован».',
        sections: [
          {
            heading: 'Роли: главный администратор и пользователь',
            paragraphs: [
              'Главный администратор — тот, кто зарегистрировал аккаунт. Ему доступно всё: управление услугами и пользователями, изменение данных компании, финансовые документы.',
              'Пользователь управляет услугами и может пополнять баланс. Данные компании он видит без возможности редактирования, может менять свои контактные данные и видит только свою историю входов. Финансовые документы, управление пользователями, GDPR, оригиналы финансовых документов и паспортные данные пользователю недоступны.',
            ],
          },
          {
            heading: 'Как пригласить пользователя',
            paragraphs: [
              'Откройте «Профиль и настройки», перейдите на вкладку «Пользователи», добавьте пользователя и укажите его электронную почту. Мы отправим на этот адрес приглашение. Добавлять пользователей может только главный администратор.',
            ],
          },
          {
            heading: 'Статус «Не активирован»',
            paragraphs: [
              'Пока коллега не примет приглашение и не задаст пароль, у пользователя статус «Не активирован» и войти в панель он не может.',
              'Если письмо потерялось или попало в спам, отправьте приглашение повторно из списка пользователей. Внимательно проверяйте адрес: чтобы исправить опечатку, удалите пользователя и добавьте заново.',
            ],
          },
          {
            heading: 'Как удалить пользователя',
            paragraphs: [
              'Удалите пользователя на вкладке «Пользователи», когда доступ ему больше не нужен, — например, если сотрудник увольняется. Доступ к аккаунту пропадает сразу, а созданные им тикеты остаются в аккаунте.',
            ],
          },
          {
            heading: 'Смена главного администратора',
            paragraphs: [
              'Главного администратора нельзя удалить из аккаунта. Если эту роль нужно передать другому человеку, создайте тикет из аккаунта текущего главного администратора.',
            ],
          },
        ],
        keywords: ['пользователи', 'добавить пользователя', 'пригласить', 'приглашение', 'роли', 'главный администратор', 'не активирован', 'повторно отправить', 'удалить пользователя'],
      },
    },
  },
]
