// The simulated bank's payment page: the card's number, expiry, CVC and holder, and "Save card";
// then the 3-D Secure code some cards ask for. The mock API checks `card` of POST /payments with
// the same schema (its errors under `card.`), taking "today" from the mock clock.
import { boolean, object, string } from 'yup'
import { cardExpiryError, cardNumberError, isValidCardHolder, isValidCvc, normalizeCardExpiry, normalizeCardNumber } from '../rules/card'

const text = (normalize: (value: string) => string) => (value: unknown) => (typeof value === 'string' ? normalize(value) : value)

/** `today`: the date the expiry must not be before (the form's own clock, the mock's clock). */
export function cardSchema(today: Date | string = new Date()) {
  return object({
    number: string()
      .transform(text(normalizeCardNumber))
      .required('validation.card.numberRequired')
      .test('number', function (value) {
        const reason = value ? cardNumberError(value) : null
        if (reason === 'format') return this.createError({ message: 'validation.card.number' })
        if (reason === 'checksum') return this.createError({ message: 'validation.card.numberChecksum' })
        return true
      }),
    expiry: string()
      .transform(text(normalizeCardExpiry))
      .required('validation.card.expiryRequired')
      .test('expiry', function (value) {
        const reason = value ? cardExpiryError(value, today) : null
        if (reason === 'format') return this.createError({ message: 'validation.card.expiry' })
        if (reason === 'expired') return this.createError({ message: 'validation.card.expired' })
        return true
      }),
    cvc: string()
      .trim()
      .required('validation.card.cvcRequired')
      .test('cvc', 'validation.card.cvc', (value) => !value || isValidCvc(value)),
    // As embossed: upper case, single spaces.
    holder: string()
      .transform(text((value) => value.trim().replace(/\s+/g, ' ').toUpperCase()))
      .required('validation.card.holderRequired')
      .test('holder', 'validation.card.holder', (value) => !value || isValidCardHolder(value)),
    save: boolean().default(false),
  })
}

/** The 3-D Secure code the bank "sent" by SMS. */
export const threeDsCodeSchema = object({
  code: string()
    .trim()
    .required('validation.card.codeRequired')
    .matches(/^\d{4,8}$/, 'validation.card.codeFormat'),
})
