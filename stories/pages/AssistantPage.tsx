import { useEffect, useRef, useState } from 'react'
import { useActionsClient } from 'react-action-instances'
import { ToolCallApproval, useToolCalls } from 'react-action-instances/components'
import type { ToolCallEntry, UseToolCallsResult } from 'react-action-instances/components'
import { createMemoryApprovalStorage, loadToolDefinitions } from 'react-action-instances/tools'
import type { ToolFormat, ToolSet } from 'react-action-instances/tools'
import { assistantScript, formatNames, userRequest } from './assistantScript'
import './AssistantPage.css'

type ToolSets = { [F in ToolFormat]: ToolSet<F> }

const formats: ToolFormat[] = ['openai', 'anthropic', 'mcp', 'ai-sdk']
const connections = ['slack', 'github', 'hubspot']

/** Props of `AssistantPage`. */
export interface AssistantPageProps {
  /** The customer "Always allow" choices belong to. */
  customer: string
}

/**
 * An assistant chat that asks before it acts: a scripted agent replays recorded tool calls of each format, one turn
 * at a time (the next comes once the last one's result is back), and every call waits for the person's approval.
 */
export function AssistantPage({ customer }: AssistantPageProps) {
  const client = useActionsClient()
  const [sets, setSets] = useState<ToolSets | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    Promise.all(formats.map((format) => loadToolDefinitions(client, connections, { format }))).then(
      (loaded) => live && setSets(Object.fromEntries(loaded.map((set) => [set.format, set])) as ToolSets),
      (reason: unknown) => live && setError(String(reason)),
    )
    return () => {
      live = false
    }
  }, [client])
  return (
    <div className="assistant-page">
      <header>
        <h1>Assistant</h1>
        <p>
          The assistant may use your connected apps. It asks before every action, unless you always allow it.
        </p>
      </header>
      {error ? (
        <p role="alert">{error}</p>
      ) : sets ? (
        <Transcript sets={sets} customer={customer} />
      ) : (
        <p role="status">Loading the tools…</p>
      )}
    </div>
  )
}

function Transcript({ sets, customer }: { sets: ToolSets; customer: string }) {
  const [storage] = useState(createMemoryApprovalStorage)
  const byFormat: { [F in ToolFormat]: UseToolCallsResult<F> } = {
    openai: useToolCalls({ format: 'openai', tools: sets.openai, customer, storage }),
    anthropic: useToolCalls({ format: 'anthropic', tools: sets.anthropic, customer, storage }),
    mcp: useToolCalls({ format: 'mcp', tools: sets.mcp, customer, storage }),
    'ai-sdk': useToolCalls({ format: 'ai-sdk', tools: sets['ai-sdk'], customer, storage }),
  }
  const latest = useRef(byFormat)
  useEffect(() => {
    latest.current = byFormat
  })
  const [results, setResults] = useState<unknown[]>([])
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    const play = (index: number) => {
      const step = assistantScript[index]
      if (!step) return
      const calls = latest.current[step.format] as UseToolCallsResult<ToolFormat>
      void calls.add(step.call).then((result) => {
        setResults((all) => [...all, result])
        play(index + 1)
      })
    }
    play(0)
  }, [])

  // The nth step of a format is that format's nth call.
  const seen: { [F in ToolFormat]?: number } = {}
  const steps = assistantScript.slice(0, results.length + 1).map((step) => {
    const n = seen[step.format] ?? 0
    seen[step.format] = n + 1
    return { step, entry: byFormat[step.format].calls[n] as ToolCallEntry | undefined }
  })
  return (
    <section className="assistant-transcript" aria-labelledby="assistant-transcript-title">
      <h2 id="assistant-transcript-title">Conversation</h2>
      <ol className="assistant-turns">
        <li className="assistant-turn" data-role="user">
          <p className="assistant-speaker">You</p>
          <p>{userRequest}</p>
        </li>
        {steps.map(({ step, entry }, index) => (
          <li key={index} className="assistant-turn" data-role="assistant">
            <p className="assistant-speaker">
              Assistant <span className="assistant-format">{formatNames[step.format]}</span>
            </p>
            <p>{step.say}</p>
            {entry ? (
              <ToolCallApproval
                call={entry}
                onApprove={(args, options) => byFormat[step.format].approve(entry.key, args, options)}
                onDeny={(reason) => byFormat[step.format].deny(entry.key, reason)}
              />
            ) : null}
            {results[index] !== undefined ? (
              <details className="assistant-result">
                <summary>Result sent to the model ({formatNames[step.format]})</summary>
                <pre>{JSON.stringify(results[index], null, 2)}</pre>
              </details>
            ) : null}
          </li>
        ))}
        {results.length === assistantScript.length ? (
          <li className="assistant-turn" data-role="assistant">
            <p className="assistant-speaker">Assistant</p>
            <p>All done.</p>
          </li>
        ) : null}
      </ol>
    </section>
  )
}
