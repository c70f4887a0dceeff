import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  decimal,
  decimalPlaces,
  type DecimalProblem,
  minDecimal,
  parseDecimal,
  problemText,
  roundStored,
  sum,
  toSql,
  zero,
} from './decimal'

/** The parsed value as a plain string, or the problem. */
const read = (input: unknown, sign?: 'positive' | 'non_negative' | 'any'): string => {
  const result = parseDecimal(input, sign)
  return result.ok ? result.value.toFixed() : `!${result.problem}`
}

describe('parseDecimal: numbers', () => {
  it('reads a JS number through its shortest decimal form', () => {
    expect(read(0.1)).toBe('0.1')
    expect(read(1.005)).toBe('1.005')
    expect(read(-2.5)).toBe('-2.5')
    expect(read(42)).toBe('42')
    expect(read(1e-6)).toBe('0.000001')
    expect(read(123456.789)).toBe('123456.789')
  })

  it('makes 0.1 added ten times exactly 1', () => {
    const tenth = parseDecimal(0.1)
    expect(tenth.ok).toBe(true)
    if (!tenth.ok) return
    let total = zero
    for (let i = 0; i < 10; i++) total = total.plus(tenth.value)
    expect(total.eq(1)).toBe(true)
    expect(total.toFixed()).toBe('1')
    expect(sum(Array.from({ length: 10 }, () => tenth.value)).toFixed()).toBe('1')
    // …where floats do not.
    let float = 0
    for (let i = 0; i < 10; i++) float += 0.1
    expect(float).not.toBe(1)
  })

  it('refuses a float sum that carries binary noise as too precise', () => {
    expect(0.1 + 0.2).toBe(0.30000000000000004)
    expect(read(0.1 + 0.2)).toBe('!too_precise')
  })

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['1e309 (a literal that overflows to Infinity)', 1e309],
  ])('refuses %s as not a number', (_, input) => {
    expect(parseDecimal(input)).toEqual({ ok: false, problem: 'not_a_number' })
  })

  it('reads -0 as zero', () => {
    expect(read(-0)).toBe('0')
    expect(read(-0, 'non_negative')).toBe('0')
    expect(read(-0, 'positive')).toBe('!not_positive')
  })

  it('refuses magnitudes of a trillion and more as too large', () => {
    expect(read(999_999_999_999)).toBe('999999999999')
    expect(read(1e12)).toBe('!too_large')
    expect(read(-1e12)).toBe('!too_large')
    expect(read(1e21)).toBe('!too_large')
    expect(read(Number.MAX_VALUE)).toBe('!too_large')
    expect(read(Number.MAX_SAFE_INTEGER)).toBe('!too_large')
  })

  it('refuses more than six decimal places as too precise', () => {
    expect(read(0.123456)).toBe('0.123456')
    expect(read(0.1234567)).toBe('!too_precise')
    expect(read(1e-7)).toBe('!too_precise')
    expect(read(Number.MIN_VALUE)).toBe('!too_precise')
    expect(read(Math.PI)).toBe('!too_precise')
  })
})

describe('parseDecimal: strings', () => {
  it.each([
    ['3.5', '3.5'],
    ['  3.5 ', '3.5'],
    ['\t7\n', '7'],
    ['3.', '3'],
    ['.5', '0.5'],
    ['-.5', '-0.5'],
    ['+3', '3'],
    ['+.25', '0.25'],
    [' +3.5 ', '3.5'],
    ['-12.75', '-12.75'],
    ['0', '0'],
    ['000123.4500', '123.45'],
    ['1e3', '1000'],
    ['1E3', '1000'],
    ['1e+3', '1000'],
    ['+2.5e-1', '0.25'],
    ['25e-6', '0.000025'],
    ['1.100000000', '1.1'],
    ['999999999999.999999', '999999999999.999999'],
  ])('accepts %j as %s', (input, expected) => {
    expect(read(input)).toBe(expected)
  })

  it.each([
    '',
    ' ',
    'abc',
    '.',
    '-',
    '+',
    '1e',
    'e5',
    '1.2.3',
    '1,5',
    '1 000',
    '1_000',
    '0x10',
    '0b1',
    'Infinity',
    '-Infinity',
    'NaN',
    '--1',
    '+-1',
    '3 kg',
    '1e3.5',
  ])('refuses %j as not a number', (input) => {
    expect(parseDecimal(input)).toEqual({ ok: false, problem: 'not_a_number' })
  })

  it('refuses "1e309" as too large (the string is exact, it never overflows)', () => {
    expect(parseDecimal('1e309')).toEqual({ ok: false, problem: 'too_large' })
    expect(parseDecimal('-1e309')).toEqual({ ok: false, problem: 'too_large' })
    expect(parseDecimal('1e999999')).toEqual({ ok: false, problem: 'too_large' })
  })

  it('puts the limit at exactly a trillion', () => {
    expect(read('999999999999.999999')).toBe('999999999999.999999')
    expect(read('1000000000000')).toBe('!too_large')
    expect(read('1e12')).toBe('!too_large')
    expect(read('-999999999999.999999')).toBe('-999999999999.999999')
    expect(read('-1000000000000')).toBe('!too_large')
  })

  it('refuses more than six decimal places, however they are written', () => {
    expect(read('0.123456')).toBe('0.123456')
    expect(read('0.1234567')).toBe('!too_precise')
    expect(read('0.0000001')).toBe('!too_precise')
    expect(read('1e-7')).toBe('!too_precise')
    expect(read('1e-6')).toBe('0.000001')
    expect(read('1e-999999')).toBe('!too_precise')
    // Trailing zeros are not precision.
    expect(read('0.1230000000')).toBe('0.123')
  })
})

