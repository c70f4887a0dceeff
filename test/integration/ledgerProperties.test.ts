import Big from 'big.js'
import fc from 'fast-check'
import {
  APIError,
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runSeed } from '../../demo/seed/runSeed'
import { post, type PostingResult, reverse } from '../../src/ledger'
import { inventoryFixtures } from '../support/inventoryFixtures'
import { testPayload } from '../support/testPayload'

type Strategy = 'fifo' | 'lifo'
type Op =
  | { item: number; kind: 'adjustment'; quantity: string; unitCost: string }
  | { item: number; kind: 'consume'; quantity: string; strategy: Strategy }
  | { item: number; kind: 'loss'; quantity: string; strategy?: Strategy }
  | { item: number; kind: 'receipt'; quantity: string; receivedDay: number; unitCost: string }
  | { item: number; kind: 'transfer'; quantity: string; strategy?: Strategy }
  | { kind: 'reverse'; pick: number }

/** A decimal string with up to `places` decimals, from an integer count of the smallest unit. */
const decimal = (places: number, max: number) =>
  fc.integer({ max, min: 1 }).map((n) => new Big(n).div(10 ** places).toFixed())

const item = fc.constantFrom(0, 1)
const strategy = fc.constantFrom<Strategy>('fifo', 'lifo')
const outbound = decimal(3, 5_000)
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      item,
      kind: fc.constant('receipt' as const),
      quantity: decimal(3, 20_000),
      receivedDay: fc.integer({ max: 60, min: 0 }),
      unitCost: decimal(2, 100_000),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      item,
      kind: fc.constant('consume' as const),
      quantity: outbound,
      strategy,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record(
      { item, kind: fc.constant('transfer' as const), quantity: outbound, strategy },
      { requiredKeys: ['item', 'kind', 'quantity'] },
    ),
    weight: 2,
  },
  {
    arbitrary: fc.record(
      { item, kind: fc.constant('loss' as const), quantity: outbound, strategy },
      { requiredKeys: ['item', 'kind', 'quantity'] },
    ),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      item,
      kind: fc.constant('adjustment' as const),
      quantity: decimal(3, 10_000),
      unitCost: decimal(2, 100_000),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }), weight: 3 },
)

/** A posting that went through, and how it sits in its chain of reversals. */
type Posted = { depth: number; key: string; reversedBy?: string }

