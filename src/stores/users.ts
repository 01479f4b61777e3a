// The Users tab's state: the users of the account, for its main administrator. Changes go to the
// API first and update the list from its answer; failures are thrown to the caller, which words
// them where the administrator acted and keeps what they typed.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { usersApi } from '@/api/users'
import type { AccountUser, UserInvite } from '@/api/types'
import { joinEarly, startEarly } from './earlyRequests'
import { useSessionStore } from './session'

const LIST = 'users.list'

/** From the router: the users start loading with the tab's code (for the main administrator, who sees them); load joins the request. */
export function prefetchUsers(): void {
  if (useSessionStore().isAdmin) startEarly(LIST, () => usersApi.list())
}

export const useUsersStore = defineStore('users', () => {
  const items = ref<AccountUser[] | null>(null)
  const error = ref<unknown>(null)
  /** Whose list the state holds: another administrator's is not shown while the new one loads. */
  let ownerId: string | null = null

  function forgetOtherUser() {
    const userId = useSessionStore().user?.id ?? null
    if (userId === ownerId) return
    items.value = null
    ownerId = userId
  }

  async function load() {
    forgetOtherUser()
    error.value = null
    try {
      items.value = await joinEarly(LIST, () => usersApi.list())
    } catch (failure) {
      error.value = failure
    }
  }

  function replace(user: AccountUser) {
    if (!items.value) return
    const index = items.value.findIndex((item) => item.id === user.id)
    if (index === -1) items.value = [...items.value, user]
    else items.value = items.value.map((item) => (item.id === user.id ? user : item))
  }

  /** "Add user": the invitation goes out; the new user joins the list as "Not activated". */
  async function invite(body: UserInvite): Promise<AccountUser> {
    const user = await usersApi.invite(body)
    replace(user)
    return user
  }

  /** "Resend invitation": a new link (the old one stops working) and 72 hours more. */
  async function resendInvitation(id: string): Promise<AccountUser> {
    const user = await usersApi.resendInvitation(id)
    replace(user)
    return user
  }

  /** "Remove": their sessions end and their API keys are revoked. */
  async function remove(id: string): Promise<void> {
    await usersApi.remove(id)
    if (items.value) items.value = items.value.filter((item) => item.id !== id)
  }

  return { items, error, load, invite, resendInvitation, remove }
})
