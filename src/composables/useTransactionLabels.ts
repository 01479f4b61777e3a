// Words for the codes of a transaction: its operation, the balance it moved and its status, and
// its signed amount (Transactions and a service's charges).
import { useCodeLabel } from './useCodeLabel'
import { useFormats } from './useFormats'

export function useTransactionLabels() {
  const label = useCodeLabel()
  const { rubles } = useFormats()
  return {
    operationLabel: (operation: string) => label('balance.transactions.operation', operation),
    balanceLabel: (balance: string) => label('balance.kind', balance),
    statusLabel: (status: string) => label('balance.transactions.status', status),
    /** "+1 500,00 ₽", "−350,00 ₽": a real minus sign, read out as one; the sign is in the text, not only the colour. */
    signedAmount: (kopecks: number) => `${kopecks > 0 ? '+' : kopecks < 0 ? '−' : ''}${rubles(Math.abs(kopecks))}`,
  }
}
