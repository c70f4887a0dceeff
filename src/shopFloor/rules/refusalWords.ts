/**
 * A server's refusal in an operator's words: the API names the argument at fault
 * (`lines[0].quantity: …`) for programs; on the floor the sentence after it is what matters.
 */
export function refusalWords(message: string): string {
  return message
    .split('\n')
    .map((line) => line.replace(/^[a-zA-Z]+(\[\d+\])?(\.[a-zA-Z]+(\[\d+\])?)*: /, '').trim())
    .filter(Boolean)
    .join('\n')
}

/** What the station says when a request got no answer: nothing is lost, and a retry is safe. */
export const droppedWords =
  'The network dropped before the server answered. What you entered is kept: tap Retry. It is never recorded twice.'
