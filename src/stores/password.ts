// Changing the password of the logged-in user. The API checks the current password and ends every
// other session of the user; this one stays.
import { defineStore } from 'pinia'
import { securityApi } from '@/api/security'
import type { PasswordChange, PasswordChangeResult } from '@/api/types'

export const usePasswordStore = defineStore('password', () => {
  /** How many other sessions the change ended. */
  const change = (request: PasswordChange): Promise<PasswordChangeResult> => securityApi.changePassword(request)
  return { change }
})
