import type { DataSchema, JsonSchema } from '../../types'

const lifecycleStages = ['subscriber', 'lead', 'opportunity', 'customer', 'evangelist']

const ownerId: DataSchema = {
  type: 'string',
  title: 'Owner',
  description: 'The HubSpot user who owns the contact.',
  referenceCollection: { key: 'owners' },
}

const preferredLanguage: DataSchema = {
  type: 'string',
  title: 'Preferred language',
  referenceRecords: [
    { id: 'en', name: 'English' },
    { id: 'de', name: 'German' },
    { id: 'fr', name: 'French' },
    { id: 'es', name: 'Spanish' },
  ],
}

/** The writable fields of a HubSpot-like contact, shared by the create and update inputs. */
export function contactFields(options: { withDefaults: boolean }): { [key: string]: JsonSchema } {
  return {
    email: { type: 'string', format: 'email', title: 'Email', description: 'Primary email address; unique.' },
    firstName: { type: 'string', minLength: 1, maxLength: 100, title: 'First name' },
    lastName: { type: 'string', maxLength: 100, title: 'Last name' },
    company: {
      type: 'object',
      title: 'Company',
      description: 'The company the contact works for.',
      properties: {
        name: { type: 'string', title: 'Company name' },
        domain: { type: 'string', format: 'hostname', title: 'Domain', description: 'Such as example.com.' },
      },
      additionalProperties: false,
    },
    lifecycleStage: {
      type: 'string',
      enum: lifecycleStages,
      title: 'Lifecycle stage',
      description: 'Where the contact is in the sales funnel.',
      ...(options.withDefaults ? { default: 'lead' } : {}),
    },
    ownerId,
    preferredLanguage,
    birthDate: { type: 'string', format: 'date', title: 'Birth date' },
    website: { type: 'string', format: 'uri', title: 'Website' },
    tags: {
      type: 'array',
      title: 'Tags',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
      ...(options.withDefaults ? { default: [] } : {}),
    },
  }
}

/** A stored contact, as every contact action outputs it. */
export const contactSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'email', 'firstName', 'lifecycleStage', 'tags', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' },
    ...contactFields({ withDefaults: false }),
    customProperties: {
      type: 'object',
      description: 'Values of the properties the customer added to their HubSpot account.',
      additionalProperties: { type: ['string', 'number', 'boolean'] },
    },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  },
  additionalProperties: false,
}

/** An input that only names a contact by id. */
export const contactIdInput: JsonSchema = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, title: 'Contact id' } },
  additionalProperties: false,
}
