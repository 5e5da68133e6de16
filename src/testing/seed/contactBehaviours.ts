import type { JsonObject, JsonValue } from '../../types'
import { ActionRunError } from '../ActionRunError'
import type { ActionBehaviourContext, ActionBehaviourResult } from '../types'

const standardFields = [
  'email',
  'firstName',
  'lastName',
  'company',
  'lifecycleStage',
  'ownerId',
  'preferredLanguage',
  'birthDate',
  'website',
  'tags',
]

function findContact(context: ActionBehaviourContext): JsonObject {
  const id = String(context.input.id)
  const contact = context.app.records('contacts').get(id)
  if (contact === undefined) throw new ActionRunError(`HubSpot has no contact with id "${id}".`, { id })
  return contact
}

function assertEmailFree(
  context: ActionBehaviourContext,
  email: JsonValue | undefined,
  exceptId?: string,
): void {
  if (typeof email !== 'string') return
  for (const contact of context.app.records('contacts').values()) {
    if (contact.id !== exceptId && String(contact.email).toLowerCase() === email.toLowerCase()) {
      throw new ActionRunError(`A contact with email "${email}" already exists in HubSpot.`, {
        existingId: contact.id ?? null,
      })
    }
  }
}

function applyFields(contact: JsonObject, context: ActionBehaviourContext): void {
  for (const field of standardFields) {
    const value = context.input[field]
    if (value !== undefined) contact[field] = value
  }
  const custom: JsonObject = { ...(contact.customProperties as JsonObject | undefined) }
  for (const field of context.app.customFields('contacts')) {
    const value = context.input[field.name]
    if (value !== undefined) custom[field.name] = value
  }
  if (Object.keys(custom).length > 0) contact.customProperties = custom
  contact.updatedAt = context.now
}

/** Creates a contact; a duplicate email is rejected as the real app would. */
export function createContact(context: ActionBehaviourContext): ActionBehaviourResult {
  assertEmailFree(context, context.input.email)
  const contact: JsonObject = { id: context.app.nextId('contact'), lifecycleStage: 'lead', tags: [] }
  contact.createdAt = context.now
  applyFields(contact, context)
  context.app.records('contacts').set(String(contact.id), contact)
  return {
    output: contact,
    logs: [
      { level: 'info', message: 'POST /crm/v3/objects/contacts', status: 201 },
      `Created contact ${contact.id}`,
    ],
  }
}

/** Reads one contact by id. */
export function getContact(context: ActionBehaviourContext): ActionBehaviourResult {
  const contact = findContact(context)
  return { output: contact, logs: [{ level: 'info', message: `GET /crm/v3/objects/contacts/${contact.id}` }] }
}

/** Changes the given fields of a contact; fields not in the input stay as they are. */
export function updateContact(context: ActionBehaviourContext): ActionBehaviourResult {
  const contact = findContact(context)
  assertEmailFree(context, context.input.email, String(contact.id))
  applyFields(contact, context)
  return {
    output: contact,
    logs: [{ level: 'info', message: `PATCH /crm/v3/objects/contacts/${contact.id}` }],
  }
}

/** Deletes a contact: it is gone from the next list. */
export function deleteContact(context: ActionBehaviourContext): ActionBehaviourResult {
  const contact = findContact(context)
  context.app.records('contacts').delete(String(contact.id))
  return {
    output: { id: contact.id ?? '', deleted: true },
    logs: [{ level: 'info', message: `DELETE /crm/v3/objects/contacts/${contact.id}`, status: 204 }],
  }
}

/** Lists contacts, newest last, filtered by a case-insensitive search and a lifecycle stage. */
export function listContacts(context: ActionBehaviourContext): ActionBehaviourResult {
  const search = typeof context.input.search === 'string' ? context.input.search.toLowerCase() : ''
  const stage = context.input.lifecycleStage
  const limit = typeof context.input.limit === 'number' ? context.input.limit : 50
  const items = [...context.app.records('contacts').values()]
    .filter((contact) => stage === undefined || contact.lifecycleStage === stage)
    .filter((contact) =>
      [contact.email, contact.firstName, contact.lastName].some((value) =>
        String(value ?? '')
          .toLowerCase()
          .includes(search),
      ),
    )
    .slice(0, limit)
  return { output: { items }, logs: [`Found ${items.length} contact(s)`] }
}

/** Adds a custom contact property: contact actions become outdated until they are set up again. */
export function createContactProperty(context: ActionBehaviourContext): ActionBehaviourResult {
  const name = String(context.input.name)
  const fields = context.app.customFields('contacts')
  if (
    standardFields.includes(name) ||
    ['id', 'customProperties'].includes(name) ||
    fields.some((f) => f.name === name)
  ) {
    throw new ActionRunError(`A contact property named "${name}" already exists.`, { name })
  }
  const type = context.input.type as 'string' | 'number' | 'boolean' | 'date'
  const field = { name, label: String(context.input.label), type, createdAt: context.now }
  fields.push(field)
  return { output: { ...field }, logs: [`Created contact property ${name} (${type})`] }
}
