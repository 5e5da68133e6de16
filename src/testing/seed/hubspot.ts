import type { SeedIntegration } from '../types'
import {
  createContact,
  createContactProperty,
  deleteContact,
  getContact,
  listContacts,
  updateContact,
} from './contactBehaviours'
import { contactFields, contactIdInput, contactSchema } from './contactSchemas'
import { avatar } from './avatar'

const hubspotOwners = [
  { id: 'owner-1', name: 'Ada Lovelace', email: 'ada@example.com', color: '#7c3aed' },
  { id: 'owner-2', name: 'Grace Hopper', email: 'grace@example.com', color: '#0f766e' },
  { id: 'owner-3', name: 'Alan Turing', email: 'alan@example.com', color: '#b45309' },
  { id: 'owner-4', name: 'Katherine Johnson', email: 'katherine@example.com', color: '#be123c' },
  { id: 'owner-5', name: 'Edsger Dijkstra', email: 'edsger@example.com', color: '#1d4ed8' },
]

/** The seeded HubSpot integration: contacts plus custom contact properties (the dynamic fields). */
export const hubspot: SeedIntegration = {
  key: 'hubspot',
  name: 'HubSpot',
  initialRecords: { owners: hubspotOwners },
  dataCollections: {
    owners: {
      records: ({ app }) =>
        [...app.records('owners').values()].map((o) => ({
          id: String(o.id),
          name: String(o.name),
          iconUri: avatar(String(o.name), String(o.color)),
          fields: { email: o.email ?? null },
        })),
    },
  },
  actions: [
    {
      key: 'create-contact',
      name: 'Create contact',
      description: 'Creates a contact in HubSpot.',
      type: 'create-data-record',
      customFieldsOf: 'contacts',
      inputSchema: {
        type: 'object',
        required: ['email', 'firstName'],
        properties: contactFields({ withDefaults: true }),
        additionalProperties: false,
      },
      outputSchema: contactSchema,
      run: createContact,
    },
    {
      key: 'get-contact',
      name: 'Get contact',
      description: 'Finds a HubSpot contact by its id.',
      type: 'find-data-record-by-id',
      inputSchema: contactIdInput,
      outputSchema: contactSchema,
      run: getContact,
    },
    {
      key: 'update-contact',
      name: 'Update contact',
      description: 'Changes the given fields of a HubSpot contact.',
      type: 'update-data-record',
      customFieldsOf: 'contacts',
      inputSchema: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1, title: 'Contact id' },
          ...contactFields({ withDefaults: false }),
        },
        additionalProperties: false,
      },
      outputSchema: contactSchema,
      run: updateContact,
    },
    {
      key: 'delete-contact',
      name: 'Delete contact',
      description: 'Deletes a HubSpot contact.',
      type: 'delete-data-record',
      inputSchema: contactIdInput,
      outputSchema: {
        type: 'object',
        required: ['id', 'deleted'],
        properties: { id: { type: 'string' }, deleted: { type: 'boolean', const: true } },
        additionalProperties: false,
      },
      run: deleteContact,
    },
    {
      key: 'list-contacts',
      name: 'List contacts',
      description: 'Lists HubSpot contacts, optionally filtered.',
      type: 'list-data-records',
      inputSchema: {
        type: 'object',
        properties: {
          search: { type: 'string', title: 'Search', description: 'Matches email, first or last name.' },
          lifecycleStage: contactFields({ withDefaults: false }).lifecycleStage ?? {},
          limit: { type: 'integer', minimum: 1, maximum: 100, default: 50, title: 'Limit' },
        },
        additionalProperties: false,
      },
      outputSchema: {
        type: 'object',
        required: ['items'],
        properties: { items: { type: 'array', items: contactSchema } },
        additionalProperties: false,
      },
      run: listContacts,
    },
    {
      key: 'create-contact-property',
      name: 'Create contact property',
      description: 'Adds a custom property to HubSpot contacts.',
      type: 'connector-operation',
      inputSchema: {
        type: 'object',
        required: ['name', 'label', 'type'],
        properties: {
          name: {
            type: 'string',
            pattern: '^[a-z][a-z0-9_]*$',
            maxLength: 64,
            title: 'Internal name',
            description: 'Lowercase letters, digits and underscores, starting with a letter.',
          },
          label: { type: 'string', minLength: 1, title: 'Label' },
          type: {
            type: 'string',
            enum: ['string', 'number', 'boolean', 'date'],
            default: 'string',
            title: 'Type',
          },
        },
        additionalProperties: false,
      },
      outputSchema: {
        type: 'object',
        required: ['name', 'label', 'type', 'createdAt'],
        properties: {
          name: { type: 'string' },
          label: { type: 'string' },
          type: { type: 'string', enum: ['string', 'number', 'boolean', 'date'] },
          createdAt: { type: 'string', format: 'date-time' },
        },
        additionalProperties: false,
      },
      run: createContactProperty,
    },
  ],
}
