// Russian has three plural forms (1 тикет, 2 тикета, 5 тикетов). Messages list them as
// "one | few | many"; Intl.PluralRules picks the form, so fractions and 11–14 come out right.
const russian = new Intl.PluralRules('ru')
const FORM_INDEX: Record<string, number> = { one: 0, few: 1, many: 2, other: 1 }

export function russianPluralRule(choice: number, choicesLength: number): number {
  // With four forms the first one is for zero ("нет тикетов | 1 тикет | …").
  const offset = choicesLength === 4 ? 1 : 0
  if (offset && choice === 0) return 0
  const index = (FORM_INDEX[russian.select(Math.abs(choice))] ?? 2) + offset
  return Math.min(index, choicesLength - 1)
}
