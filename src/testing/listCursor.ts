import { HttpError } from './responses'

/** An opaque list cursor: the creation sequence of the last item of a page. */
export function encodeCursor(seq: number): string {
  return btoa(`seq:${seq}`).replace(/=+$/, '')
}

/** The sequence a cursor stands for; a cursor the API did not issue is a 400. */
export function decodeCursor(cursor: string): number {
  let text = ''
  try {
    text = atob(cursor)
  } catch {
    // fall through to the error below
  }
  const match = /^seq:(\d+)$/.exec(text)
  if (match?.[1] === undefined)
    throw new HttpError(400, 'The cursor is not valid; pass back a cursor from a list.')
  return Number(match[1])
}
