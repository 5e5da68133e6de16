import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionList } from 'react-action-instances/components'
import { renderWithApi } from './support/renderWithApi'
import type * as PreloadModuleNamespace from '../src/components/form/preloadActionForm'

type PreloadModule = typeof PreloadModuleNamespace

const preload = vi.hoisted(() => ({ calls: 0 }))

// Counts calls of the form-chunk preloader while keeping its real behaviour.
vi.mock('../src/components/form/preloadActionForm', async (importOriginal) => {
  const original = await importOriginal<PreloadModule>()
  return {
    ...original,
    preloadActionForm: () => {
      preload.calls += 1
      return original.preloadActionForm()
    },
  }
})

describe('ActionList prefetching', () => {
  it('starts loading the form chunk and the action when a row is hovered or focused', async () => {
    const { api } = await renderWithApi(<ActionList connection="slack" />)
    const [first, second] = (await screen.findAllByRole('option')) as [HTMLElement, HTMLElement]
    expect(preload.calls).toBe(0)
    await userEvent.hover(first)
    expect(preload.calls).toBe(1)
    act(() => second.focus())
    expect(preload.calls).toBe(2)
    // The fresh list already holds both instances, so neither prefetch needs a request.
    expect(api.countRequests({ operation: 'get' })).toBe(0)
  })
})
