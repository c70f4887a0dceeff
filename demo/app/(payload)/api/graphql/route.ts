import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { withRequestLimit } from 'payload-plugin-manufacturing'

export const POST = withRequestLimit(GRAPHQL_POST(config), config)
export const OPTIONS = REST_OPTIONS(config)
