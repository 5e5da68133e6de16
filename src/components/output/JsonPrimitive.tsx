import { safeHttpUrl } from '../internal/safeHttpUrl'

/** A JSON scalar as text; only an absolute http(s) URL becomes a link. */
export function JsonPrimitive({ value }: { value: unknown }) {
  if (typeof value === 'string') {
    const href = safeHttpUrl(value)
    const text = JSON.stringify(value)
    return (
      <span className="rai-json-value" data-type="string">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {text}
          </a>
        ) : (
          text
        )}
      </span>
    )
  }
  return (
    <span className="rai-json-value" data-type={value === null ? 'null' : typeof value}>
      {value === undefined ? 'undefined' : String(value)}
    </span>
  )
}
