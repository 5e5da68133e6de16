import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { launchChromium } from './browser'
import { serveStatic, type RunningServer } from './staticServer'

/** The project's root folder. */
export const root = fileURLToPath(new URL('../../..', import.meta.url))

/** Where `npm run build-storybook` writes the built Storybook. */
export const storybookStatic = join(root, 'storybook-static')

/** The path of one story in the built Storybook's iframe; `query` adds to its query string (such as `&globals=…`). */
export const storyPath = (id: string, query = '') => `iframe.html?id=${id}&viewMode=story${query}`

/** An entry of the built Storybook's `index.json`: a story or a docs page. */
export interface StorybookEntry {
  id: string
  title: string
  name: string
  type: 'story' | 'docs'
  tags?: string[]
}

/** The built Storybook's stories and docs pages, or none when it is not built (the suite then fails in `beforeAll`). */
export function storybookEntries(): StorybookEntry[] {
  const index = join(storybookStatic, 'index.json')
  if (!existsSync(index)) return []
  const { entries } = JSON.parse(readFileSync(index, 'utf8')) as { entries: Record<string, StorybookEntry> }
  return Object.values(entries)
}

/**
 * Serves the built Storybook on 127.0.0.1 and launches Debian's Chromium. Throws, naming the command to run, when
 * Storybook has not been built.
 */
export async function openBuiltStorybook(): Promise<{ site: RunningServer; browser: Browser }> {
  if (!existsSync(join(storybookStatic, 'iframe.html'))) {
    throw new Error('storybook-static is missing: run `npm run build-storybook` (npm run test:e2e does).')
  }
  const site = await serveStatic(storybookStatic)
  try {
    return { site, browser: await launchChromium() }
  } catch (error) {
    await site.close()
    throw error
  }
}
