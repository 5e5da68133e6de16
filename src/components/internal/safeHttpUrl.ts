/** The URL when `value` is an absolute http(s) URL; anything else (`javascript:`, `data:`, relative) is refused. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (value === undefined || !/^https?:\/\//i.test(value)) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
