import * as migration_20261123_022244_initial from './20261123_022244_initial';

export const migrations = [
  {
    up: migration_20261123_022244_initial.up,
    down: migration_20261123_022244_initial.down,
    name: '20261123_022244_initial'
  },
];
