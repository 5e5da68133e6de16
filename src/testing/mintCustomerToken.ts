import { SignJWT } from 'jose'

/** What `mintCustomerToken` needs to sign a customer token. */
export interface MintCustomerTokenOptions {
  /** The workspace secret (HMAC key). */
  secret: string
  /** The workspace key, written as `iss`. */
  workspaceKey: string
  /** The customer's id, written as the `id` claim. */
  id: string
  /** The customer's display name. Defaults to none. */
  name?: string
  /** Seconds until expiry; negative means already expired. Defaults to `3600`. */
  expiresIn?: number
  /** The `iat` claim in seconds since the epoch; `exp` is `issuedAt + expiresIn`. Defaults to now. */
  issuedAt?: number
  /** The signing algorithm. Defaults to `'HS256'`. */
  alg?: 'HS256' | 'HS512'
}

/**
 * Signs a customer token as the platform's backend would: claims `id`, `name`, `iss`, `iat` and `exp`.
 * @example
 * const token = await mintCustomerToken({ secret, workspaceKey: 'demo-workspace', id: 'customer-1' })
 */
export async function mintCustomerToken(options: MintCustomerTokenOptions): Promise<string> {
  const now = options.issuedAt ?? Math.floor(Date.now() / 1000)
  const claims: { id: string; name?: string } = { id: options.id }
  if (options.name !== undefined) claims.name = options.name
  return new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' })
    .setIssuer(options.workspaceKey)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(secretKey(options.secret))
}

/** The secret as bytes; copied into a fresh Uint8Array so jose accepts it under jsdom's realm too. */
export function secretKey(secret: string): Uint8Array {
  const encoded = new TextEncoder().encode(secret)
  const bytes = new Uint8Array(encoded.length)
  bytes.set(encoded)
  return bytes
}
