// Serves the reference Action Instances API over HTTP for local development: `npm run api`.
import { createServer } from 'node:http'
import {
  createReferenceApi,
  DEFAULT_WORKSPACE_KEY,
  DEFAULT_WORKSPACE_SECRET,
  mintCustomerToken,
  toNodeListener,
} from '../src/testing/index'

const host = '127.0.0.1'
const port = Number(process.env.PORT ?? 4010)
const workspaceKey = process.env.WORKSPACE_KEY ?? DEFAULT_WORKSPACE_KEY
const workspaceSecret = process.env.WORKSPACE_SECRET ?? DEFAULT_WORKSPACE_SECRET

const api = createReferenceApi({ workspaceKey, workspaceSecret })
const server = createServer(toNodeListener(api.handle))

server.listen(port, host, () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address !== null ? address.port : port
  void mintCustomerToken({
    secret: workspaceSecret,
    workspaceKey,
    id: 'demo-customer',
    name: 'Demo Customer',
    expiresIn: 24 * 60 * 60,
  }).then((token) => {
    console.log(`Reference API listening on http://${host}:${actualPort}`)
    console.log(`Token for customer demo-customer (valid 24 h): ${token}`)
  })
})

function stop(): void {
  server.close(() => process.exit(0))
  server.closeAllConnections()
}

process.once('SIGINT', stop)
process.once('SIGTERM', stop)
