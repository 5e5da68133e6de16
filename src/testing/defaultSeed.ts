import { github } from './seed/github'
import { hubspot } from './seed/hubspot'
import { slack } from './seed/slack'
import type { ReferenceSeed } from './types'

/** The integrations the reference API serves by default: `hubspot` (6 actions), `slack` (2) and `github` (2). */
export const defaultSeed: ReferenceSeed = { integrations: [hubspot, slack, github] }
