import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type EntryKind, entryKinds, type SummaryEntry, summarizeStages } from './stageSummary'

const stages = [
  { id: 'a', name: 'Rough Sorting' },
  { id: 'b', name: 'Cutting' },
  { id: 'c', name: 'Polishing' },
  { id: 'd', name: 'Grading' },
]
const entry = (
  stage: string,
  kind: EntryKind,
  quantity: number | string,
  extra: Partial<SummaryEntry> = {},
): SummaryEntry => ({
  kind,
  quantity: new Big(quantity),
  reversal: false,
  stage,
  stageName: stages.find((s) => s.id === stage)?.name ?? 'Old stage',
  unit: 'ct',
  ...extra,
})
const figures = (summary: ReturnType<typeof summarizeStages>, stage: string) => {
  const found = summary.stages.find((s) => s.stage === stage)!
  if (!found.ok) throw new Error(`stage ${stage} refused`)
  return Object.fromEntries(Object.entries(found.totals).map(([k, v]) => [k, v.toFixed()]))
}

describe('summarizeStages', () => {
  it('totals a gemstone stage and what it leaves unaccounted', () => {
    const summary = summarizeStages({
      entries: [
        entry('a', 'input', 100),
        entry('a', 'output', 80),
        entry('a', 'waste', 10),
        entry('a', 'rejection', 4.5),
        entry('a', 'scrap', 3),
      ],
      stages,
    })
    expect(figures(summary, 'a')).toEqual({
      inputs: '100',
      losses: '17.5',
      outputs: '80',
      rejection: '4.5',
      scrap: '3',
      unaccounted: '2.5',
      waste: '10',
    })
    expect(summary.stages[0]).toMatchObject({ entries: 5, name: 'Rough Sorting', unit: 'ct' })
  })

  it('lists every stage in the process order, empty ones with no unit and zeros', () => {
    const summary = summarizeStages({ entries: [entry('c', 'input', 1)], stages })
    expect(summary.stages.map((s) => s.name)).toEqual([
      'Rough Sorting',
      'Cutting',
      'Polishing',
      'Grading',
    ])
    expect(summary.stages[0]).toMatchObject({ entries: 0, ok: true, unit: null })
    expect(figures(summary, 'a').unaccounted).toBe('0')
    expect(figures(summary, 'c').unaccounted).toBe('1')
  })

  it('is exact: 0.1 ct ten times is 1 ct', () => {
    const summary = summarizeStages({
      entries: [
        entry('a', 'input', 1),
        ...Array.from({ length: 10 }, () => entry('a', 'waste', 0.1)),
      ],
      stages,
    })
    expect(figures(summary, 'a')).toMatchObject({ unaccounted: '0', waste: '1' })
  })

  it('counts a reversing entry against the entry it undoes', () => {
    const summary = summarizeStages({
      entries: [
        entry('b', 'input', 50),
        entry('b', 'output', 45),
        entry('b', 'output', 45, { reversal: true }),
        entry('b', 'output', 44),
      ],
      stages,
    })
    expect(figures(summary, 'b')).toMatchObject({ outputs: '44', unaccounted: '6' })
    expect(summary.stages[1]!.entries).toBe(4)
  })

  it('refuses to add quantities in different units, naming them, and keeps the other stages', () => {
    const summary = summarizeStages({
      entries: [
        entry('a', 'input', 10),
        entry('b', 'input', 10),
        entry('b', 'output', 7, { unit: 'pcs' }),
      ],
      stages,
    })
    expect(summary.stages[1]).toMatchObject({
      code: 'mixed_units',
      name: 'Cutting',
      ok: false,
      units: ['ct', 'pcs'],
    })
    expect(figures(summary, 'a').inputs).toBe('10')
    expect(summary.totals.map((t) => [t.unit, t.inputs.toFixed()])).toEqual([['ct', '10']])
  })

  it('keeps a removed stage after the others, under the name its entries were recorded with', () => {
    const summary = summarizeStages({
      entries: [entry('gone', 'input', 2, { stageName: 'Tumbling' }), entry('a', 'input', 1)],
      stages,
    })
    expect(summary.stages.at(-1)).toMatchObject({ name: 'Tumbling', removed: true, stage: 'gone' })
  })

  it('totals the run per unit', () => {
    const summary = summarizeStages({
      entries: [
        entry('a', 'input', 10),
        entry('a', 'waste', 1),
        entry('b', 'input', 9),
        entry('c', 'input', 3, { unit: 'pcs' }),
      ],
      stages,
    })
    expect(
      summary.totals.map((t) => [t.unit, t.inputs.toFixed(), t.unaccounted.toFixed()]),
    ).toEqual([
      ['ct', '19', '18'],
      ['pcs', '3', '3'],
    ])
  })
})

