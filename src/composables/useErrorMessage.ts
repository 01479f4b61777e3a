// Turns an API failure into words a customer understands, in the current language.
// Problem codes map to `errors.<code>`; an unknown code falls back to a generic message.
import { useI18n } from 'vue-i18n'
import { ApiError } from '@/api/client'
import { useFormats } from './useFormats'

export function useErrorMessage() {
  const { t, te } = useI18n()
  const { rubles } = useFormats()

  function errorMessage(error: unknown): string {
    if (error instanceof ApiError) {
      const key = `errors.${error.code}`
      if (error.code === 'auth.tooManyAttempts' || error.code === 'auth.tooManyCodes') {
        const minutes = Math.max(1, Math.ceil((error.problem.retryAfter ?? 60) / 60))
        return t(key, { minutes }, minutes)
      }
      if (error.code === 'service.insufficientBalance' && error.problem.missingKopecks) {
        return t('errors.service.insufficientBalanceBy', { amount: rubles(error.problem.missingKopecks) })
      }
      if (te(key)) return t(key)
      if (error.status >= 500) return t('errors.server.error')
    }
    return t('errors.unexpected')
  }

  /** A field error code from a form or the API (`validation.email`) → its message. */
  function fieldMessage(code: string | undefined): string {
    if (!code) return ''
    return te(code) ? t(code) : t('validation.invalid')
  }

  return { errorMessage, fieldMessage }
}