describe('ledger properties on random sequences (fast-check, real PostgreSQL)', () => {
  let payload: Awaited<ReturnType<typeof testPayload>>['payload']
  let user: Record<string, unknown>

  const rows = async <Row = any>(statement: string): Promise<Row[]> =>
    (await (payload.db as any).drizzle.execute(statement)).rows

  beforeAll(async () => {
    payload = (await testPayload()).payload
    await runSeed(payload)
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'admin@example.com' } },
    })
    user = { ...docs[0], collection: 'users' }
  })

  /** Runs one posting in a transaction of its own, as the REST adapter does; 409 is a refusal. */
  const attempt = async (
    run: (req: PayloadRequest) => Promise<PostingResult>,
  ): Promise<{ ok: true; result: PostingResult } | { message: string; ok: false }> => {
    const req = await createLocalReq({ user: user as any }, payload)
    await initTransaction(req)
    try {
      const result = await run(req)
      await commitTransaction(req)
      return { ok: true, result }
    } catch (error) {
      await killTransaction(req)
      if (error instanceof APIError && error.status === 409)
        return { message: error.message, ok: false }
      throw error
    }
  }

  /** Everything a posting of these items could touch, to show that a refusal changed nothing. */
  const snapshot = async (items: number[]) =>
    JSON.stringify([
      await rows(
        `select item_id, location_id, lot_id, on_hand::text, reserved::text, available::text
         from stock_balances where item_id in (${items}) order by item_id, location_id, lot_id`,
      ),
      await rows(
        `select item_id, count(*)::int as n, max(id) as last from stock_movements
         where item_id in (${items}) group by item_id order by item_id`,
      ),
      await rows(`select count(*)::int as n from lots where item_id in (${items})`),
      await rows(
        `select id, on_hand::text, available::text from items where id in (${items}) order by id`,
      ),
    ])

  /** Lots of the item at the location with stock, in FIFO order, and what they hold. */
  const stockAt = (item: number, location: number) =>
    rows<{ available: string; lot: number }>(
      `select b.lot_id as lot, (b.on_hand - b.reserved)::text as available
       from stock_balances b join lots l on l.id = b.lot_id
       where b.item_id = ${item} and b.location_id = ${location} and b.on_hand - b.reserved > 0
       order by l.received_at, l.id`,
    )

  /** Whether the mirror of a posting finds every lot it takes back at its physical locations. */
  const reversible = async (key: string) => {
    const needs = await rows<{ have: string; kind: string; need: string }>(
      `select l.kind::text as kind, sum(m.quantity)::text as need,
              coalesce(max(b.on_hand - b.reserved), 0)::text as have
       from stock_movements m join locations l on l.id = m.to_id
       left join stock_balances b
         on b.item_id = m.item_id and b.location_id = m.to_id and b.lot_id = m.lot_id
       where m.posting_key = '${key}'
       group by m.item_id, m.to_id, m.lot_id, l.kind`,
    )
    return needs.every((n) => n.kind === 'virtual' || new Big(n.have).gte(n.need))
  }

  /** (a), (b), (c) and no physical balance below zero (the items refuse negative stock). */
  const checkInvariants = async (items: number[]) => {
    // (a) Double entry: per item, on hand over all locations sums to zero.
    expect(
      await rows(
        `select item_id, sum(on_hand)::text as total from stock_balances
         where item_id in (${items}) group by item_id having sum(on_hand) <> 0`,
      ),
    ).toEqual([])
    // (b) Every balance is what its movements brought in minus what they took out.
    expect(
      await rows(
        `with flows as (
           select item_id, to_id as location_id, lot_id, quantity as q from stock_movements
           where item_id in (${items}) and reason not in ('reserve', 'release')
           union all
           select item_id, from_id, lot_id, -quantity from stock_movements
           where item_id in (${items}) and reason not in ('reserve', 'release')
         ), expected as (
           select item_id, location_id, lot_id, sum(q) as on_hand from flows group by 1, 2, 3
         ), balances as (
           select * from stock_balances where item_id in (${items})
         )
         select coalesce(b.item_id, e.item_id) as item, coalesce(b.location_id, e.location_id) as location,
                coalesce(b.lot_id, e.lot_id) as lot, b.on_hand::text as actual, e.on_hand::text as expected
         from balances b full join expected e
           on e.item_id = b.item_id and e.location_id = b.location_id and e.lot_id = b.lot_id
         where coalesce(b.on_hand, 0) <> coalesce(e.on_hand, 0)
            or b.reserved <> 0 or b.available <> b.on_hand - b.reserved`,
      ),
    ).toEqual([])
    // (c) The item's on hand (and available) is the sum over physical locations.
    expect(
      await rows(
        `select i.id, i.on_hand::text as on_hand, i.available::text as available, t.on_hand::text as physical
         from items i left join lateral (
           select coalesce(sum(b.on_hand), 0) as on_hand, coalesce(sum(b.available), 0) as available
           from stock_balances b join locations l on l.id = b.location_id
           where b.item_id = i.id and l.kind <> 'virtual'
         ) t on true
         where i.id in (${items})
           and (coalesce(i.on_hand, 0) <> t.on_hand or coalesce(i.available, 0) <> t.available)`,
      ),
    ).toEqual([])
    expect(
      await rows(
        `select b.item_id, b.location_id, b.lot_id, b.on_hand::text from stock_balances b
         join locations l on l.id = b.location_id
         where b.item_id in (${items}) and l.kind <> 'virtual' and b.on_hand < 0`,
      ),
    ).toEqual([])
  }

  // Each sequence runs on two fresh items and fresh locations. Besides the invariants, every step
  // is checked against an oracle read from the database just before it: outbound postings pass
  // exactly when the warehouse holds enough (and take the lots FIFO/LIFO would), receipts and
  // adjustments always pass, a reversal passes exactly when its target is not yet reversed and
  // the target's lots are still where it put them; a refusal leaves every row as it was.
  it('keeps double entry, balances, item totals and full reversibility', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12, minLength: 4 }), async (ops) => {
        const f = await inventoryFixtures(payload, { negativeStock: 'refuse' })
        await payload.update({
          collection: 'items',
          data: { negativeStock: 'refuse' },
          id: f.other,
        })
        const items = [f.item, f.other]
        const posted: Posted[] = []

        for (const [n, o] of ops.entries()) {
          const key = `prop-${f.tag}-${n}`
          const before = await snapshot(items)
          let outcome: Awaited<ReturnType<typeof attempt>>
          let mustPass: boolean
          let depth = 0
          let target: Posted | undefined
          let expectedPicks: [number, string][] | undefined

          if (o.kind === 'reverse') {
            if (posted.length === 0) continue
            target = posted[o.pick % posted.length]!
            depth = target.depth + 1
            mustPass = !target.reversedBy && (await reversible(target.key))
            outcome = await attempt((req) => reverse(req, { key, postingKey: target!.key }))
            if (target.reversedBy) {
              expect(outcome.ok ? '' : outcome.message).toMatch(/already reversed/)
            }
          } else if (o.kind === 'receipt' || o.kind === 'adjustment') {
            mustPass = true
            outcome = await attempt((req) =>
              post(req, {
                key,
                lines: [
                  {
                    from: o.kind === 'receipt' ? f.virtual.supplier : f.virtual.adjustment,
                    item: items[o.item]!,
                    newLot: {
                      receivedAt:
                        o.kind === 'receipt'
                          ? new Date(Date.UTC(2026, 0, 1 + o.receivedDay)).toISOString()
                          : undefined,
                      unitCost: o.unitCost,
                    },
                    quantity: o.quantity,
                    reason: o.kind,
                    to: f.warehouse,
                  },
                ],
              }),
            )
          } else {
            const lots = await stockAt(items[o.item]!, f.warehouse)
            const available = lots.reduce((sum, l) => sum.plus(l.available), new Big(0))
            mustPass = available.gte(o.quantity)
            if (mustPass) {
              // The lots FIFO (oldest first) or LIFO (newest first) should take, and how much.
              const ordered = o.strategy === 'lifo' ? [...lots].reverse() : lots
              let rest = new Big(o.quantity)
              expectedPicks = []
              for (const lot of ordered) {
                if (rest.lte(0)) break
                const take = rest.lt(lot.available) ? rest : new Big(lot.available)
                expectedPicks.push([lot.lot, take.toFixed()])
                rest = rest.minus(take)
              }
            }
            const to = {
              consume: f.virtual.production,
              loss: f.virtual.loss,
              transfer: f.floor,
            }[o.kind]
            const reason = { consume: 'consume', loss: 'loss_waste', transfer: 'transfer' } as const
            outcome = await attempt((req) =>
              post(req, {
                key,
                lines: [
                  {
                    from: f.warehouse,
                    item: items[o.item]!,
                    quantity: o.quantity,
                    reason: reason[o.kind],
                    strategy: o.strategy,
                    to,
                  },
                ],
              }),
            )
          }

          const context = `op ${n} ${JSON.stringify(o)}: ${outcome.ok ? 'posted' : outcome.message}`
          expect(outcome.ok, context).toBe(mustPass)
          if (outcome.ok) {
            expect(outcome.result.replayed, context).toBe(false)
            if (expectedPicks) {
              expect(
                outcome.result.movements.map((m) => [m.lot, new Big(m.quantity).toFixed()]),
                context,
              ).toEqual(expectedPicks)
            }
            posted.push({ depth, key })
            if (target) target.reversedBy = key
          } else {
            expect(await snapshot(items), `${context}: a refusal changed nothing`).toBe(before)
          }
          await checkInvariants(items)
        }

        // The ledger agrees with the model on which postings are still in force.
        const open = await rows<{ posting_key: string }>(
          `select distinct m.posting_key from stock_movements m
           where m.item_id in (${items})
             and not exists (select 1 from stock_movements r where r.reverses_id = m.id)
           order by 1`,
        )
        expect(open.map((r) => r.posting_key)).toEqual(
          posted
            .filter((p) => !p.reversedBy)
            .map((p) => p.key)
            .sort(),
        )

        // (d) Undo what is still in force, newest first: a chain of reversals of odd length
        // (the posting, or the reversal of its reversal…) still has an effect.
        for (const [n, p] of [...posted].reverse().entries()) {
          if (p.reversedBy || p.depth % 2 === 1) continue
          const outcome = await attempt((req) =>
            reverse(req, { key: `prop-${f.tag}-final-${n}`, postingKey: p.key }),
          )
          expect(outcome.ok ? 'reversed' : outcome.message, `final reversal of ${p.key}`).toBe(
            'reversed',
          )
        }
        await checkInvariants(items)
        expect(
          await rows(
            `select item_id, location_id, lot_id, on_hand::text, reserved::text, available::text
             from stock_balances
             where item_id in (${items}) and (on_hand <> 0 or reserved <> 0 or available <> 0)`,
          ),
        ).toEqual([])
        expect(
          await rows(
            `select id, on_hand::text from items
             where id in (${items}) and (coalesce(on_hand, 0) <> 0 or coalesce(available, 0) <> 0)`,
          ),
        ).toEqual([])
      }),
      { interruptAfterTimeLimit: 100_000, numRuns: 20 },
    )
  }, 120_000)
})
