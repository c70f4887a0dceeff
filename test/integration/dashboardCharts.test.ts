import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  loadCharts,
  loadLocationValues,
  loadPlannedProduced,
  loadProductCosts,
  loadStageLosses,
} from '../../src/dashboard/loadCharts'
import { chartHistory, utcDay } from '../support/chartHistory'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('the dashboard charts’ figures, summed in SQL from a known history', () => {
  let app: SeededApp
  let h: Awaited<ReturnType<typeof chartHistory>>

  const reqAs = async (email: string) => {
    const { docs } = await app.payload.find({
      collection: 'users',
      depth: 0,
      where: { email: { equals: email } },
    })
    return createLocalReq({ user: { ...docs[0]!, collection: 'users' } as any }, app.payload)
  }

  beforeAll(async () => {
    app = await seededApp()
    h = await chartHistory(app)
  })

  it('puts what was planned on its day and what was produced on the day it was made, 30 days long', async () => {
    const points = (await loadPlannedProduced(await reqAs('planner@example.com'), {
      floor: h.floor,
    }))!
    expect(points).toHaveLength(30)
    expect(points[0]!.day).toBe(utcDay(-29))
    const busy = points.filter((point) => point.planned || point.produced)
    // Two days ago: an execution of 4 and an order of 3; 40 days ago falls outside the window;
    // the 5 made and taken back by reopening count as planned, never as produced.
    expect(busy).toEqual([
      { day: utcDay(-2), label: expect.any(String), planned: 7, produced: 0 },
      { day: utcDay(-1), label: expect.any(String), planned: 10, produced: 0 },
      { day: utcDay(0), label: expect.any(String), planned: 10, produced: 8 },
    ])
    const short = (await loadPlannedProduced(await reqAs('planner@example.com'), {
      days: 2,
      floor: h.floor,
    }))!
    expect(short.map((point) => [point.day, point.planned])).toEqual([
      [utcDay(-1), 10],
      [utcDay(0), 10],
    ])
  })

  it('sums production runs’ losses per stage and type, in stage order, a reversed loss not at all', async () => {
    const losses = (await loadStageLosses(await reqAs('viewer@example.com'), { floor: h.floor }))!
    expect(losses).toEqual([
      { label: 'Sorting', rejection: 1, scrap: 0, stage: 'Sorting', unit: 'pcs', waste: 2 },
      { label: 'Cutting', rejection: 0, scrap: 1.5, stage: 'Cutting', unit: 'pcs', waste: 0 },
    ])
  })

  it('compares each product’s standard cost with what a unit actually cost', async () => {
    const costs = (await loadProductCosts(await reqAs('planner@example.com'), { floor: h.floor }))!
    // The execution used the steel of its plan (10 bolts × 2 at 3.5 = 70) and made 8 bolts:
    // 8.75 a bolt, against a standard of 6.
    expect(costs).toEqual([
      { actual: 8.75, label: `BOLT ${h.tag}`, quantity: 8, standard: 6, unit: 'pcs' },
    ])
  })

  it('values what each location holds at its lots’ unit costs', async () => {
    const planner = await reqAs('planner@example.com')
    const everywhere = (await loadLocationValues(planner))!
    expect(everywhere.find((row) => row.label === `Chart store ${h.tag}`)).toEqual({
      kind: 'warehouse',
      label: `Chart store ${h.tag}`,
      uncosted: 0,
      value: 35,
    })
    // The floor: 100 steel in, 20 into today's bolts, 10 into the reopened execution's (reopening
    // takes back its output, not what it used), 25 into the run: 45 × 3.5; 8 bolts at 8.75; the
    // scrapped 1.5 come back as offcuts at their standard cost of 1.
    const floor = (await loadLocationValues(planner, { floor: h.floor }))!
    expect(floor).toEqual([
      {
        kind: 'production_floor',
        label: `Chart floor ${h.tag}`,
        uncosted: 0,
        value: 45 * 3.5 + 8 * 8.75 + 1.5,
      },
    ])
    expect(everywhere.map((row) => row.value)).toEqual(
      [...everywhere.map((row) => row.value)].sort((a, b) => b - a),
    )
  })

  it('keeps every money figure from users without view-costs, and each chart from who may not see it', async () => {
    for (const email of ['viewer@example.com', 'operator@example.com']) {
      const charts = await loadCharts(await reqAs(email), { floor: h.floor })
      expect(charts.costs, email).toBeNull()
      expect(charts.values, email).toBeNull()
      expect(charts.plannedProduced, email).toHaveLength(30)
      expect(charts.losses, email).toHaveLength(2)
    }
    const planner = await loadCharts(await reqAs('planner@example.com'), { floor: h.floor })
    expect(planner.costs).toHaveLength(1)
    expect(planner.values).toHaveLength(1)
    const nobody = await loadCharts(createLocalReq({}, app.payload) as any, { floor: h.floor })
    expect(nobody).toEqual({
      costs: null,
      days: 30,
      losses: null,
      plannedProduced: null,
      values: null,
    })
  })

  it('covers the floors named: an empty list (a floor-bound user with none) shows nothing', async () => {
    const planner = await reqAs('planner@example.com')
    const none = await loadCharts(planner, { floors: [] })
    expect(none.plannedProduced!.every((point) => !point.planned && !point.produced)).toBe(true)
    expect([none.losses, none.costs, none.values]).toEqual([[], [], []])
    const listed = await loadCharts(planner, { floors: [h.floor, h.store] })
    expect(listed.values!.map((row) => row.label).sort()).toEqual(
      [`Chart floor ${h.tag}`, `Chart store ${h.tag}`].sort(),
    )
    expect(listed.costs).toEqual((await loadCharts(planner, { floor: h.floor })).costs)
  })

  it('refuses a window that is not a whole number of days from 1 to 366', async () => {
    const planner = await reqAs('planner@example.com')
    await expect(loadCharts(planner, { days: 0 })).rejects.toThrow(/days must be a whole number/)
    await expect(loadCharts(planner, { days: 400 })).rejects.toThrow(/days must be a whole number/)
  })
})
