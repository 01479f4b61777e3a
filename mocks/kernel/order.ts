// Ordering of the mock's ISO timestamps and dates ("2026-01-15T10:00:00.000Z", "2026-01"): their
// text order is their time order, so a plain comparison does. (localeCompare would give the same
// order here, but its first call sets up a collator, a noticeable pause on a slow device's first
// request.) Texts people read (titles) are still compared with localeCompare in their language.
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
