import type { ToolTarget } from './types'

/** The longest tool name OpenAI and Anthropic accept (`^[a-zA-Z0-9_-]{1,64}$`); MCP allows 128. */
export const MAX_TOOL_NAME_LENGTH = 64

function sanitize(text: string): string {
  return text.replace(/[^a-zA-Z0-9_-]+/g, '_')
}

/**
 * Names every target `<connection>-<action>` (plus `-<instanceKey>` when set), sanitized to `^[a-zA-Z0-9_-]{1,64}$`
 * and made unique: a name taken already, or cut short, gets a numbered suffix within the length limit.
 */
export function toolNames(targets: readonly ToolTarget[]): string[] {
  const taken = new Set<string>()
  return targets.map((target) => {
    const parts = [target.connection, target.action, ...(target.instanceKey ? [target.instanceKey] : [])]
    const base = sanitize(parts.join('-')) || 'tool'
    let name = base.slice(0, MAX_TOOL_NAME_LENGTH)
    for (let n = 2; taken.has(name); n++) {
      const suffix = `_${n}`
      name = base.slice(0, MAX_TOOL_NAME_LENGTH - suffix.length) + suffix
    }
    taken.add(name)
    return name
  })
}
