import { customizeValidator } from '@rjsf/validator-ajv8'

/**
 * The form's validator: ajv that checks own properties only, so a field named `constructor` (or `toString`)
 * left empty is not read from `Object.prototype` and reported as invalid.
 */
export const formValidator = customizeValidator({ ajvOptionsOverrides: { ownProperties: true } })
