import type { Preview } from '@storybook/react-vite'
import { withReferenceApi } from '../stories/support/withReferenceApi'

const preview: Preview = {
  decorators: [withReferenceApi],
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
  },
}

export default preview
