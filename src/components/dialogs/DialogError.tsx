/** Props of `DialogError`. */
export interface DialogErrorProps {
  title: string
  message: string
}

/** The error block of a dialog whose request failed, announced as an alert. */
export function DialogError({ title, message }: DialogErrorProps) {
  return (
    <div className="rai-error" role="alert">
      <p className="rai-error-title">{title}</p>
      <p className="rai-error-message">{message}</p>
    </div>
  )
}
