import type { JsonObject } from '../../types'

const teams = [
  'eng',
  'design',
  'sales',
  'support',
  'marketing',
  'ops',
  'product',
  'data',
  'security',
  'finance',
]
const topics = [
  'alerts',
  'standup',
  'announcements',
  'help',
  'builds',
  'incidents',
  'planning',
  'reviews',
  'social',
  'releases',
  'hiring',
  'oncall',
  'wins',
  'feedback',
  'docs',
  'metrics',
  'infra',
  'mobile',
  'web',
  'research',
  'launches',
  'customers',
  'partners',
  'offsite',
  'random',
]

/** `#general`, `#random` and 250 team channels (`#eng-alerts` … `#finance-random`), in a fixed order. */
export function slackChannels(): JsonObject[] {
  const channels: JsonObject[] = [
    { id: 'C0GENERAL', name: 'general', isArchived: false, memberCount: 12 },
    { id: 'C0RANDOM', name: 'random', isArchived: false, memberCount: 9 },
  ]
  let index = 0
  for (const topic of topics) {
    for (const team of teams) {
      index += 1
      channels.push({
        id: `C${String(index).padStart(4, '0')}`,
        name: `${team}-${topic}`,
        isArchived: false,
        memberCount: (index * 7) % 40,
      })
    }
  }
  return channels
}
