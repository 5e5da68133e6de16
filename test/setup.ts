import '@testing-library/jest-dom/vitest'
import { installRenderCounter } from './support/renderCounter'

installRenderCounter()
