/** The filters that tell one list of a connection from another. */
export interface ActionListFilters {
  search?: string
  limit?: number
  includeArchived?: boolean
}

/** What tells one page set of a data collection from another: its parameters and search. */
export interface DataCollectionFilters {
  parameters?: { [name: string]: string | number | boolean | undefined }
  search?: string
}

/** The writes of an instance that have a mutation options factory of their own. */
export type ActionWriteKind = 'patch' | 'setup' | 'reset' | 'archive'

const all = ['react-action-instances'] as const

/**
 * The kit's query and mutation keys: namespaced, so they never collide with the host's keys, and
 * hierarchical, so a prefix (such as `lists(connection)`) invalidates a whole subtree.
 * @example
 * queryClient.invalidateQueries({ queryKey: actionKeys.lists('hubspot') })
 */
export const actionKeys = {
  /** Every key of the kit. */
  all,
  /** Everything about one connection. */
  connection: (connection: string) => [...all, 'connection', connection] as const,
  /** The prefix of every list of a connection. */
  lists: (connection: string) => [...actionKeys.connection(connection), 'list'] as const,
  /** One list of a connection. */
  list: (connection: string, filters: ActionListFilters) =>
    [
      ...actionKeys.lists(connection),
      {
        ...(filters.search !== undefined && { search: filters.search }),
        ...(filters.limit !== undefined && { limit: filters.limit }),
        ...(filters.includeArchived !== undefined && { includeArchived: filters.includeArchived }),
      },
    ] as const,
  /** The prefix of every query of one data collection of a connection (its pages and its lookups by id). */
  dataCollection: (connection: string, collection: string) =>
    [...actionKeys.connection(connection), 'data', collection] as const,
  /** The pages of a data collection for some parameters and search (`''` lists, anything else searches). */
  dataRecords: (connection: string, collection: string, filters: DataCollectionFilters) =>
    [
      ...actionKeys.dataCollection(connection, collection),
      'records',
      { parameters: filters.parameters ?? {}, search: filters.search ?? '' },
    ] as const,
  /** Records of a data collection looked up by id (the labels of chosen values). */
  dataRecordsById: (
    connection: string,
    collection: string,
    parameters: DataCollectionFilters['parameters'],
    ids: readonly string[],
  ) =>
    [
      ...actionKeys.dataCollection(connection, collection),
      'byId',
      { parameters: parameters ?? {}, ids },
    ] as const,
  /** One action instance. */
  detail: (connection: string, action: string, instanceKey?: string) =>
    [...actionKeys.connection(connection), 'detail', action, instanceKey ?? null] as const,
  /** The mutation key of one kind of write of one action instance, for `useIsMutating` or `setMutationDefaults`. */
  write: (kind: ActionWriteKind, connection: string, action: string, instanceKey?: string) =>
    [...actionKeys.connection(connection), 'write', kind, action, instanceKey ?? null] as const,
  /** The mutation key of the runs of one action instance. */
  runs: (connection: string, action: string, instanceKey?: string) =>
    [...actionKeys.connection(connection), 'runs', action, instanceKey ?? null] as const,
}
