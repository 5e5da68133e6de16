import * as Dialog from '@radix-ui/react-dialog'
import { useMemo, useState } from 'react'
import { usePatchAction } from '../hooks/usePatchAction'
import type { ActionSelector } from '../hooks/types'
import type { ActionInstance, JsonObject } from '../types'
import { ActionInputForm } from './ActionInputForm'
import { DialogError } from './DialogError'
import type { ActionsLabels } from './labels/ActionsLabels'
import { schemaForDefaultInput } from './schemaForDefaultInput'

/** Props of `CustomizeActionForm`. */
export interface CustomizeActionFormProps {
  selector: ActionSelector
  instance: ActionInstance
  labels: ActionsLabels
  /** The caller's label overrides, passed on to the input form. */
  labelsProp: Partial<ActionsLabels> | undefined
  onSaved(action: ActionInstance): void
}

/**
 * The body of `CustomizeActionDialog`: the default-input editor and its Save and Cancel buttons. It mounts when
 * the dialog opens, so the draft starts from the saved default input and survives refetches and failed saves.
 */
export function CustomizeActionForm({
  selector,
  instance,
  labels,
  labelsProp,
  onSaved,
}: CustomizeActionFormProps) {
  const [draft, setDraft] = useState<JsonObject>(() => instance.config.defaultInput ?? {})
  const patch = usePatchAction(selector)
  const schema = useMemo(() => schemaForDefaultInput(instance.inputSchema), [instance.inputSchema])

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
        labels={labelsProp}
        data-status={patch.status}
        onSubmit={(defaultInput, event) => {
          // The form has no run button; submitting it saves the customization instead.
          event.preventDefault()
          if (patch.isPending) return
          patch.mutate({ config: { ...instance.config, defaultInput } }, { onSuccess: onSaved })
        }}
      >
        <Dialog.Close type="button" className="rai-button">
          {labels.cancel}
        </Dialog.Close>
        <button
          type="submit"
          className="rai-button"
          data-variant="primary"
          aria-disabled={patch.isPending || undefined}
        >
          {patch.isPending ? labels.customizeSaving : labels.customizeSave}
        </button>
      </ActionInputForm>
    </>
  )
}
