import type { DataRecord } from '../../../../types'
import { safeIconUri } from './referenceSource'

/** A choice as the combobox offers it: a record, or the typed text as a custom value. */
export interface ReferenceItem {
  record: DataRecord
  custom?: boolean
}

/** The text a record is shown and announced by. */
export const recordLabel = (record: DataRecord | undefined, id = '') => record?.name || record?.id || id

/** A record's icon and label. */
export function RecordLabel({ record }: { record: DataRecord }) {
  const icon = safeIconUri(record.iconUri)
  return (
    <>
      {icon && <img className="rai-reference-icon" src={icon} alt="" width={16} height={16} />}
      <span className="rai-reference-label">{recordLabel(record)}</span>
    </>
  )
}
