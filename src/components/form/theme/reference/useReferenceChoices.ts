import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { actionKeys } from '../../../../hooks/actionKeys'
import { useActionsContext } from '../../../../hooks/ActionsContext'
import { useDataCollection } from '../../../../hooks/useDataCollection'
import type { DataRecord, JsonObject } from '../../../../types'
import { resolveParameters } from './referenceSource'
import type { ReferenceSource } from './referenceSource'

interface ReferenceChoicesInput {
  source: ReferenceSource
  /** The form's connection; without it a collection cannot be read. */
  connection: string | undefined
  /** The whole input, for `$var` parameters. */
  input: JsonObject
  /** The ids the field holds now. */
  values: readonly string[]
  /** Whether the list is open: a collection is read only then. */
  open: boolean
  search: string
}

interface Known {
  key: string
  records: Map<string, DataRecord>
  /** Ids a lookup did not find for these parameters. */
  missing: Set<string>
}

const fresh = (key: string): Known => ({ key, records: new Map(), missing: new Set() })
const NO_RECORDS: DataRecord[] = []

/**
 * The choices of a reference field and the records of its values. A collection is read only while the list is
 * open; a value whose record is not on a loaded page is looked up once by id (`filter: { id }`), so it shows its
 * label; after a parameter changes, the values are looked up again and those not found are reported `invalid`.
 */
export function useReferenceChoices({
  source,
  connection,
  input,
  values,
  open,
  search,
}: ReferenceChoicesInput) {
  const { client, queryClient } = useActionsContext('ActionInputForm')
  const isCollection = source.kind === 'collection'
  const key = isCollection ? source.key : ''
  const resolved = useMemo(
    () => resolveParameters(isCollection ? source.parameters : {}, input),
    [isCollection, source, input],
  )
  const { parameters, missing: missingFields } = resolved
  const paramsKey = JSON.stringify(parameters)
  const ready = isCollection && connection !== undefined && missingFields.length === 0
  const pages = useDataCollection(
    { connection: connection ?? '', collection: key, parameters, search },
    { enabled: ready && open },
  )
  const [stored, setKnown] = useState(() => fresh(paramsKey))
  const known = stored.key === paramsKey ? stored : fresh(paramsKey)

  const loaded = useMemo(() => pages.data?.pages.flatMap((page) => page.records) ?? NO_RECORDS, [pages.data])
  const loadedById = useMemo(() => new Map(loaded.map((record) => [record.id, record])), [loaded])
  const lookupIds = ready
    ? values.filter((id) => !loadedById.has(id) && !known.records.has(id) && !known.missing.has(id)).sort()
    : []
  // What a lookup found (and did not) is kept with the parameters, so dropping an invalid value reads nothing.
  const learn = (key: string, ids: readonly string[], found: readonly DataRecord[]) =>
    setKnown((previous) => {
      const next = previous.key === key ? previous : fresh(key)
      const records = new Map(next.records)
      for (const record of found) records.set(record.id, record)
      const missing = new Set(next.missing)
      for (const id of ids) if (!records.has(id)) missing.add(id)
      return { key, records, missing }
    })
  const lookup = useQuery(
    {
      queryKey: actionKeys.dataRecordsById(connection ?? '', key, parameters, lookupIds),
      queryFn: async ({ signal }) => {
        const page = await client
          .connection(connection ?? '')
          .dataCollection(key)
          .list({ filter: { id: lookupIds }, parameters }, { signal })
        learn(paramsKey, lookupIds, page.records)
        return page
      },
      enabled: lookupIds.length > 0,
      staleTime: Infinity,
    },
    queryClient,
  )
  // A lookup answered from the cache (another form read it) did not run the function above.
  const cached = lookup.data?.records ?? NO_RECORDS
  const cachedMissing = lookup.data ? lookupIds.filter((id) => !cached.some((r) => r.id === id)) : []

  const remember = useCallback(
    (record: DataRecord) =>
      setKnown((previous) => {
        const next = previous.key === paramsKey ? previous : fresh(paramsKey)
        return { ...next, records: new Map(next.records).set(record.id, record) }
      }),
    [paramsKey],
  )

  const staticRecords = source.kind === 'records' ? source.records : NO_RECORDS
  const needle = search.trim().toLowerCase()
  const records = isCollection
    ? loaded
    : staticRecords.filter(
        (r) =>
          needle === '' || (r.name ?? r.id).toLowerCase().includes(needle) || r.id.toLowerCase() === needle,
      )
  const recordOf = (id: string) =>
    loadedById.get(id) ??
    known.records.get(id) ??
    cached.find((record) => record.id === id) ??
    staticRecords.find((record) => record.id === id)
  return {
    records,
    recordOf,
    remember,
    pages: isCollection ? pages : undefined,
    /** Fields a `$var` parameter needs that have no value yet. */
    missingFields,
    /** Values a lookup with the current parameters did not find. */
    invalid: values.filter((id) => known.missing.has(id) || cachedMissing.includes(id)),
  }
}
