import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { createActionsClient } from 'react-action-instances'
import {
  deLabels,
  ToolCallApproval,
  useToolCalls,
  ActionsLabelsProvider,
} from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import { createMemoryApprovalStorage, loadToolDefinitions } from 'react-action-instances/tools'
import type { AnthropicToolCall, ToolApprovalStorage, ToolSet } from 'react-action-instances/tools'
import { expectNoAxeViolations } from './support/axe'
import { renderWithApi, TEST_API_URI } from './support/renderWithApi'

function Assistant(props: {
  tools: ToolSet<'anthropic'>
  calls: AnthropicToolCall[]
  storage: ToolApprovalStorage
}) {
  const toolCalls = useToolCalls({
    format: 'anthropic',
    tools: props.tools,
    customer: 'customer-1',
    storage: props.storage,
  })
  const [results, setResults] = useState<unknown[]>([])
  return (
    <>
      <button
        type="button"
        onClick={() =>
          props.calls.forEach(
            (call) => void toolCalls.add(call).then((r) => setResults((all) => [...all, r])),
          )
        }
      >
        Replay
      </button>
      {toolCalls.calls.map((call) => (
        <ToolCallApproval
          key={call.key}
          call={call}
          onApprove={(args, options) => toolCalls.approve(call.key, args, options)}
          onDeny={(reason) => toolCalls.deny(call.key, reason)}
        />
      ))}
      <pre data-testid="results">{JSON.stringify(results)}</pre>
    </>
  )
}

const send = (id: string, text: string): AnthropicToolCall => ({
  type: 'tool_use',
  id,
  name: 'slack-send-message',
  input: { channel: 'C0GENERAL', text },
})

async function setup(
  calls: AnthropicToolCall[],
  storage = createMemoryApprovalStorage(),
  wrap?: (ui: React.ReactNode) => React.ReactNode,
) {
  const api = createReferenceApi()
  const token = await api.mintToken({ id: 'customer-1' })
  const client = createActionsClient({ token, fetch: api.fetch, apiUri: TEST_API_URI })
  const tools = await loadToolDefinitions(client, ['slack', 'hubspot'], { format: 'anthropic' })
  const user = userEvent.setup()
  const view = await renderWithApi(<Assistant tools={tools} calls={calls} storage={storage} />, {
    api,
    ...(wrap ? { wrap } : {}),
  })
  await user.click(screen.getByRole('button', { name: 'Replay' }))
  const results = () =>
    JSON.parse(screen.getByTestId('results').textContent ?? '[]') as {
      content: { tool_use_id: string; content: string; is_error?: boolean }[]
    }[]
  return { ...view, user, results, storage }
}

const region = (name: RegExp) => screen.getByRole('article', { name })

