import type { PayloadRequest } from 'payload'

/** How many entries are recorded on the run, reversals and reversed ones included. */
export async function entryCountOf(req: PayloadRequest, run: number): Promise<number> {
  const { totalDocs } = await req.payload.count({
    collection: 'production-run-entries',
    overrideAccess: true,
    req,
    where: { run: { equals: run } },
  })
  return totalDocs
}

/** "1 recorded entry", "3 recorded entries". */
export const recordedEntries = (count: number): string =>
  `${count} recorded entr${count === 1 ? 'y' : 'ies'}`
