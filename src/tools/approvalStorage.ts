import type { ToolTarget } from './types'

/** Who allowed which action: the scope of an "always allow" choice. */
export interface ApprovalScope {
  /** The customer the choice belongs to. */
  customer: string
  connection: string
  action: string
}

/**
 * Where "Always allow this action" is remembered. Synchronous, so `localStorage` (or a cookie, or the host's own
 * store) fits as is; the default keeps it in memory for the page's life.
 */
export interface ToolApprovalStorage {
  isAlwaysAllowed(scope: ApprovalScope): boolean
  setAlwaysAllowed(scope: ApprovalScope, allowed: boolean): void
}

/** The key a storage can store a scope under: customer, connection and action, each percent-encoded, joined by `/`. */
export function approvalKey(scope: ApprovalScope): string {
  return [scope.customer, scope.connection, scope.action].map(encodeURIComponent).join('/')
}

/** An approval storage in memory. */
export function createMemoryApprovalStorage(): ToolApprovalStorage {
  const allowed = new Set<string>()
  return {
    isAlwaysAllowed: (scope) => allowed.has(approvalKey(scope)),
    setAlwaysAllowed(scope, value) {
      if (value) allowed.add(approvalKey(scope))
      else allowed.delete(approvalKey(scope))
    },
  }
}

/**
 * An approval storage over a Web Storage (`localStorage`, `sessionStorage`): one item per allowed action under
 * `prefix`. Storage errors (private mode, quota) count as "not allowed".
 */
export function createWebApprovalStorage(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  prefix = 'rai-always-allow:',
): ToolApprovalStorage {
  return {
    isAlwaysAllowed(scope) {
      try {
        return storage.getItem(prefix + approvalKey(scope)) === '1'
      } catch {
        return false
      }
    },
    setAlwaysAllowed(scope, value) {
      try {
        if (value) storage.setItem(prefix + approvalKey(scope), '1')
        else storage.removeItem(prefix + approvalKey(scope))
      } catch {
        // Not remembered: the next call asks again.
      }
    },
  }
}

/** Action types that delete: never offered "Always allow". */
export const DESTRUCTIVE_ACTION_TYPES: readonly string[] = ['delete-data-record']

/**
 * Whether a target may be always allowed: not when its type deletes or is unknown (the API did not say), nor when
 * the host marks it destructive.
 */
export function mayAlwaysAllow(
  target: ToolTarget,
  type: string | undefined,
  isDestructive?: (target: ToolTarget, type: string) => boolean,
): boolean {
  if (type === undefined) return false
  return !DESTRUCTIVE_ACTION_TYPES.includes(type) && !(isDestructive?.(target, type) ?? false)
}
