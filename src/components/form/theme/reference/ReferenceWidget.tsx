import { useEffect, useState } from 'react'
import type { WidgetProps } from '@rjsf/utils'
import type { JsonValue } from '../../../../types'
import { describedBy } from '../formContext'
import type { KitData, KitFormContext, KitSchema } from '../formContext'
import { useFormInputValue } from './FormInputContext'
import { ReferenceCombobox } from './ReferenceCombobox'
import { referenceNode, referenceSource } from './referenceSource'
import { useReferenceChoices } from './useReferenceChoices'

type Widget = WidgetProps<KitData, KitSchema, KitFormContext>

function idsOf(value: unknown, multiple: boolean): string[] {
  if (multiple) return Array.isArray(value) ? value.map(String) : []
  return value === undefined || value === null || value === '' ? [] : [String(value)]
}

function titleOf(rootSchema: unknown, path: string): string {
  let node = rootSchema as { properties?: { [key: string]: { title?: string } } } | undefined
  let title = path
  for (const key of path.split('.')) {
    const child = node?.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined
    title = child?.title ?? key
    node = child as typeof node
  }
  return title
}

/**
 * The widget of a DataSchema reference field (`referenceCollection` or `referenceRecords`, on the field or on
 * the items of an array): an async combobox whose value is the chosen record's `id`. A field whose parameters
 * refer to other fields waits for them, reads again when they change, and drops values no longer found.
 */
export function ReferenceWidget(props: Widget) {
  const { id, schema, value, disabled, readonly, rawErrors, required, registry, options } = props
  const { labels, connection } = registry.formContext
  const formData = useFormInputValue()
  const source = referenceSource(schema)
  const multiple = schema.type === 'array'
  const numeric = ['number', 'integer'].includes(String(referenceNode(schema)?.type))
  const values = idsOf(value, multiple)
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState<string | null>(null)
  const choices = useReferenceChoices({
    source: source ?? { kind: 'records', records: [], allowCustom: true },
    connection,
    input: formData,
    values,
    open,
    search: search ?? '',
  })
  const emit = (next: string[]) => {
    const typedValues: JsonValue[] = next.map((v) =>
      numeric && v !== '' && !isNaN(Number(v)) ? Number(v) : v,
    )
    props.onChange(multiple ? typedValues : (typedValues[0] ?? options.emptyValue))
  }
  const allowCustom = source?.allowCustom ?? true
  const waiting = choices.missingFields.length > 0
  const drop = allowCustom ? [] : waiting ? values : choices.invalid
  const dropKey = drop.join('\n')
  useEffect(() => {
    if (dropKey === '') return
    const dropped = new Set(dropKey.split('\n'))
    props.onChange(multiple ? values.filter((v) => !dropped.has(v)) : options.emptyValue)
    // Only a newly invalid value triggers the change; the rest is read from the render that found it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dropKey])

  const pages = choices.pages
  const hasDescription = Boolean(options.description ?? schema.description)
  return (
    <ReferenceCombobox
      id={id}
      label={props.label || schema.title || id}
      multiple={multiple}
      values={values}
      onChange={emit}
      records={choices.records}
      recordOf={choices.recordOf}
      remember={choices.remember}
      allowCustom={allowCustom}
      search={search}
      onSearchChange={setSearch}
      open={open}
      onOpenChange={setOpen}
      labels={labels}
      disabled={disabled || readonly || waiting}
      placeholder={
        waiting
          ? labels.referenceNeedsParent(titleOf(registry.rootSchema, choices.missingFields[0] ?? ''))
          : undefined
      }
      inputProps={{
        'aria-invalid': rawErrors?.length ? true : undefined,
        'aria-describedby': describedBy(id, hasDescription, rawErrors),
        'aria-required': required || undefined,
        readOnly: readonly,
        name: props.htmlName || id,
      }}
      onBlur={() => props.onBlur(id, value)}
      onFocus={() => props.onFocus(id, value)}
      menu={
        pages
          ? {
              status: pages.status,
              error: pages.error,
              hasNextPage: pages.hasNextPage,
              isFetchingNextPage: pages.isFetchingNextPage,
              onRetry: () => void pages.refetch(),
              onLoadMore: () => void pages.fetchNextPage(),
            }
          : { status: 'success' }
      }
    />
  )
}
