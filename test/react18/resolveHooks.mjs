// Module hooks for the React 18 leg: every `react`/`react-dom` import, from the kit or from a dependency
// (@tanstack/react-query, Radix, rjsf, Testing Library), resolves from this folder, which holds React 18.3.
export const REACT = /^(react|react-dom)(\/.*)?$/

const from = new URL('./package.json', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (REACT.test(specifier) && !context.parentURL?.includes('/test/react18/')) {
    return nextResolve(specifier, { ...context, parentURL: from })
  }
  return nextResolve(specifier, context)
}
