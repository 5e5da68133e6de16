import { useState } from 'react'
import type { ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { ActionsProvider, createActionsClient } from 'react-action-instances'
import { ActionInputForm, ActionList, ActionOutput, ActionRunner } from 'react-action-instances/components'
import { createReferenceApi } from 'react-action-instances/testing'
import { cyclicSchemas, deepOutput, echoIntegration, hugeOutput, wideSchema } from '../reliabilityData'
import { hostileOutput, hostileSeed, XSS_PAYLOADS } from '../reliabilitySeed'
import '../../../src/styles.css'

window.__xss = 0

const bulk = echoIntegration('bulk', 'Bulk')

const mode = new URLSearchParams(window.location.search).get('mode') ?? 'xss'

// Data is built before the measured render, so only rendering counts.
const scenes: Record<string, () => ReactNode> = {
  xss: () => (
    <>
      <ActionList connection="hostile" />
      <ActionRunner connection="hostile" action="hostile-run" />
      <ActionOutput output={hostileOutput({ [XSS_PAYLOADS[0]]: XSS_PAYLOADS[1] })} logs={[...XSS_PAYLOADS]} />
    </>
  ),
  'huge-output': ((output) => () => <ActionOutput output={output} />)(
    mode === 'huge-output' ? hugeOutput(5) : {},
  ),
  'deep-output': ((output) => () => <ActionOutput output={output} />)(
    mode === 'deep-output' ? deepOutput(1000) : {},
  ),
  'wide-schema': ((schema) => () => <ActionInputForm connection="bulk" action="echo" schema={schema} />)(
    wideSchema(2000),
  ),
  'ref-cycle': () => (
    <ActionInputForm connection="bulk" action="echo" schema={cyclicSchemas['two definitions']} />
  ),
}

function Page() {
  const [shown, setShown] = useState(mode === 'xss')
  const scene = scenes[mode] ?? scenes.xss!
  return (
    <main>
      <button
        type="button"
        id="render"
        onClick={() => {
          performance.mark('render-start')
          setShown(true)
        }}
      >
        Render
      </button>
      {shown && scene()}
    </main>
  )
}

async function start() {
  const api = createReferenceApi({ seed: { integrations: [...hostileSeed.integrations, bulk] } })
  const token = await api.mintToken({ id: 'e2e-customer' })
  const client = createActionsClient({ apiUri: 'http://reference.test', token, fetch: api.fetch })
  createRoot(document.getElementById('root') as HTMLElement).render(
    <ActionsProvider client={client}>
      <Page />
    </ActionsProvider>,
  )
}

void start()
