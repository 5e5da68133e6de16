import { jwtVerify } from 'jose'
import { secretKey } from './mintCustomerToken'

/** The outcome of checking a request's credentials: the customer, or why they were refused. */
export type TokenCheck = { ok: true; customerId: string } | { ok: false; message: string }

/** Tokens already verified for one workspace: the customer and when the token expires (ms). */
export type VerifiedTokens = Map<string, { customerId: string; expiresAt: number }>

const MAX_VERIFIED = 1000

/**
 * Checks the `Authorization` header; the messages never echo the token. A token verified before (same
 * workspace, so the same secret and issuer) skips the HMAC until it expires, which is checked on every call.
 */
export async function verifyCustomerToken(
  request: Request,
  url: URL,
  workspace: { key: string; secret: string; verified?: VerifiedTokens },
): Promise<TokenCheck> {
  const header = request.headers.get('authorization')
  if (header === null) {
    const inQuery = url.searchParams.has('token') || url.searchParams.has('access_token')
    return {
      ok: false,
      message: inQuery
        ? 'Tokens are not accepted in the URL; send it in the Authorization header as "Bearer <token>".'
        : 'Missing Authorization header; send "Authorization: Bearer <token>".',
    }
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  if (match?.[1] === undefined)
    return { ok: false, message: 'The Authorization header must be "Bearer <token>".' }
  const token = match[1]
  const known = workspace.verified?.get(token)
  if (known && known.expiresAt > Date.now()) return { ok: true, customerId: known.customerId }
  try {
    const { payload } = await jwtVerify(token, secretKey(workspace.secret), {
      algorithms: ['HS256', 'HS512'],
      issuer: workspace.key,
      requiredClaims: ['exp'],
    })
    if (typeof payload.id !== 'string' || payload.id === '') {
      return { ok: false, message: 'The token has no customer "id" claim.' }
    }
    if (workspace.verified && typeof payload.exp === 'number') {
      if (workspace.verified.size >= MAX_VERIFIED) workspace.verified.clear()
      workspace.verified.set(token, { customerId: payload.id, expiresAt: payload.exp * 1000 })
    }
    return { ok: true, customerId: payload.id }
  } catch (error) {
    return { ok: false, message: describeJoseError(error) }
  }
}

function describeJoseError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'ERR_JWT_EXPIRED') return 'The token has expired.'
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    const claim = typeof error === 'object' && error !== null && 'claim' in error ? String(error.claim) : ''
    if (claim === 'exp') return 'The token has no expiry ("exp" claim).'
    if (claim === 'iss') return 'The token was not issued for this workspace.'
    return 'A claim of the token is invalid.'
  }
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return 'The token signature is invalid.'
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED') return 'The token algorithm is not allowed (use HS256 or HS512).'
  return 'The token is malformed or invalid.'
}