describe('parseDecimal: other inputs', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['an array', []],
    ['an array of a number', [1]],
    ['a boolean', true],
    ['a bigint', 10n],
    ['a Date', new Date(0)],
    ['a boxed number', Object(5)],
    ['an object with valueOf', { valueOf: () => 5 }],
  ])('refuses %s as not a number', (_, input) => {
    expect(parseDecimal(input)).toEqual({ ok: false, problem: 'not_a_number' })
  })

  it('accepts a Big as it is, and checks it like any other value', () => {
    const value = new Big('2.5')
    const result = parseDecimal(value)
    expect(result.ok && result.value).toBe(value)
    expect(read(new Big('0.1234567'))).toBe('!too_precise')
    expect(read(new Big('1e12'))).toBe('!too_large')
    expect(read(new Big('-1'), 'non_negative')).toBe('!negative')
    expect(read(new Big(0), 'positive')).toBe('!not_positive')
  })
})

describe('parseDecimal: sign modes', () => {
  it("defaults to 'any'", () => {
    expect(read(-5)).toBe('-5')
    expect(read('-5', 'any')).toBe('-5')
    expect(read(0)).toBe('0')
  })

  it("'positive' refuses zero and below as not positive", () => {
    expect(parseDecimal(0, 'positive')).toEqual({ ok: false, problem: 'not_positive' })
    expect(parseDecimal('0', 'positive')).toEqual({ ok: false, problem: 'not_positive' })
    expect(parseDecimal('-0', 'positive')).toEqual({ ok: false, problem: 'not_positive' })
    expect(parseDecimal('0.000', 'positive')).toEqual({ ok: false, problem: 'not_positive' })
    expect(parseDecimal(-1, 'positive')).toEqual({ ok: false, problem: 'not_positive' })
    expect(read('0.000001', 'positive')).toBe('0.000001')
    expect(read(3, 'positive')).toBe('3')
  })

  it("'non_negative' accepts zero and refuses below as negative", () => {
    expect(read(0, 'non_negative')).toBe('0')
    expect(read('-0', 'non_negative')).toBe('0')
    expect(read('0.5', 'non_negative')).toBe('0.5')
    expect(parseDecimal('-0.000001', 'non_negative')).toEqual({ ok: false, problem: 'negative' })
    expect(parseDecimal(-3, 'non_negative')).toEqual({ ok: false, problem: 'negative' })
  })

  it('reports size and precision before the sign', () => {
    expect(read('-1e13', 'positive')).toBe('!too_large')
    expect(read('-1e13', 'non_negative')).toBe('!too_large')
    expect(read('-0.1234567', 'positive')).toBe('!too_precise')
    expect(read('-0.1234567', 'non_negative')).toBe('!too_precise')
    expect(read('abc', 'positive')).toBe('!not_a_number')
  })
})

describe('decimal helpers', () => {
  it('decimal and zero', () => {
    expect(decimal('1.5').toFixed()).toBe('1.5')
    expect(decimal(2).toFixed()).toBe('2')
    expect(decimal(new Big('3')).toFixed()).toBe('3')
    expect(zero.eq(0)).toBe(true)
  })

  it('sum adds exactly, of any iterable, and is zero for none', () => {
    expect(sum([]).eq(0)).toBe(true)
    expect(sum([decimal('0.1'), decimal('0.2')]).toFixed()).toBe('0.3')
    function* values() {
      yield decimal('1.000001')
      yield decimal('-0.000001')
    }
    expect(sum(values()).toFixed()).toBe('1')
  })

  it('minDecimal returns the smaller', () => {
    const a = decimal('1.5')
    const b = decimal('2')
    expect(minDecimal(a, b)).toBe(a)
    expect(minDecimal(b, a)).toBe(a)
    expect(minDecimal(decimal(-1), zero).toFixed()).toBe('-1')
    expect(minDecimal(a, decimal('1.50')).eq(a)).toBe(true)
  })

  it('roundStored rounds half up (away from zero) to six places', () => {
    expect(roundStored(decimal('0.0000005')).toFixed()).toBe('0.000001')
    expect(roundStored(decimal('0.00000049')).toFixed()).toBe('0')
    expect(roundStored(decimal('-0.0000005')).toFixed()).toBe('-0.000001')
    expect(roundStored(decimal('2.1234565')).toFixed()).toBe('2.123457')
    expect(roundStored(decimal('2.1234564999')).toFixed()).toBe('2.123456')
    expect(roundStored(decimal('1.5')).toFixed()).toBe('1.5')
  })

  it('toSql never writes an exponent', () => {
    expect(toSql(decimal('1e-6'))).toBe('0.000001')
    expect(toSql(decimal('1e-7'))).toBe('0.0000001')
    expect(toSql(decimal('1e21'))).toBe('1000000000000000000000')
    expect(toSql(decimal('-2.50'))).toBe('-2.5')
    expect(toSql(zero)).toBe('0')
  })

  it('problemText words every problem; the precision one names the limit', () => {
    const problems: DecimalProblem[] = [
      'not_a_number',
      'not_positive',
      'negative',
      'too_large',
      'too_precise',
    ]
    expect(Object.keys(problemText).sort()).toEqual([...problems].sort())
    for (const problem of problems) expect(problemText[problem]).toMatch(/\w/)
    expect(decimalPlaces).toBe(6)
    expect(problemText.too_precise).toContain('6')
  })
})

