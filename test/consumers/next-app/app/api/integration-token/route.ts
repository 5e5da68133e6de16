// Mints the customer token with jose, as the README's recipe does. The defaults are the reference API's
// development workspace; a real app reads its workspace key and secret from the environment.
import { SignJWT } from 'jose'

export const dynamic = 'force-dynamic'

export async function GET() {
  const customer = { id: 'customer-1', name: 'Ada' }
  const token = await new SignJWT(customer)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(process.env.WORKSPACE_KEY ?? 'demo-workspace')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(
      new TextEncoder().encode(
        process.env.WORKSPACE_SECRET ?? 'react-action-instances-dev-secret-do-not-use-in-production',
      ),
    )
  return new Response(token, { headers: { 'cache-control': 'no-store' } })
}
