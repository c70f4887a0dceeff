import {
  type AfterErrorHook,
  APIError,
  AuthenticationError,
  Forbidden,
  Locked,
  LockedAuth,
  NotFound,
  QueryError,
  UnauthorizedError,
  UnverifiedEmail,
  ValidationError,
} from 'payload'

import { invalidJsonMessage } from '../requestLimit'

/** Payload's error classes by the name a client reads, subclasses before APIError. */
const namedClasses = Object.entries({
  AuthenticationError,
  Forbidden,
  Locked,
  LockedAuth,
  NotFound,
  QueryError,
  UnauthorizedError,
  UnverifiedEmail,
  ValidationError,
  APIError,
})

const nameOf = (error: Error): string =>
  namedClasses.find(([, type]) => error instanceof type)?.[0] ??
  (/^[A-Z][A-Za-z]{3,}$/.test(error.name) ? error.name : 'APIError')

/** What Payload's body parser says of a body that is not JSON, said so the caller knows. */
const invalidJson = (error: Error & { status?: number }) =>
  error.status === 400 && error.message === 'Invalid JSON'

/**
 * Every refusal (a 4xx, or a 503) answers over REST with what was wrong. Payload's REST answer
 * keeps an error's message only when the error has a class name, and a production build's
 * minifier turns `class APIError` into an anonymous class: every plain APIError (a 401, a 404 of
 * the plugin's, a 409, a broken JSON body) then read "An unknown error occurred.". GraphQL
 * answers with the message already and is left alone; 500s stay hidden.
 */
export const answerRefusalsPlainly: AfterErrorHook = ({ error, graphqlResult }) => {
  if (graphqlResult) return
  const { data, isPublic, status } = error as Error & {
    data?: Record<string, unknown> | null
    isPublic?: boolean
    status?: number
  }
  if (typeof status !== 'number' || status < 400 || status === 500 || status > 599) return
  if (isPublic === false) return
  if (invalidJson(error))
    return {
      response: {
        errors: [{ name: 'APIError', data: { code: 'invalid' }, message: invalidJsonMessage }],
      },
      status,
    }
  const answer = data
    ? { name: nameOf(error), data, message: error.message }
    : { message: error.message }
  return { response: { errors: [answer] }, status }
}