/** An exact decimal of at most six places below the limit, as a Big. */
const storable = fc.integer({ min: 0, max: 6 }).chain((scale) => {
  const bound = 10n ** BigInt(12 + scale) - 1n
  return fc
    .bigInt({ min: -bound, max: bound })
    .map((units) => new Big(units.toString()).div(new Big(10).pow(scale)))
})

const numericText = fc.stringMatching(
  /^\s{0,2}[+-]?(\d{1,16}\.?\d{0,9}|\.\d{1,9})([eE][+-]?\d{1,3})?\s{0,2}$/,
)

describe('parseDecimal properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.string(), numericText, fc.double()),
        fc.constantFrom('positive', 'non_negative', 'any') as fc.Arbitrary<
          'positive' | 'non_negative' | 'any'
        >,
        (input, sign) => {
          const result = parseDecimal(input, sign)
          expect(typeof result.ok).toBe('boolean')
        },
      ),
      { numRuns: 400 },
    )
  })

  it('reads every numeric-looking string exactly, or says why not', () => {
    fc.assert(
      fc.property(numericText, (text) => {
        const result = parseDecimal(text)
        const exact = new Big(text.trim().replace(/^\+/, ''))
        if (result.ok) {
          expect(result.value.eq(exact)).toBe(true)
          expect(exact.abs().lt('1e12')).toBe(true)
          expect(exact.round(6).eq(exact)).toBe(true)
        } else if (exact.abs().gte('1e12')) {
          expect(result.problem).toBe('too_large')
        } else {
          expect(result.problem).toBe('too_precise')
          expect(exact.round(6).eq(exact)).toBe(false)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('round-trips every storable decimal through its text, and through a number when exact', () => {
    fc.assert(
      fc.property(storable, (value) => {
        const text = parseDecimal(value.toFixed())
        expect(text.ok && text.value.eq(value)).toBe(true)
        const padded = parseDecimal(` ${value.toExponential()} `)
        expect(padded.ok && padded.value.eq(value)).toBe(true)
        const asNumber = Number(value.toFixed())
        if (new Big(String(asNumber)).eq(value)) {
          const number = parseDecimal(asNumber)
          expect(number.ok && number.value.eq(value)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('reads a finite double as its shortest form, or refuses it as too large or too precise', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const result = parseDecimal(value)
        const shortest = new Big(String(value))
        if (result.ok) expect(result.value.eq(shortest)).toBe(true)
        else if (shortest.abs().gte('1e12')) expect(result.problem).toBe('too_large')
        else expect(result.problem).toBe('too_precise')
      }),
      { numRuns: 300 },
    )
  })

  it('applies the sign modes exactly by the sign of the value', () => {
    fc.assert(
      fc.property(storable, (value) => {
        const text = value.toFixed()
        expect(parseDecimal(text, 'any').ok).toBe(true)
        expect(parseDecimal(text, 'positive')).toEqual(
          value.gt(0)
            ? { ok: true, value: expect.anything() }
            : { ok: false, problem: 'not_positive' },
        )
        expect(parseDecimal(text, 'non_negative')).toEqual(
          value.gte(0)
            ? { ok: true, value: expect.anything() }
            : { ok: false, problem: 'negative' },
        )
      }),
      { numRuns: 200 },
    )
  })

  it('adds parsed decimals without drift: n copies of x make n times x', () => {
    fc.assert(
      fc.property(storable, fc.integer({ min: 1, max: 50 }), (value, n) => {
        const total = sum(Array.from({ length: n }, () => value))
        expect(total.eq(value.times(n))).toBe(true)
        expect(total.minus(value.times(n - 1)).eq(value)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('roundStored keeps storable values and always lands within six places', () => {
    fc.assert(
      fc.property(storable, fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), (value, noise) => {
        expect(roundStored(value).eq(value)).toBe(true)
        const noisy = value.plus(new Big(noise.toString()).div('1e16'))
        const rounded = roundStored(noisy)
        expect(rounded.round(6).eq(rounded)).toBe(true)
        expect(rounded.minus(noisy).abs().lte('0.0000005')).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
