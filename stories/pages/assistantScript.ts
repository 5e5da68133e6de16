import type { ToolCallByFormat, ToolFormat } from 'react-action-instances/tools'

/** One turn of the scripted agent: what it says, and the tool call it makes, recorded in one provider's format. */
export type ScriptStep = {
  [F in ToolFormat]: { format: F; say: string; call: ToolCallByFormat[F] }
}[ToolFormat]

/** What the person asked the assistant. */
export const userRequest =
  'Tell #general the deploy finished, file an issue about the flaky login test, remove the test contact, and check which Slack channels we have.'

/** Tool calls as the providers sent them (no model runs: the page replays them in order). */
export const assistantScript: ScriptStep[] = [
  {
    format: 'openai',
    say: 'I will post the news to #general.',
    call: {
      id: 'call_Qm9uZ2U2',
      type: 'function',
      function: {
        name: 'slack-send-message',
        arguments: JSON.stringify({
          channel: 'C0GENERAL',
          text: 'Deploy of v2.3 finished.',
          threadTs: null,
          unfurlLinks: null,
          attachments: null,
        }),
      },
    },
  },
  {
    format: 'anthropic',
    say: 'Next, an issue for the flaky test.',
    call: {
      type: 'tool_use',
      id: 'toolu_01XFDUDYJgAACzvnptvVoYEL',
      name: 'github-create-issue',
      input: { repository: 'acme/web', title: 'Flaky login tset', labels: ['bug'] },
    },
  },
  {
    format: 'mcp',
    say: 'Now I remove the test contact.',
    call: { name: 'hubspot-delete-contact', arguments: { id: 'contact-test-1' } },
  },
  {
    format: 'ai-sdk',
    say: 'Let me look up your Slack channels.',
    call: { type: 'tool-call', toolCallId: 'call-list-1', toolName: 'slack-list-channels', input: {} },
  },
  {
    format: 'ai-sdk',
    say: 'And the archived ones too.',
    call: {
      type: 'tool-call',
      toolCallId: 'call-list-2',
      toolName: 'slack-list-channels',
      input: { includeArchived: true },
    },
  },
]

/** How each format is named on the page. */
export const formatNames: { [F in ToolFormat]: string } = {
  openai: 'OpenAI tool call',
  anthropic: 'Anthropic tool_use',
  mcp: 'MCP tools/call',
  'ai-sdk': 'AI SDK tool call',
}
