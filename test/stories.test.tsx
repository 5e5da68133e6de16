import { composeStories, setProjectAnnotations } from '@storybook/react-vite'
import type { composeStory } from '@storybook/react-vite'
import type { Meta } from '@storybook/react-vite'
import { render } from '@testing-library/react'
import * as previewAnnotations from '../.storybook/preview'
import { expectNoAxeViolations } from './support/axe'

setProjectAnnotations([previewAnnotations])

type StoryModule = { default: Meta } & Record<string, unknown>

const modules = import.meta.glob<StoryModule>('../stories/**/*.stories.tsx', { eager: true })

// The connected state of the Live API story needs a running server (`npm run api`); only its form is tested.
const needsServer = new Set(['pages-live-api--connected'])

describe.each(Object.entries(modules))('%s', (_path, module) => {
  const stories = Object.entries(composeStories(module)) as [string, ReturnType<typeof composeStory>][]
  it.each(stories.filter(([, Story]) => !needsServer.has(Story.id)))('%s', async (_name, Story) => {
    // A host page puts the kit inside its main landmark; dialogs portal next to it, into the body.
    const { container } = render(<Story />, {
      container: document.body.appendChild(document.createElement('main')),
    })
    await Story.play?.({ canvasElement: container })
    await expectNoAxeViolations(document.body)
  })
})
