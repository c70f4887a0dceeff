export { YourAccess } from './YourAccess/index'
