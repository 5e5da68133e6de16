import { createActionsClient } from 'react-action-instances'
import type { ActionsClient } from 'react-action-instances'
import { createReferenceApi } from 'react-action-instances/testing'
import type { ReferenceApi } from 'react-action-instances/testing'
import type { ToolFormat } from 'react-action-instances/tools'

/** The seeded connections. */
export const SEEDED_CONNECTIONS = ['hubspot', 'slack', 'github']
/** Every format the tools entry writes. */
export const FORMATS: readonly ToolFormat[] = ['openai', 'anthropic', 'mcp', 'ai-sdk']

/** A fresh reference API and a client of one customer on it. */
export async function toolsClient(
  customerId = 'customer-1',
): Promise<{ api: ReferenceApi; client: ActionsClient }> {
  const api = createReferenceApi()
  const token = await api.mintToken({ id: customerId })
  return { api, client: createActionsClient({ token, fetch: api.fetch, apiUri: 'http://reference.test' }) }
}
