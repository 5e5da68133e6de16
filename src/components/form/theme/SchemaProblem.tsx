import type { ActionsLabels } from '../../labels/ActionsLabels'
import type { SchemaIssue } from './checkSchema'

/** Explains in place why a schema cannot be rendered. */
export function SchemaProblem({ issue, labels }: { issue: SchemaIssue; labels: ActionsLabels }) {
  const detail =
    issue.kind === 'invalid'
      ? labels.formSchemaInvalid(issue.message)
      : issue.kind === 'ref-cycle'
        ? labels.formSchemaRefCycle(issue.ref)
        : labels.formSchemaRefMissing(issue.ref)
  return (
    <div role="alert" className="rai-error rai-form-problem" data-problem={issue.kind}>
      <p className="rai-error-title">
        <strong>{labels.formSchemaError}</strong>
      </p>
      <p className="rai-error-message">{detail}</p>
    </div>
  )
}
