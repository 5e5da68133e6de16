import * as Dialog from '@radix-ui/react-dialog'
import { useMemo, useState } from 'react'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ActionsApiError } from '../../client/ActionsApiError'
import type { ActionSelector } from '../../hooks/types'
import type { ActionInstance, JsonObject, PatchActionInstance } from '../../types'
import { configOf, defaultInputOf, inputSchemaOf } from '../internal/instanceFields'
import { useWritePending } from '../internal/useWritePending'
import { ActionInputForm } from '../form/ActionInputForm'
import { DialogError } from './DialogError'
import type { ActionsLabels } from '../labels/ActionsLabels'
import { schemaForDefaultInput } from '../form/schemaForDefaultInput'

/** Props of `CustomizeActionForm`. */
export interface CustomizeActionFormProps {
  selector: ActionSelector
  instance: ActionInstance
  labels: ActionsLabels
  /** The save, owned by the dialog so that its success is reported even after the form closed. */
  patch: UseMutationResult<ActionInstance, ActionsApiError, PatchActionInstance, unknown>
}

/**
 * The body of `CustomizeActionDialog`: the default-input editor and its Save and Cancel buttons. It mounts when
 * the dialog opens, so the draft starts from the saved default input and survives refetches and failed saves.
 */
export function CustomizeActionForm({ selector, instance, labels, patch }: CustomizeActionFormProps) {
  const [draft, setDraft] = useState<JsonObject>(() => defaultInputOf(instance) ?? {})
  const inputSchema = instance.inputSchema
  const schema = useMemo(() => schemaForDefaultInput(inputSchemaOf({ inputSchema })), [inputSchema])
  // A save sent by this dialog before it was unmounted is still this save: never sent twice.
  const pending = useWritePending('patch', selector) || patch.isPending

  return (
    <>
      {patch.isError && (
        <DialogError title={labels.customizeSaveError} message={patch.error.message || labels.unknownError} />
      )}
      <ActionInputForm
        {...selector}
        className="rai-customize-form"
        schema={schema}
        formData={draft}
        onChange={setDraft}
        error={patch.error}
        data-status={pending ? 'pending' : patch.status}
        onSubmit={(defaultInput, event) => {
          // The form has no run button; submitting it saves the customization instead.
          event.preventDefault()
          if (pending) return
          patch.mutate({ config: { ...configOf(instance), defaultInput } })
        }}
      >
        <Dialog.Close type="button" className="rai-button">
          {labels.cancel}
        </Dialog.Close>
        <button
          type="submit"
          className="rai-button"
          data-variant="primary"
          aria-disabled={pending || undefined}
        >
          {pending ? labels.customizeSaving : labels.customizeSave}
        </button>
      </ActionInputForm>
    </>
  )
}
