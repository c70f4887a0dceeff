import type { PayloadRequest } from 'payload'

import type { PermissionKey } from '../access/permissions'
import type { CostFieldRules } from './rules/costFields'

/** GraphQL type of an argument; REST takes the same names in its JSON body. */
export type ArgType = 'Int' | 'Int!' | 'JSON' | 'JSON!' | 'String' | 'String!'

/** A key that governs cost fields, as the collections' field access uses it. */
export type ViewCostsKey = Extract<PermissionKey, `${string}.viewCosts`>

/**
 * A business action that is not plain CRUD: one service function, exposed as the REST endpoint
 * `POST /api/manufacturing/<name>` and the GraphQL mutation (or query) `<name>`, with the same
 * arguments.
 */
export type Action<Args = Record<string, unknown>, Result = unknown> = {
  args: Record<keyof Args & string, ArgType>
  /**
   * Which view-costs key governs each cost field of the answer, as on the collection the figure
   * comes from (a movement's `unitCost`: `items.viewCosts`); `{}` when the answer holds none.
   * Required: every cost field not named here is taken out of the answer (see performAction).
   */
  costs: CostFieldRules<ViewCostsKey>
  description: string
  /** A read-only action is a GraphQL query rather than a mutation (REST is POST either way). */
  kind?: 'mutation' | 'query'
  name: string
  permission: PermissionKey
  /** When the permission depends on the arguments (which collection a document is in). */
  permissionFor?: (args: Args) => { description: string; permission: PermissionKey }
  perform: (req: PayloadRequest, args: Args) => Promise<Result>
}

export const defineAction = <Args, Result>(action: Action<Args, Result>): Action<Args, Result> =>
  action
