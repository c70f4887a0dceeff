export { PermissionsField } from './PermissionsField/index.client'
