// The Business account's users, relative to when the data is seeded: the colleague
// user.business.resident accepted an invitation weeks ago, and Павел Соколов was invited a day ago
// and has not accepted yet; his invitation mail is in the mock mailbox with a link whose token is
// known (README: "QA endpoints (mock only)"), so QA can open /invite/<token> at once.
// The seed is synchronous and Web Crypto is not, so the token hashes are precomputed:
//   node -e "console.log(require('crypto').createHash('sha256').update('<token>').digest('hex'))"
import type { DbInvitation, DbState, DbUser } from '../kernel/schema'
import { sendInvitationMail } from './mails'
import { INVITATION_TTL_MS } from './service'

const HOUR = 3_600_000
const DAY = 24 * HOUR

const ACCOUNT_ID = 'acc-business-res'
const ADMIN_ID = 'usr-business-res'
const COLLEAGUE_ID = 'usr-business-res-user'

/** The token of Павел Соколов's invitation link, `/invite/demo-invite-pavel-sokolov` (in the README). */
export const SEEDED_INVITATION_TOKEN = 'demo-invite-pavel-sokolov'
const SEEDED_INVITATION_TOKEN_HASH = 'db1b2367c66e8e3770efdde34e4176382f994aae226c2db13c80098a08aaa314'
/** The colleague's used link: SHA-256 of 'seed-accepted-invitation-dmitry-orlov' (it says "used"). */
const ACCEPTED_TOKEN_HASH = '833c026d8461cf628b8112afb111d494377432725c372a5e8b941b162624fa2c'

const iso = (at: number) => new Date(at).toISOString()

export function seedInvitations(db: DbState, seededAt: number): void {
  const account = db.accounts.find((a) => a.id === ACCOUNT_ID)
  const admin = db.users.find((u) => u.id === ADMIN_ID)
  const colleague = db.users.find((u) => u.id === COLLEAGUE_ID)
  if (!account || !admin || !colleague) return

  // Invited before their first seeded log in (16 days ago), accepted the same day.
  const colleagueInvitedAt = seededAt - 20 * DAY
  colleague.invitedAt = iso(colleagueInvitedAt)
  colleague.invitation = {
    tokenHash: ACCEPTED_TOKEN_HASH,
    sentAt: iso(colleagueInvitedAt),
    expiresAt: iso(colleagueInvitedAt + INVITATION_TTL_MS),
    invitedBy: ADMIN_ID,
    acceptedAt: iso(colleagueInvitedAt + 3 * HOUR),
    renewalRequestedAt: null,
  }

  const sentAt = seededAt - DAY
  const invitation: DbInvitation = {
    tokenHash: SEEDED_INVITATION_TOKEN_HASH,
    sentAt: iso(sentAt),
    expiresAt: iso(sentAt + INVITATION_TTL_MS),
    invitedBy: ADMIN_ID,
    acceptedAt: null,
    renewalRequestedAt: null,
  }
  const invited: DbUser = {
    id: 'usr-business-res-invited',
    accountId: ACCOUNT_ID,
    email: 'pavel.sokolov@demo.test',
    passwordHash: '',
    name: 'Павел Соколов',
    role: 'user',
    status: 'invited',
    createdAt: iso(sentAt),
    // Invited from a Russian screen: his mail is in Russian.
    settings: { language: 'ru', theme: null, uiState: {} },
    invitedAt: iso(sentAt),
    invitation,
  }
  db.users.push(invited)
  sendInvitationMail(db, invited, admin, account, SEEDED_INVITATION_TOKEN, invitation)
}
