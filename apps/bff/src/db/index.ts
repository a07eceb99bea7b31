export { openDatabase, type Database, type DatabaseConfig, type Queryable } from './database.ts';
export { migrate } from './migrate.ts';
