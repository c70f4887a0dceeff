import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'

/** The e-mails the demo has sent since it started, newest last (what the tests read back). */
export const sentEmails: SendEmailOptions[] = []

const addresses = (value: SendEmailOptions['to']): string =>
  (Array.isArray(value) ? value : [value])
    .filter(Boolean)
    .map((to) => (typeof to === 'string' ? to : to!.address))
    .join(', ')

/**
 * The demo's e-mail: written to the console instead of being delivered (an app sets a real
 * adapter, such as @payloadcms/email-nodemailer, in its own config).
 */
export const consoleEmail: PayloadEmailAdapter = ({ payload }) => ({
  defaultFromAddress: 'manufacturing@example.com',
  defaultFromName: 'Payload Manufacturing',
  name: 'demo-console',
  sendEmail: async (message) => {
    sentEmails.push(message)
    const attached = (message.attachments ?? []).map((a: { filename?: unknown }) => a.filename).filter(Boolean)
    payload.logger.info(
      `E-mail to ${addresses(message.to)}: "${message.subject ?? ''}"` +
        (attached.length ? ` with ${attached.join(', ')}` : '') +
        `\n${typeof message.text === 'string' ? message.text : ''}`,
    )
  },
})
