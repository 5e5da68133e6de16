import type { ActionsClient, RequestOptions } from '../client/types'
import type { ActionInstance } from '../types'
import { toToolDefinitions } from './toToolDefinitions'
import type { ToolDefinitionsOptions, ToolSource } from './toToolDefinitions'
import type { ToolFormat, ToolSet } from './types'

/** Options of `loadToolDefinitions`. */
export interface LoadToolDefinitionsOptions<F extends ToolFormat>
  extends ToolDefinitionsOptions<F>, RequestOptions {
  /** Sets up every instance with `isOutdated: true` before defining its tool, so its schema is current. Defaults to `true`. */
  setupOutdated?: boolean
  /** Which instances become tools. Defaults to all. */
  filter?: (instance: ActionInstance) => boolean
}

/**
 * Lists the action instances of `connections` through `client` (every page), sets up the outdated ones, and
 * returns `toToolDefinitions` of them.
 * @example
 * const tools = await loadToolDefinitions(client, ['hubspot', 'slack'], { format: 'anthropic' })
 */
export async function loadToolDefinitions<F extends ToolFormat>(
  client: ActionsClient,
  connections: readonly string[],
  options: LoadToolDefinitionsOptions<F>,
): Promise<ToolSet<F>> {
  const { setupOutdated = true, filter, signal, ...definitionOptions } = options
  const request = signal ? { signal } : {}
  const perConnection = await Promise.all(
    connections.map(async (connection) => {
      const sources: ToolSource[] = []
      let cursor: string | undefined
      do {
        const page = await client.connection(connection).actions.list(cursor ? { cursor } : {}, request)
        for (const listed of page.items) {
          if (filter && !filter(listed)) continue
          const instance =
            setupOutdated && listed.isOutdated
              ? await client
                  .connection(connection)
                  .action(listed.key ?? listed.id, { instanceKey: listed.instanceKey })
                  .setup(request)
              : listed
          sources.push({ connection, instance })
        }
        cursor = page.cursor
      } while (cursor)
      return sources
    }),
  )
  return toToolDefinitions(perConnection.flat(), definitionOptions)
}
