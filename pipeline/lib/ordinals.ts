const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** A Roman numeral in its canonical form (LIII, XV), or null: `IIII` and `VX` are not numerals. */
export function fromRoman(text: string): number | null {
  if (!/^[IVXLCDM]+$/.test(text)) return null
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!
    const next = ROMAN[text[i + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return toRoman(total) === text ? total : null
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let rest = n
  let out = ''
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters
      rest -= value
    }
  }
  return out
}

/**
 * A session number however it is written: `53`, `53rd`, `53-я`, `53-й`, `53-ья`, `LIII`, with an
 * optional "session" after it. Returns null for anything else.
 */
export function readOrdinal(text: string): number | null {
  const cell = text.trim().replace(/\s+(?:session|сессия|сессии|сессиясы)$/iu, '')
  const arabic = /^(\d{1,3})(?:st|nd|rd|th|-?(?:я|й|ая|ой|ья|ый|ий|ей|ти|чи|шы|чы|сы))?$/iu.exec(cell)
  if (arabic) {
    const n = Number(arabic[1])
    const suffix = cell.slice(arabic[1]!.length).toLowerCase()
    const english = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
    if (/^(?:st|nd|rd|th)$/.test(suffix) && suffix !== english) return null
    return n
  }
  return fromRoman(cell.toUpperCase() === cell ? cell : '')
}
