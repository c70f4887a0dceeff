import { toast } from '@payloadcms/ui'

/** What a bulk action did: the codes it acted on, and the ones it refused with the reason. */
export type BulkOutcome = { refused?: { code: string; reason: string }[] }

/** Reports a bulk action: a success for what was done, a warning listing each refusal. */
export function reportOutcome(done: string, outcome: BulkOutcome) {
  toast.success(done)
  const refused = outcome.refused ?? []
  if (refused.length > 0)
    toast.warning(
      `Refused ${refused.length}: ${refused.map((r) => `${r.code} ${r.reason}`).join('; ')}`,
      { duration: 12_000 },
    )
}
