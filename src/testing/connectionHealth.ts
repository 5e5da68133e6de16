import type { Connection as ConnectionDto } from '../types'
import type { Connection } from './instanceStore'
import type { ConnectionFault } from './types'

/** The error key of a run on a defunct connection when the fault names none. */
export const DEFAULT_DEFUNCT_KEY = 'access_token_expired'

/** Why a connection is defunct. */
export interface Defunct {
  key: string
  uiUrl?: string
}

interface Rule {
  fault: ConnectionFault
  /** Customers whose connection was reconnected although the rule is for every customer. */
  healed: Set<string>
}

const names = (connection: Connection) => [
  connection.integration.key,
  connection.id,
  connection.integrationId,
]

/** Which connections are defunct: `defunct` faults until `reconnect` heals them. */
export class ConnectionHealth {
  private rules: Rule[] = []

  /** Makes the connection(s) the fault names defunct. */
  breakConnection(fault: ConnectionFault): void {
    this.rules.push({ fault, healed: new Set() })
  }

  /** Why `connection` is defunct, or undefined when it works. */
  defunctOf(connection: Connection): Defunct | undefined {
    const rule = this.rules.findLast(
      ({ fault, healed }) =>
        names(connection).includes(fault.connection) &&
        (fault.customerId === undefined || fault.customerId === connection.customerId) &&
        !healed.has(connection.customerId),
    )
    if (rule === undefined) return undefined
    const { key = DEFAULT_DEFUNCT_KEY, uiUrl } = rule.fault
    return uiUrl === undefined ? { key } : { key, uiUrl }
  }

  /** Heals the connection named as its fault named it, for one customer or all; whether any was defunct. */
  heal(selector: string, customerId?: string): boolean {
    let healed = false
    this.rules = this.rules.filter((rule) => {
      if (rule.fault.connection !== selector) return true
      if (customerId === undefined || rule.fault.customerId === customerId) {
        healed = true
        return false
      }
      if (rule.fault.customerId === undefined && !rule.healed.has(customerId)) {
        rule.healed.add(customerId)
        healed = true
      }
      return true
    })
    return healed
  }
}

/** The connection as `GET /connections/{c}` answers it. */
export function connectionDto(connection: Connection, defunct: Defunct | undefined): ConnectionDto {
  const { integration } = connection
  const dto: ConnectionDto = {
    id: connection.id,
    key: integration.key,
    name: integration.name,
    connected: defunct === undefined,
    isDefunct: defunct !== undefined,
    state: defunct === undefined ? 'READY' : 'DEFUNCT',
  }
  if (defunct !== undefined) {
    dto.errors = [{ type: 'connection', key: defunct.key, message: defunctMessage(connection) }]
    dto.clientAction = {
      type: 'connect',
      description: `Reconnect ${integration.name} to give the app access again.`,
      ...(defunct.uiUrl !== undefined && { uiUrl: defunct.uiUrl }),
    }
  }
  return dto
}

/** The message of a run that failed because its connection is defunct. */
export function defunctMessage(connection: Connection): string {
  return `The connection to ${connection.integration.name} no longer works: its access expired or was revoked.`
}
