import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'

interface FormErrorBoundaryProps {
  /** When it changes, a caught error is forgotten and the children render again. */
  resetKey: unknown
  /** What replaces the children after a crash; `retry` renders them again (a failed chunk load is loaded again). */
  fallback: (error: unknown, retry: () => void) => ReactNode
  children: ReactNode
}

interface FormErrorBoundaryState {
  error: unknown
  resetKey: unknown
}

/** Keeps a crash inside the form (a hostile schema, a failed chunk load) from taking down the host app. */
export class FormErrorBoundary extends Component<FormErrorBoundaryProps, FormErrorBoundaryState> {
  override state: FormErrorBoundaryState = { error: undefined, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<FormErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') }
  }

  static getDerivedStateFromProps(
    props: FormErrorBoundaryProps,
    state: FormErrorBoundaryState,
  ): Partial<FormErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: undefined, resetKey: props.resetKey }
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // Caught on purpose: the fallback explains it in place.
  }

  private retry = () => this.setState({ error: undefined })

  override render() {
    return this.state.error === undefined
      ? this.props.children
      : this.props.fallback(this.state.error, this.retry)
  }
}
