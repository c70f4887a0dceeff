import type { GraphQLFieldConfig } from 'graphql'
import type { PayloadRequest } from 'payload'

import { GraphQLJSON } from '@payloadcms/graphql/types'

import type { Action, ArgType } from './defineAction'
import { performAction } from './performAction'

type GraphQLModule = typeof import('graphql')

const typeOf = (GraphQL: GraphQLModule, type: ArgType) => {
  const base = type.replace('!', '')
  const named =
    base === 'Int' ? GraphQL.GraphQLInt : base === 'String' ? GraphQL.GraphQLString : GraphQLJSON
  return type.endsWith('!') ? new GraphQL.GraphQLNonNull(named) : named
}

/** The GraphQL mutation `<name>` of an action: same arguments as its REST endpoint, JSON result. */
export const actionMutation = (
  GraphQL: GraphQLModule,
  action: Action<any, any>,
): GraphQLFieldConfig<unknown, { req: PayloadRequest }> => ({
  args: Object.fromEntries(
    Object.entries(action.args).map(([name, type]) => [
      name,
      { type: typeOf(GraphQL, type as ArgType) },
    ]),
  ),
  description: action.description,
  resolve: (_source, args, context) => performAction(action, context.req, args),
  type: GraphQLJSON,
})
