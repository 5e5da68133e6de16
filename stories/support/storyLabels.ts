import type { StoryContext } from '@storybook/react-vite'
import { deLabels, enLabels, type ActionsLabels } from 'react-action-instances/components'
import { pageText, type PageText } from '../pages/pageText'

type Globals = StoryContext['globals']

/** The story's locale: the `locale` global (the toolbar's, or the story's own `globals`). */
const storyLocale = (globals: Globals): 'en' | 'de' => (globals.locale === 'de' ? 'de' : 'en')

/** The kit's labels in the story's locale, as the decorator provides them; play functions find elements by them. */
export const storyLabels = (globals: Globals): ActionsLabels =>
  storyLocale(globals) === 'de' ? deLabels : enLabels

/** The page stories' own strings in the story's locale. */
export const storyPageText = (globals: Globals): PageText => pageText[storyLocale(globals)]

/**
 * A regular expression from a template: the literal parts are pattern source, the values (label texts) match
 * as written. For example pattern`^${labels.runLogStatus('error')} · ` matches "Failed · …" and "Fehlgeschlagen · …".
 */
export function pattern(source: TemplateStringsArray, ...texts: string[]): RegExp {
  const escaped = texts.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(String.raw({ raw: source.raw }, ...escaped))
}
