// The invitation emails, in the recipient's language (their saved interface language, else the
// account's): the invitation with its link to /invite/<token>, and the invited person's request
// for a new link, which goes to the account's main administrators. Tab and role names are the
// interface's (kernel/labels.ts).
import type { Locale } from '@/api/types'
import { uiLabel } from '../kernel/labels'
import type { DbAccount, DbInvitation, DbState, DbUser } from '../kernel/schema'
import { sendMail } from '../mailbox/service'
import { languageOf, moscowTime } from '../security/mails'
import { invitationPath, USERS_TAB_PATH } from './service'

const ACCEPT_LABEL: Record<Locale, string> = { ru: 'Принять приглашение', en: 'Accept the invitation' }

/** «Профиль и настройки» → «Пользователи», as the interface names the tab. */
const usersTab = (language: Locale) =>
  language === 'ru' ? `«${uiLabel('ru', 'nav.profile')}» → «${uiLabel('ru', 'profile.tabs.users')}»` : `${uiLabel('en', 'nav.profile')} → ${uiLabel('en', 'profile.tabs.users')}`

const nameOf = (user: DbUser) => user.name.trim() || user.email

/** The invitation (or a resent one) to `invitee`, dated when the link was sent (the seed's is in the past). */
export function sendInvitationMail(db: DbState, invitee: DbUser, inviter: DbUser, account: DbAccount, token: string, invitation: DbInvitation): void {
  const language = languageOf(db, invitee)
  const until = moscowTime(language, Date.parse(invitation.expiresAt))
  const role = uiLabel(language, 'role.user')
  const [subject, paragraphs] =
    language === 'ru'
      ? [
          `Приглашение в учётную запись № ${account.number}`,
          [
            `Здравствуйте, ${invitee.name}!`,
            `${nameOf(inviter)} приглашает вас в учётную запись № ${account.number} панели управления с ролью «${role}».`,
            `Чтобы принять приглашение, откройте ссылку и задайте пароль. Ссылка действует до ${until}.`,
            'Если вы не ждали этого письма, просто не отвечайте на него.',
          ],
        ]
      : [
          `Invitation to account No. ${account.number}`,
          [
            `Hello ${invitee.name},`,
            `${nameOf(inviter)} invites you to account No. ${account.number} of the control panel with the role ${role}.`,
            `To accept the invitation, open the link and set a password. The link works until ${until}.`,
            'If you did not expect this email, you can ignore it.',
          ],
        ]
  sendMail(db, {
    to: invitee.email,
    accountId: account.id,
    kind: 'invitation',
    subject,
    text: paragraphs.join('\n\n'),
    links: [{ label: ACCEPT_LABEL[language], href: invitationPath(token) }],
    sentAt: invitation.sentAt,
  })
}

/** The invited person asks for a new link: each active main administrator gets it in their language. */
export function sendRenewalRequestMail(db: DbState, invitee: DbUser, account: DbAccount, at: number): void {
  const expiresAt = Date.parse(invitee.invitation?.expiresAt ?? new Date(at).toISOString())
  const expired = expiresAt <= at
  const admins = db.users.filter((u) => u.accountId === account.id && u.role === 'admin' && u.status === 'active')
  for (const admin of admins) {
    const language = languageOf(db, admin)
    const until = moscowTime(language, expiresAt)
    const who = `${invitee.name} (${invitee.email})`
    const [subject, paragraphs] =
      language === 'ru'
        ? [
            'Просьба прислать новое приглашение',
            [
              'Здравствуйте!',
              `${who} просит отправить приглашение в учётную запись № ${account.number} ещё раз. Ссылка ${expired ? 'действовала' : 'действует'} до ${until}.`,
              `Отправить приглашение снова можно в разделе ${usersTab('ru')}.`,
            ],
          ]
        : [
            'A request for a new invitation',
            [
              'Hello,',
              `${who} asks for the invitation to account No. ${account.number} to be sent again. The link ${expired ? 'was' : 'is'} valid until ${until}.`,
              `Send the invitation again in ${usersTab('en')}.`,
            ],
          ]
    sendMail(db, {
      to: admin.email,
      accountId: account.id,
      kind: 'invitation-renewal-request',
      subject,
      text: paragraphs.join('\n\n'),
      links: [{ label: uiLabel(language, 'profile.tabs.users'), href: USERS_TAB_PATH }],
    })
  }
}
