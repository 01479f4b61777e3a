// Words for the codes of a transaction. An operation, balance or status a newer backend sends
// that this version of the panel does not know is shown as it comes.
import { useI18n } from 'vue-i18n'

// Codes are kebab-case ('top-up'), locale keys camelCase ('topUp').
const keyOf = (code: string) => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())

export function useTransactionLabels() {
  const { t, te } = useI18n()
  const known = (key: string, fallback: string) => (te(key) ? t(key) : fallback)
  return {
    operationLabel: (operation: string) => known(`balance.transactions.operation.${keyOf(operation)}`, operation),
    balanceLabel: (balance: string) => known(`balance.kind.${balance}`, balance),
    statusLabel: (status: string) => known(`balance.transactions.status.${status}`, status),
  }
}
