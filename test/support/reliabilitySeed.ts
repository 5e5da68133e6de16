import { ActionRunError } from 'react-action-instances/testing'
import type { ReferenceSeed, SeedAction } from 'react-action-instances/testing'
import type { JsonObject, JsonSchema } from 'react-action-instances'

declare global {
  interface Window {
    /** Incremented by any payload that manages to run; must stay 0. */
    __xss?: number
  }
}

/** Markup that would run script (incrementing `window.__xss`) if any of it were ever parsed as HTML. */
export const XSS_PAYLOADS = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '"><svg onload="window.__xss=(window.__xss||0)+1">',
  '\'><iframe srcdoc="<script>parent.__xss=(parent.__xss||0)+1</script>">',
  '<a href="javascript:window.__xss=(window.__xss||0)+1">click</a>',
  '<details open ontoggle="window.__xss=(window.__xss||0)+1">',
] as const

/** A `uri`-format value that must never become a link. */
export const JAVASCRIPT_URI = 'javascript:window.__xss=1'

const [img, script, svg, iframe, anchor, details] = XSS_PAYLOADS

/** The input schema of the hostile action: payloads in every title, description and enum label. */
export const hostileInputSchema: JsonSchema = {
  type: 'object',
  title: svg,
  description: script,
  required: ['name'],
  properties: {
    name: { type: 'string', title: img, description: iframe, default: anchor },
    website: { type: 'string', format: 'uri', title: `Website ${svg}`, default: JAVASCRIPT_URI },
    stage: {
      type: 'string',
      title: details,
      enum: ['a', 'b'],
      enumNames: [img, script],
    } as JsonSchema,
    tier: {
      type: 'string',
      title: `Tier ${anchor}`,
      oneOf: [
        { const: 'gold', title: svg },
        { const: 'silver', title: iframe },
      ],
    },
    nested: {
      type: 'object',
      title: iframe,
      description: details,
      properties: { note: { type: 'string', title: script, description: img } },
    },
    flags: { type: 'array', title: anchor, items: { type: 'string', title: svg } },
  },
}

/** An output with payloads as values and as keys, plus a `javascript:` URL. */
export function hostileOutput(input: JsonObject): JsonObject {
  return {
    echo: input,
    website: JAVASCRIPT_URI,
    safeLink: 'https://example.com/ok',
    payloads: [...XSS_PAYLOADS],
    [img]: svg,
    nested: { [script]: { [iframe]: details } },
  }
}

const anyObject: JsonSchema = { type: 'object' }

const actions: SeedAction[] = [
  {
    key: 'hostile-run',
    name: `Hostile ${img}`,
    description: `Runs ${script} ${svg}`,
    type: 'connector-operation',
    inputSchema: hostileInputSchema,
    outputSchema: anyObject,
    run: ({ input }) => ({ output: hostileOutput(input), logs: [...XSS_PAYLOADS] }),
  },
  {
    key: 'hostile-reject',
    name: iframe,
    description: details,
    type: 'connector-operation',
    inputSchema: { type: 'object', properties: { why: { type: 'string', title: anchor } } },
    outputSchema: anyObject,
    run: () => {
      throw new ActionRunError(`Rejected: ${img} ${script}`, {
        errors: [{ path: '/why', message: `${svg} is not allowed` }],
      })
    },
  },
]

/** A seed whose only integration is full of payloads. */
export const hostileSeed: ReferenceSeed = {
  integrations: [{ key: 'hostile', name: `Hostile ${svg}`, actions }],
}
