/**
 * The value a local `$ref` (`#` or a JSON Pointer fragment such as `#/$defs/address`) points at inside `root`, or
 * undefined when it points nowhere, outside the document, or at a named anchor (`#name`).
 */
export function resolveJsonPointer(root: unknown, ref: string): unknown {
  if (ref === '#') return root
  if (!ref.startsWith('#/')) return undefined
  let node = root
  for (const raw of ref.slice(2).split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    } catch {
      return undefined
    }
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined
    node = (node as Record<string, unknown>)[segment]
  }
  return node
}
