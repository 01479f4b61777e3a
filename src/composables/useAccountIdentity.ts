// Who is logged in, as the header and the account menu show it: name, email, role, account
// number and type, all from the session (no request of their own).
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { useSessionStore } from '@/stores/session'

export function useAccountIdentity() {
  const { t } = useI18n()
  const session = useSessionStore()
  const user = computed(() => session.user)
  return {
    email: computed(() => user.value?.email ?? ''),
    /** The person's name; empty for an account registered without one. */
    name: computed(() => user.value?.name ?? ''),
    role: computed(() => (user.value ? t(`role.${user.value.role}`) : '')),
    /** The account's number: the one home of what the header and menu call the account number. */
    accountNumber: computed(() => user.value?.accountNumber ?? ''),
    accountType: computed(() => (user.value ? t(`accountType.${user.value.accountType}`) : '')),
  }
}
