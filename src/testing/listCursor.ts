import { LRUCache } from 'lru-cache'
import { HttpError } from './responses'

/** How many list cursors stay valid at once; the oldest unused ones expire first. */
export const MAX_LIVE_CURSORS = 10_000

interface CursorBinding {
  scope: string
  seq: number
}

/**
 * Opaque list cursors: a random id that stands for a position, bound to the customer, connection and filters
 * of the list that issued it. The id reveals nothing, and a cursor used for another list is a 400.
 */
export class ListCursors {
  private readonly live = new LRUCache<string, CursorBinding>({ max: MAX_LIVE_CURSORS })

  /** A cursor for the position after `seq` in the list named by `scope`. */
  issue(scope: string, seq: number): string {
    const id = crypto.randomUUID().replace(/-/g, '')
    this.live.set(id, { scope, seq })
    return id
  }

  /** The position a cursor stands for; a cursor not issued for this list (or expired) is a 400. */
  resolve(scope: string, cursor: string): number {
    const binding = this.live.get(cursor)
    if (binding === undefined || binding.scope !== scope) {
      throw new HttpError(
        400,
        'The cursor is not valid for this list; pass back a cursor from the same list.',
      )
    }
    return binding.seq
  }
}
