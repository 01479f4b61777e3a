// Knowledge-base article about the users of an account and their roles.
import type { KnowledgeBaseArticle } from './types'

export const usersArticles: KnowledgeBaseArticle[] = [
  {
    slug: 'add-user',
    topic: 'users',
    updatedAt: '2026-12-01',
    text: {
      en: {
        title: 'Add a user to the account',
        summary: 'Roles in the account, inviting colleagues by email, accepting an invitation, what “Not activated” means and removing a user.',
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
              'Open “Profile and settings”, go to the “Users” tab and click “Add user”. Enter the colleague’s email and name and click “Send invitation”. Only the main administrator can add users.',
              'An email that already belongs to a user of any account cannot be invited: ask the colleague for another address. If the person has already been invited to your account and has not accepted yet, use “Resend invitation” instead.',
            ],
          },
          {
            heading: 'The invitation email',
            paragraphs: [
              'We send an invitation to that address. It says who invites the colleague and to which account, and contains a link to accept the invitation. The link is valid for 72 hours; the list of users shows until when.',
              'The email is in the language the panel was shown in when the user was added.',
            ],
          },
          {
            heading: 'Accept the invitation',
            paragraphs: [
              'The link opens the invitation page. The colleague sets a password by the same rules as at registration: 8 to 128 characters, with at least one letter and one digit. They enter it twice and click “Accept invitation”.',
              'After that they are logged in to the account as a user, and from then on they log in with the invitation’s email and this password. A link can be accepted only once: opened again, it offers to log in.',
            ],
          },
          {
            heading: 'Status “Not activated”',
            paragraphs: [
              'Until the colleague accepts the invitation and sets a password, the user has the status “Not activated” and cannot log in.',
              'If the email got lost or went to spam, click “Resend invitation” next to the user in the list. The invitation can be sent again at most once a minute. Each new email has a new link, and the link of the previous one stops working: tell the colleague to open the latest email.',
              'Check the address carefully: to fix a typo, remove the user and add them again.',
            ],
          },
          {
            heading: 'If the link has expired',
            paragraphs: [
              'When 72 hours have passed, the list of users says “The invitation has expired”, and the link opens a page that says so and offers “Ask for a new invitation”. The main administrator then receives an email asking to send the invitation again.',
              'Send it with “Resend invitation”: the new invitation, with a new link valid for 72 hours, comes to the same email.',
            ],
          },
          {
            heading: 'Remove a user',
            paragraphs: [
              'Click “Remove” next to the user on the “Users” tab and confirm when the person no longer needs access, for example when an employee leaves. Their sessions end at once, so they are logged out everywhere, and their API keys are revoked: scripts and tools that use those keys stop working.',
              'The tickets they created stay in the account. To work in the account again, the person needs a new invitation.',
            ],
          },
          {
            heading: 'Changing the main administrator',
            paragraphs: [
              'The main administrator cannot be removed from the account. If the role must pass to another person, create a ticket from the account of the current main administrator.',
            ],
          },
        ],
        keywords: ['users', 'add user', 'invite', 'invitation', 'invitation link', 'accept invitation', 'roles', 'main administrator', 'not activated', 'resend invitation', 'expired invitation', 'new invitation', 'remove user', 'API keys'],
      },
      ru: {
        title: 'Добавление пользователя в аккаунт',
        summary: 'Роли в аккаунте, приглашение коллег по электронной почте, как принять приглашение, что означает статус «Не активирован» и как удалить пользователя.',
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
              'Откройте «Профиль и настройки», перейдите на вкладку «Пользователи» и нажмите «Добавить пользователя». Укажите электронную почту и имя коллеги и нажмите «Отправить приглашение». Добавлять пользователей может только главный администратор.',
              'Почту, которая уже принадлежит пользователю какого-либо аккаунта, пригласить нельзя: попросите у коллеги другой адрес. Если человек уже приглашён в ваш аккаунт, но ещё не принял приглашение, воспользуйтесь кнопкой «Отправить приглашение повторно».',
            ],
          },
          {
            heading: 'Письмо с приглашением',
            paragraphs: [
              'Мы отправим на этот адрес приглашение. В нём сказано, кто и в какой аккаунт приглашает коллегу, и есть ссылка, чтобы принять приглашение. Ссылка действует 72 часа; до какого времени — видно в списке пользователей.',
              'Письмо написано на том языке, на котором была открыта панель, когда добавляли пользователя.',
            ],
          },
          {
            heading: 'Как принять приглашение',
            paragraphs: [
              'Ссылка открывает страницу приглашения. Коллега задаёт пароль по тем же правилам, что и при регистрации: от 8 до 128 символов, в том числе хотя бы одна буква и одна цифра. Пароль нужно ввести дважды и нажать «Принять приглашение».',
              'После этого коллега сразу входит в аккаунт как пользователь, а дальше входит с почтой из приглашения и этим паролем. Принять приглашение по ссылке можно только один раз: если открыть её снова, страница предложит войти.',
            ],
          },
          {
            heading: 'Статус «Не активирован»',
            paragraphs: [
              'Пока коллега не примет приглашение и не задаст пароль, у пользователя статус «Не активирован» и войти в панель он не может.',
              'Если письмо потерялось или попало в спам, нажмите «Отправить приглашение повторно» рядом с пользователем в списке. Повторно отправлять приглашение можно не чаще раза в минуту. В каждом новом письме новая ссылка, а ссылка из предыдущего перестаёт действовать: попросите коллегу открыть последнее письмо.',
              'Внимательно проверяйте адрес: чтобы исправить опечатку, удалите пользователя и добавьте заново.',
            ],
          },
          {
            heading: 'Если срок ссылки истёк',
            paragraphs: [
              'Через 72 часа в списке пользователей появится надпись «Срок приглашения истёк», а ссылка откроет страницу, где сказано об этом и есть кнопка «Попросить новое приглашение». Главный администратор получит письмо с просьбой отправить приглашение ещё раз.',
              'Отправьте его кнопкой «Отправить приглашение повторно»: новое приглашение с новой ссылкой, которая действует 72 часа, придёт на ту же почту.',
            ],
          },
          {
            heading: 'Как удалить пользователя',
            paragraphs: [
              'Нажмите «Удалить» рядом с пользователем на вкладке «Пользователи» и подтвердите удаление, когда доступ ему больше не нужен, — например, если сотрудник увольняется. Все его сеансы сразу завершаются, то есть он выходит из панели везде, а его API-ключи отзываются: скрипты и инструменты, которые их используют, перестают работать.',
              'Созданные им тикеты остаются в аккаунте. Чтобы снова работать в аккаунте, ему понадобится новое приглашение.',
            ],
          },
          {
            heading: 'Смена главного администратора',
            paragraphs: [
              'Главного администратора нельзя удалить из аккаунта. Если эту роль нужно передать другому человеку, создайте тикет из аккаунта текущего главного администратора.',
            ],
          },
        ],
        keywords: ['пользователи', 'добавить пользователя', 'пригласить', 'приглашение', 'ссылка приглашения', 'принять приглашение', 'роли', 'главный администратор', 'не активирован', 'отправить приглашение повторно', 'срок приглашения истёк', 'новое приглашение', 'удалить пользователя', 'API-ключи'],
      },
    },
  },
]