describe('ToolCallApproval', () => {
  describe('given a pending call', () => {
    it('shows the form pre-filled with the model arguments; Approve runs it and answers the model', async () => {
      const { user, results, container, api } = await setup([send('toolu_1', 'Hello team')])
      const call = region(/wants to run “Send message”/)
      expect(await within(call).findByRole('textbox', { name: /Text/ }, { timeout: 10_000 })).toHaveValue(
        'Hello team',
      )
      await expectNoAxeViolations(container)
      expect(api.countRequests({ operation: 'run' })).toBe(0)
      await user.click(within(call).getByRole('button', { name: 'Approve' }))
      await waitFor(() => expect(call).toHaveAttribute('data-state', 'succeeded'))
      expect(within(call).getByRole('status')).toHaveTextContent('Approved and run.')
      expect(within(call).getByRole('heading', { name: /wants to run/ })).toHaveFocus()
      expect(results()[0]?.content[0]).toMatchObject({ tool_use_id: 'toolu_1' })
      expect(results()[0]?.content[0]?.is_error).toBeUndefined()
      await expectNoAxeViolations(container)
    })

    it('runs with the edited arguments, validated before they go', async () => {
      const { user, results } = await setup([send('toolu_2', 'Helo')])
      const call = region(/Send message/)
      const text = await within(call).findByRole('textbox', { name: /Text/ }, { timeout: 10_000 })
      await user.clear(text)
      await user.click(within(call).getByRole('button', { name: 'Approve' }))
      expect(call).toHaveAttribute('data-state', 'pending')
      await user.type(within(call).getByRole('textbox', { name: /Text/ }), 'Hello, fixed')
      await user.click(within(call).getByRole('button', { name: 'Approve' }))
      await waitFor(() => expect(results()).toHaveLength(1))
      expect(JSON.parse(results()[0]?.content[0]?.content ?? '{}')).toMatchObject({ text: 'Hello, fixed' })
    })

    it('denies with a reason, by keyboard only, and returns it to the model without running', async () => {
      const { user, results, api, container } = await setup([send('toolu_3', 'Spam')])
      const call = region(/Send message/)
      await within(call).findByRole('textbox', { name: /Text/ }, { timeout: 10_000 })
      within(call).getByRole('button', { name: 'Deny' }).focus()
      await user.keyboard('{Enter}')
      const reason = within(call).getByRole('textbox', { name: 'Reason for the assistant (optional)' })
      expect(reason).toHaveFocus()
      await expectNoAxeViolations(container)
      await user.keyboard('Not to everyone')
      await user.tab()
      await user.keyboard('{Enter}')
      await waitFor(() => expect(call).toHaveAttribute('data-state', 'denied'))
      expect(within(call).getByRole('status')).toHaveTextContent('Denied: Not to everyone')
      expect(results()[0]?.content[0]).toMatchObject({
        is_error: true,
        content: expect.stringContaining('Not to everyone'),
      })
      expect(api.countRequests({ operation: 'run' })).toBe(0)
    })

    it('"Always allow this action" remembers the action for the customer: the next call runs without asking', async () => {
      const storage = createMemoryApprovalStorage()
      const first = await setup([send('toolu_4', 'One')], storage)
      const call = region(/Send message/)
      await within(call).findByRole('textbox', { name: /Text/ }, { timeout: 10_000 })
      await first.user.click(within(call).getByRole('button', { name: 'Always allow this action' }))
      await waitFor(() => expect(first.results()).toHaveLength(1))
      expect(
        storage.isAlwaysAllowed({ customer: 'customer-1', connection: 'slack', action: 'send-message' }),
      ).toBe(true)
      first.unmount()
      const second = await setup([send('toolu_5', 'Two')], storage)
      await waitFor(() => expect(second.results()).toHaveLength(1))
      expect(region(/Send message/)).toHaveTextContent('Ran without asking')
    })

    it('never offers "Always allow" for a deleting action', async () => {
      await setup([{ type: 'tool_use', id: 'toolu_6', name: 'hubspot-delete-contact', input: { id: 'c-1' } }])
      const call = region(/Delete contact/)
      await within(call).findByRole('textbox', { name: /Contact id/ }, { timeout: 10_000 })
      expect(within(call).getByRole('button', { name: 'Approve' })).toBeInTheDocument()
      expect(within(call).queryByRole('button', { name: 'Always allow this action' })).toBeNull()
    })

    it('answers an unknown tool at once, with no form', async () => {
      const { results } = await setup([{ type: 'tool_use', id: 'toolu_7', name: 'slack-nuke', input: {} }])
      await waitFor(() => expect(results()).toHaveLength(1))
      expect(results()[0]?.content[0]?.is_error).toBe(true)
      expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull()
    })

    it('speaks German with deLabels', async () => {
      await setup([send('toolu_8', 'Hallo')], undefined, (ui) => (
        <ActionsLabelsProvider labels={deLabels}>{ui}</ActionsLabelsProvider>
      ))
      const call = region(/Der Assistent möchte „Send message“ ausführen/)
      expect(
        await within(call).findByRole('button', { name: 'Genehmigen' }, { timeout: 10_000 }),
      ).toBeInTheDocument()
      expect(within(call).getByRole('button', { name: 'Diese Aktion immer erlauben' })).toBeInTheDocument()
      expect(within(call).getByRole('button', { name: 'Ablehnen' })).toBeInTheDocument()
    })
  })
})
