import { describe, expect, it } from 'vitest'
import { isValidEmail } from '@/validation/rules'

describe('isValidEmail', () => {
  it.each([
    'personal.resident@demo.test',
    'ivan.petrov@example.ru',
    'first+tag@mail.example.com',
    "o'connor@example.ie",
    'user_name-1@sub-domain.example.co.uk',
    'admin@пример.рф',
    'admin@xn--e1afmkfd.xn--p1ai',
    `${'a'.repeat(64)}@example.com`,
  ])('accepts %s', (value) => {
    expect(isValidEmail(value)).toBe(true)
  })

  it.each([
    ['', 'empty'],
    ['ivan.petrov', 'no @'],
    ['ivan@petrov@example.ru', 'two @'],
    ['@example.ru', 'no local part'],
    ['ivan@', 'no domain'],
    ['ivan@localhost', 'no dot in the domain'],
    ['ivan petrov@example.ru', 'a space'],
    [' ivan@example.ru', 'a leading space'],
    ['.ivan@example.ru', 'a leading dot'],
    ['ivan.@example.ru', 'a trailing dot before @'],
    ['ivan..petrov@example.ru', 'two dots in a row'],
    ['ivan@example..ru', 'an empty domain label'],
    ['ivan@-example.ru', 'a label starting with a hyphen'],
    ['ivan@example.r', 'a one-letter top-level domain'],
    ['ivan@example.123', 'a numeric top-level domain'],
    ['ivan@exa_mple.ru', 'an underscore in the domain'],
    [`${'a'.repeat(65)}@example.com`, 'a local part over 64 characters'],
    [`a@${Array(5).fill('b'.repeat(60)).join('.')}.com`, 'over 254 characters'],
  ])('refuses %j (%s)', (value) => {
    expect(isValidEmail(value)).toBe(false)
  })
})