describe('summarizeStages: properties', () => {
  const quantity = fc.integer({ max: 10_000_000, min: 1 }).map((n) => new Big(n).div(1000))
  const anyEntry = fc.record({
    kind: fc.constantFrom(...entryKinds),
    quantity,
    reversal: fc.boolean(),
    stage: fc.constantFrom('a', 'b', 'c', 'd'),
  })
  const sumOf = (entries: { kind: string; quantity: Big; reversal: boolean }[], kind: string) =>
    entries
      .filter((e) => e.kind === kind)
      .reduce((total, e) => total.plus(e.reversal ? e.quantity.neg() : e.quantity), new Big(0))

  it('unaccounted = inputs − outputs − (waste + rejection + scrap), each total the sum of its entries', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 40 }), (raw) => {
        const entries = raw.map((e) => entry(e.stage, e.kind, e.quantity.toFixed(), e))
        for (const stage of summarizeStages({ entries, stages }).stages) {
          if (!stage.ok) throw new Error('one unit cannot be mixed')
          const own = entries.filter((e) => e.stage === stage.stage)
          const t = stage.totals
          expect(t.inputs.eq(sumOf(own, 'input'))).toBe(true)
          expect(t.outputs.eq(sumOf(own, 'output'))).toBe(true)
          expect(t.waste.eq(sumOf(own, 'waste'))).toBe(true)
          expect(t.rejection.eq(sumOf(own, 'rejection'))).toBe(true)
          expect(t.scrap.eq(sumOf(own, 'scrap'))).toBe(true)
          expect(t.losses.eq(t.waste.plus(t.rejection).plus(t.scrap))).toBe(true)
          expect(t.unaccounted.eq(t.inputs.minus(t.outputs).minus(t.losses))).toBe(true)
        }
      }),
    )
  })

  it('reversing every entry brings every stage back to zero', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 30 }), (raw) => {
        const entries = raw.map((e) => entry(e.stage, e.kind, e.quantity.toFixed()))
        const undone = [...entries, ...entries.map((e) => ({ ...e, reversal: true }))]
        // In any order: the reversals first here, as a sum does not care.
        for (const stage of summarizeStages({ entries: undone.reverse(), stages }).stages) {
          if (!stage.ok) throw new Error('one unit cannot be mixed')
          for (const value of Object.values(stage.totals)) expect(value.eq(0)).toBe(true)
        }
      }),
    )
  })

  it('refuses exactly the stages whose entries use more than one unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyEntry, fc.constantFrom('ct', 'g', 'pcs')), { maxLength: 30 }),
        (raw) => {
          const entries = raw.map(([e, unit]) =>
            entry(e.stage, e.kind, e.quantity.toFixed(), { unit }),
          )
          const summary = summarizeStages({ entries, stages })
          for (const stage of summary.stages) {
            const units = new Set(entries.filter((e) => e.stage === stage.stage).map((e) => e.unit))
            expect(stage.ok).toBe(units.size <= 1)
            if (!stage.ok) expect(new Set(stage.units)).toEqual(units)
          }
          // The run's totals per unit are the sums of the stages that add up, never a mix.
          for (const total of summary.totals) {
            const own = summary.stages.filter((s) => s.ok && s.unit === total.unit)
            const inputs = own.reduce(
              (sum, s) => (s.ok ? sum.plus(s.totals.inputs) : sum),
              new Big(0),
            )
            expect(total.inputs.eq(inputs)).toBe(true)
          }
        },
      ),
    )
  })
})
