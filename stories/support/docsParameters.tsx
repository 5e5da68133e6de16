import type { PropsWithChildren } from 'react'
import {
  ArgTypes,
  Description,
  DocsContainer,
  Primary,
  Stories,
  Subtitle,
  Title,
  useOf,
  type DocsContainerProps,
} from '@storybook/addon-docs/blocks'

// Every docs page (the docs/*.md pages and each component's autodocs page) is the page's main landmark, so
// axe can judge the whole document rather than Storybook's root element alone.
function DocsMain({ children, ...props }: PropsWithChildren<DocsContainerProps>) {
  return (
    <main>
      <DocsContainer {...props}>{children}</DocsContainer>
    </main>
  )
}

// Storybook's default autodocs page with the read-only props table (`ArgTypes`) where it has `Controls`: the
// controls column's boolean switch and object editor fail axe (colour contrast, list markup), and the live controls
// are still in the canvas's Controls panel.
function ComponentDocsPage() {
  const { csfFile } = useOf('meta', ['meta'])
  const isSingleStory = Object.keys(csfFile.stories).length === 1
  return (
    <>
      <Title />
      <Subtitle />
      <Description of="meta" />
      {isSingleStory ? <Description of="story" /> : null}
      <Primary />
      <ArgTypes />
      {isSingleStory ? null : <Stories />}
    </>
  )
}

/** The `docs` parameters of every page: the main landmark and the component page. */
export const docsParameters = { container: DocsMain, page: ComponentDocsPage }
