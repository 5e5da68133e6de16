// Loaded with `node --import` in each test worker of the React 18 leg (see vite.config.ts).
import Module, { createRequire, register } from 'node:module'
import { REACT } from './resolveHooks.mjs'

register('./resolveHooks.mjs', import.meta.url)

// CommonJS `require('react')` (react-dom's own, Testing Library's) takes the same detour.
const requireHere = createRequire(import.meta.url)
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, parent, isMain, options) {
  if (REACT.test(request) && !parent?.filename?.includes('/test/react18/'))
    return requireHere.resolve(request)
  return resolveFilename.call(this, request, parent, isMain, options)
}
