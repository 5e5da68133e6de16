import { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import {
  actionKeys,
  ActionsProvider,
  useAction,
  useActionRuns,
  useActions,
  useArchiveAction,
  usePatchAction,
  useResetAction,
  useRunAction,
  useSetupAction,
} from 'react-action-instances'
import type {
  ActionInstance,
  ActionsClient,
  ActionsClientOptions,
  ActionListData,
} from 'react-action-instances'
import type { ReferenceApi } from 'react-action-instances/testing'
import { reliabilityClient } from './reliabilityFaults'

/** The instance every hook of the harness works on. */
export const contact = { connection: 'hubspot', action: 'create-contact' }

/**
 * Every hook of the kit on one instance, reads without retries (retries are tested elsewhere). The query results
 * are spread so every property is tracked and the test sees each change.
 */
export function useEveryHook() {
  return {
    list: { ...useActions({ connection: 'hubspot' }, { retry: false }) },
    detail: { ...useAction(contact, { retry: false }) },
    patch: usePatchAction(contact),
    setup: useSetupAction(contact),
    reset: useResetAction(contact),
    run: useRunAction(contact),
    archive: useArchiveAction(contact),
    runs: useActionRuns(contact),
  }
}

/** Only the read hook of one operation, so its own request is the one that fails. */
export function useReadHook(operation: 'list' | 'get') {
  const list = useActions({ connection: 'hubspot' }, { retry: false, enabled: operation === 'list' })
  const detail = useAction(contact, { retry: false, enabled: operation === 'get' })
  return { ...(operation === 'list' ? list : detail) }
}

/** A QueryClient like a host app's, plus a client and a wrapper providing both. */
export function hookHarness(api: ReferenceApi, token: string, overrides: Partial<ActionsClientOptions> = {}) {
  const client: ActionsClient = reliabilityClient(api, token, overrides)
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ActionsProvider client={client} queryClient={queryClient}>
      {children}
    </ActionsProvider>
  )
  return { client, queryClient, wrapper }
}

/** The cached detail and list items of the harness's instance. */
export function cachedView(queryClient: QueryClient) {
  const detail = queryClient.getQueryData<ActionInstance>(actionKeys.detail('hubspot', 'create-contact'))
  const list = queryClient.getQueryData<ActionListData>(actionKeys.list('hubspot', {}))
  return { detail, listItems: list?.pages.flatMap((page) => page.items) }
}

/** Spies on console.error and console.warn; `messages()` lists what React (or anything) printed. */
export function spyOnConsole() {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  return {
    messages: () => [...error.mock.calls, ...warn.mock.calls].map((args) => args.map(String).join(' ')),
    restore() {
      error.mockRestore()
      warn.mockRestore()
    },
  }
}
