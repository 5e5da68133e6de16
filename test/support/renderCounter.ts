// Counts component renders exactly, the way React DevTools does: through the devtools hook React calls on
// every commit. A component counts once per commit in which its function (or class render) actually ran.

interface Fiber {
  tag: number
  type: unknown
  flags: number
  child: Fiber | null
  sibling: Fiber | null
  memoizedProps: unknown
}
interface FiberRoot {
  current: Fiber
}

const PERFORMED_WORK = 1
// FunctionComponent, ClassComponent, ForwardRef, SimpleMemoComponent
const COMPONENT_TAGS = new Set([0, 1, 11, 15])
const PROFILER_TAG = 12

export interface RenderRecord {
  /** The component's display name. */
  name: string
  /** The commit it rendered in (0-based, counted since `start`). */
  commit: number
}

let previous = new WeakSet<Fiber>()
let recording: { scope?: string; records: RenderRecord[]; commits: number } | null = null

function nameOf(type: unknown): string {
  if (typeof type === 'function') {
    return (type as { displayName?: string }).displayName ?? type.name ?? 'Anonymous'
  }
  if (typeof type === 'object' && type !== null) {
    const inner = type as { displayName?: string; render?: unknown; type?: unknown }
    return inner.displayName ?? nameOf(inner.render ?? inner.type)
  }
  return 'Unknown'
}

function walk(fiber: Fiber | null, inScope: boolean, visit: (fiber: Fiber, inScope: boolean) => void) {
  for (let node = fiber; node; node = node.sibling) {
    const scoped =
      inScope ||
      (node.tag === PROFILER_TAG &&
        recording?.scope !== undefined &&
        (node.memoizedProps as { id?: string } | null)?.id === recording.scope)
    visit(node, scoped)
    walk(node.child, scoped, visit)
  }
}

function onCommitFiberRoot(_id: number, root: FiberRoot) {
  const seen = new WeakSet<Fiber>()
  const active = recording
  walk(root.current, active?.scope === undefined, (fiber, inScope) => {
    seen.add(fiber)
    if (!active || !inScope || !COMPONENT_TAGS.has(fiber.tag)) return
    if (!previous.has(fiber) && (fiber.flags & PERFORMED_WORK) === PERFORMED_WORK) {
      active.records.push({ name: nameOf(fiber.type), commit: active.commits })
    }
  })
  if (active) active.commits += 1
  previous = seen
}

/** Installs the hook; must run before react-dom is first imported (it is, from test/setup.ts). */
export function installRenderCounter() {
  const target = globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }
  if (target.__REACT_DEVTOOLS_GLOBAL_HOOK__) return
  let nextId = 0
  target.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject: () => ++nextId,
    onCommitFiberRoot,
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    checkDCE: () => {},
  }
}

/**
 * Records every component render from now until `stop()`; with `scope`, only those inside
 * `<Profiler id={scope}>`.
 */
export function startCountingRenders(scope?: string) {
  recording = { scope, records: [], commits: 0 }
  const current = recording
  return {
    stop(): { renders: RenderRecord[]; commits: number } {
      if (recording === current) recording = null
      return { renders: current.records, commits: current.commits }
    },
  }
}
