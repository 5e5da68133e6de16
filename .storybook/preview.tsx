import type { Preview } from '@storybook/react-vite'
import { configure } from 'storybook/test'
import { DocumentTheme } from '../stories/support/DocumentTheme'
import { docsParameters } from '../stories/support/docsParameters'
import { withReferenceApi } from '../stories/support/withReferenceApi'
import '../stories/support/story.css'

// Stories wait for a reference API with latency; the default 1 s of `findBy*` is too tight on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const preview: Preview = {
  // A docs page with the props table for every component.
  tags: ['autodocs'],
  decorators: [
    withReferenceApi,
    (Story, context) => (
      <DocumentTheme
        theme={
          context.globals.theme === 'light' || context.globals.theme === 'dark'
            ? context.globals.theme
            : undefined
        }
      >
        <Story />
      </DocumentTheme>
    ),
  ],
  globalTypes: {
    theme: {
      description: 'Colour theme of the kit',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['auto', 'light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the kit',
      toolbar: { title: 'Locale', icon: 'globe', items: ['en', 'de'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'auto', locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    docs: docsParameters,
  },
}

export default preview
