import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  checkRules,
  type InventoryRules,
  planTransition,
  type PostedLine,
  type StatusRef,
  type TransitionLine,
} from './planTransition'

// The product docs' workflow: Plan, Assembly, Painting, Packaging, Completed.
const [PLAN, ASSEMBLY, PAINTING, PACKAGING, COMPLETED] = [1, 2, 3, 4, 5]
const statuses = [PLAN, ASSEMBLY, PAINTING, PACKAGING, COMPLETED]
const PLASTICS = 100
const PAINT = 101

const rules: InventoryRules = {
  conditional: [{ action: 'deduct_materials', categories: [PLASTICS], status: ASSEMBLY }],
  general: {
    add_products: COMPLETED,
    deduct_materials: PAINTING,
    deduct_products: PAINTING,
    deduct_resources: PAINTING,
  },
}
const lines: TransitionLine[] = [
  { action: 'deduct_materials', category: PLASTICS, id: 'plastic-body' },
  { action: 'deduct_materials', category: PAINT, id: 'red-paint' },
  { action: 'deduct_materials', category: null, id: 'screws' },
  { action: 'deduct_resources', category: null, id: 'labour' },
  { action: 'add_products', category: null, id: 'toy' },
]

/** Applies a plan to what is posted, as the transition does. */
const apply = (posted: PostedLine[], to: StatusRef): PostedLine[] => {
  const plan = planTransition({ lines, posted, rules, statuses, to })
  const reversed = new Set(plan.reverse.map((p) => p.line))
  return [...posted.filter((p) => !reversed.has(p.line)), ...plan.post]
}
const ids = (posted: PostedLine[]) => posted.map((p) => p.line).sort()

describe('planTransition: the Plastics example', () => {
  it('moving to Assembly deducts only the Plastics materials', () => {
    const plan = planTransition({ lines, posted: [], rules, statuses, to: ASSEMBLY })
    expect(plan).toEqual({ post: [{ dueAt: ASSEMBLY, line: 'plastic-body' }], reverse: [] })
  })

  it('moving on to Painting deducts all remaining materials and resources', () => {
    const atAssembly = apply([], ASSEMBLY)
    const plan = planTransition({ lines, posted: atAssembly, rules, statuses, to: PAINTING })
    expect(ids(plan.post)).toEqual(['labour', 'red-paint', 'screws'])
    expect(plan.reverse).toEqual([])
  })

  it('completing adds the products', () => {
    const plan = planTransition({
      lines,
      posted: apply(apply([], ASSEMBLY), PAINTING),
      rules,
      statuses,
      to: COMPLETED,
    })
    expect(plan.post).toEqual([{ dueAt: COMPLETED, line: 'toy' }])
  })

  it('refuses a conditional rule at Packaging, after the general rule at Painting', () => {
    const late = {
      ...rules,
      conditional: [
        { action: 'deduct_materials' as const, categories: [PLASTICS], status: PACKAGING },
      ],
    }
    expect(checkRules(statuses, late)).toEqual([
      expect.objectContaining({ code: 'conditional_not_before_general', index: 0 }),
    ])
    const same = {
      ...rules,
      conditional: [
        { action: 'deduct_materials' as const, categories: [PLASTICS], status: PAINTING },
      ],
    }
    expect(checkRules(statuses, same)).toHaveLength(1)
    expect(checkRules(statuses, rules)).toEqual([])
  })
})

describe('planTransition: moves', () => {
  it('skipping forward posts everything that falls due on the way', () => {
    const plan = planTransition({ lines, posted: [], rules, statuses, to: PACKAGING })
    expect(ids(plan.post)).toEqual(['labour', 'plastic-body', 'red-paint', 'screws'])
  })

  it('creating in a status is a transition from nothing', () => {
    expect(ids(planTransition({ lines, posted: [], rules, statuses, to: PLAN }).post)).toEqual([])
    expect(
      ids(planTransition({ lines, posted: [], rules, statuses, to: COMPLETED }).post),
    ).toHaveLength(5)
  })

  it('moving back reverses what later statuses posted, and only that', () => {
    const done = apply([], COMPLETED)
    const plan = planTransition({ lines, posted: done, rules, statuses, to: ASSEMBLY })
    expect(ids(plan.reverse)).toEqual(['labour', 'red-paint', 'screws', 'toy'])
    expect(plan.post).toEqual([])
  })

  it('reverses by the status a line fell due at when it was posted, even if the rules changed since', () => {
    const posted = [{ dueAt: ASSEMBLY, line: 'screws' }]
    const plan = planTransition({ lines, posted, rules, statuses, to: PLAN })
    expect(plan.reverse).toEqual(posted)
  })

  it('staying in a status plans nothing', () => {
    const posted = apply([], PAINTING)
    expect(planTransition({ lines, posted, rules, statuses, to: PAINTING })).toEqual({
      post: [],
      reverse: [],
    })
  })

  it('refuses a status that is not in the workflow', () => {
    expect(() => planTransition({ lines, posted: [], rules, statuses, to: 99 })).toThrow(RangeError)
  })
})

describe('planTransition: properties', () => {
  const path = fc.array(fc.constantFrom(...statuses), { maxLength: 12, minLength: 1 })

  it('the final stock never depends on the path taken to a status', () => {
    fc.assert(
      fc.property(path, (steps) => {
        const end = steps.at(-1)!
        const walked = steps.reduce(apply, [] as PostedLine[])
        expect(ids(walked)).toEqual(ids(apply([], end)))
      }),
    )
  })

  it('any path that ends where it began leaves stock as it was', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statuses), path, (start, steps) => {
        const before = apply([], start)
        const after = [...steps, start].reduce(apply, before)
        expect(ids(after)).toEqual(ids(before))
      }),
    )
  })

  it('never posts a line twice nor reverses one that was not posted', () => {
    fc.assert(
      fc.property(path, (steps) => {
        let posted: PostedLine[] = []
        for (const to of steps) {
          const plan = planTransition({ lines, posted, rules, statuses, to })
          const current = new Set(posted.map((p) => p.line))
          expect(plan.post.every((p) => !current.has(p.line))).toBe(true)
          expect(plan.reverse.every((p) => current.has(p.line))).toBe(true)
          posted = apply(posted, to)
        }
      }),
    )
  })
})
