// A server component page that renders the kit's client components through one client wrapper.
import { IntegrationSettings } from './IntegrationSettings'

export default function Page() {
  return (
    <main>
      <h1>Integrations</h1>
      <IntegrationSettings connection="hubspot" />
    </main>
  )
}
