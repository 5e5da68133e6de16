import type {
  ActionInstance,
  ActionInstanceList,
  ActionRunResponse,
  DataRecordList,
  ListActionsQuery,
} from '../types'
import { ActionsApiError } from './ActionsApiError'
import { createTokenSource } from './createTokenSource'
import { checkInstance, checkInstanceList, checkRecordList, checkRunResponse } from './responseShapes'
import type { ShapeCheck } from './responseShapes'
import { sendRequest } from './sendRequest'
import { withinDeadline } from './withinDeadline'
import type { HttpCall } from './sendRequest'
import type {
  ActionClient,
  ActionsClient,
  ActionsClientOptions,
  ConnectionClient,
  RequestOptions,
} from './types'

/** The platform's API, used when `apiUri` is not given. */
export const DEFAULT_API_URI = 'https://api.integration.app'

const DEFAULT_TIMEOUT_MS = 65_000

type Query = { [key: string]: string | number | boolean | undefined }

function toSearch(query: Query): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.set(name, String(value))
  }
  const search = params.toString()
  return search ? `?${search}` : ''
}

/**
 * Creates a client of the Action Instances API (no React). Tokens come from `token` or `fetchToken`;
 * with `fetchToken` the token is refreshed before it expires and once after a 401. The client never retries.
 * @example
 * const client = createActionsClient({ fetchToken: () => fetch('/api/token').then((r) => r.text()) })
 * const { output } = await client.connection('hubspot').action('create-contact').run({ email: 'a@b.co' })
 */
export function createActionsClient(options: ActionsClientOptions): ActionsClient {
  const apiUri = (options.apiUri ?? DEFAULT_API_URI).replace(/\/+$/, '')
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const tokens = createTokenSource(options.token, options.fetchToken)

  async function request<T>(
    method: HttpCall['method'],
    path: string,
    {
      query = {},
      body,
      signal,
      expectBody = true,
      check,
    }: RequestOptions & { query?: Query; body?: unknown; expectBody?: boolean; check?: ShapeCheck },
  ): Promise<T> {
    const fetchImpl = options.fetch ?? globalThis.fetch
    const call = async (token: string) => {
      const result = await sendRequest({
        method,
        url: `${apiUri}${path}${toSearch(query)}`,
        token,
        body,
        signal,
        fetch: fetchImpl,
        timeoutMs,
        expectBody,
      })
      const problem = check?.(result.body)
      if (problem !== undefined) {
        throw new ActionsApiError({
          status: result.status,
          type: 'invalid_response',
          message: `The server answered ${result.status} with a body the kit cannot use: ${problem}`,
        })
      }
      return result
    }
    const getToken = () =>
      withinDeadline(tokens.get(), timeoutMs, signal, 'Getting a customer token (fetchToken)').catch(
        (error: unknown) => {
          if (error instanceof ActionsApiError && error.type === 'timeout') tokens.abandonPending()
          throw error
        },
      )
    const token = await getToken()
    try {
      return (await call(token)).body as T
    } catch (error) {
      if (!(error instanceof ActionsApiError) || error.status !== 401 || !tokens.canRefresh) throw error
      tokens.invalidate(token)
      return (await call(await getToken())).body as T
    }
  }

  function action(
    connection: string,
    actionKey: string,
    selector: { instanceKey?: string | undefined } = {},
  ): ActionClient {
    const base = `/connections/${encodeURIComponent(connection)}/actions/${encodeURIComponent(actionKey)}`
    const query = { instanceKey: selector.instanceKey }
    return {
      get: (opts = {}) => request<ActionInstance>('GET', base, { ...opts, query, check: checkInstance }),
      patch: (data, opts = {}) =>
        request<ActionInstance>('PATCH', base, { ...opts, query, body: data, check: checkInstance }),
      setup: (opts = {}) =>
        request<ActionInstance>('POST', `${base}/setup`, { ...opts, query, check: checkInstance }),
      reset: (opts = {}) =>
        request<ActionInstance>('POST', `${base}/reset`, { ...opts, query, check: checkInstance }),
      run: <TInput extends object, TOutput>(input: TInput, opts: RequestOptions = {}) =>
        request<ActionRunResponse<TOutput>>('POST', `${base}/run`, {
          ...opts,
          query,
          body: input,
          check: checkRunResponse,
        }),
      archive: async (opts = {}) => {
        await request<unknown>('DELETE', base, { ...opts, query, expectBody: false })
      },
    }
  }

  return {
    apiUri,
    connection(connection: string): ConnectionClient {
      return {
        connection,
        actions: {
          list: (query: ListActionsQuery = {}, opts: RequestOptions = {}) =>
            request<ActionInstanceList>('GET', `/connections/${encodeURIComponent(connection)}/actions`, {
              ...opts,
              query: { ...query },
              check: checkInstanceList,
            }),
        },
        action: (actionKey, selector) => action(connection, actionKey, selector),
        dataCollection(key) {
          const base = `/connections/${encodeURIComponent(connection)}/data/${encodeURIComponent(key)}/`
          const page = (
            kind: string,
            { parameters, ...body }: { parameters?: Query },
            opts: RequestOptions,
          ) =>
            request<DataRecordList>('POST', base + kind, {
              ...opts,
              query: { ...parameters },
              body,
              check: checkRecordList,
            })
          return {
            list: (query = {}, opts = {}) => page('list', query, opts),
            search: (q, o = {}) => page('search', q, o),
          }
        },
      }
    },
  }
}
