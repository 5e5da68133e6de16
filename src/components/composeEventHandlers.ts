/**
 * Calls the user's handler first, then the built-in one unless the user called `event.preventDefault()`.
 */
export function composeEventHandlers<E extends { defaultPrevented: boolean }>(
  userHandler: ((event: E) => void) | undefined,
  builtInHandler: (event: E) => void,
): (event: E) => void {
  return (event) => {
    userHandler?.(event)
    if (!event.defaultPrevented) builtInHandler(event)
  }
}
