/** The repositories every customer's GitHub account can reach. */
export const githubRepositories = ['acme/web', 'acme/api', 'acme/docs', 'acme/mobile', 'octo/hello-world']

const common = ['bug', 'enhancement', 'documentation', 'good first issue']

/** The labels of each repository: the common ones plus the repository's own. */
export const githubLabels: { [repository: string]: string[] } = {
  'acme/web': [...common, 'frontend', 'accessibility'],
  'acme/api': [...common, 'backend', 'breaking change'],
  'acme/docs': ['typo', 'documentation', 'needs screenshot'],
  'acme/mobile': [...common, 'ios', 'android'],
  'octo/hello-world': ['question', 'wontfix'],
}

/** The collaborators that issues can be assigned to. */
export const githubCollaborators = ['octocat', 'hubot', 'monalisa', 'defunkt', 'mojombo']
