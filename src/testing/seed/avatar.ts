/** A small SVG avatar with the name's initial as a data URI, so icons work without a network. */
export function avatar(name: string, color: string): string {
  const initial = name.trim().charAt(0).toUpperCase()
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="8" fill="${color}"/>` +
    `<text x="8" y="11.5" font-size="9" text-anchor="middle" fill="#fff" font-family="sans-serif">${initial}</text></svg>`
  return `data:image/svg+xml,${encodeURIComponent(svg)}`
}
