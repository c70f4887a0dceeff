import * as migration_20261207_160251_host_initial from './20261207_160251_host_initial';

export const migrations = [
  {
    up: migration_20261207_160251_host_initial.up,
    down: migration_20261207_160251_host_initial.down,
    name: '20261207_160251_host_initial'
  },
];
