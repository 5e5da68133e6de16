/** Thrown by an action's behaviour when the external app rejects the run (answered as a 400 `action_run`). */
export class ActionRunError extends Error {
  constructor(
    message: string,
    readonly data?: { [key: string]: unknown },
  ) {
    super(message)
    this.name = 'ActionRunError'
  }
}
