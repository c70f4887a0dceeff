// Relationship ids are read by pure rules too: the function lives with them.
export { idOf, refOf } from './rules/idOf'
