import type Database from 'better-sqlite3'
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js'

/** Apply pending SQLite migrations in one IMMEDIATE transaction; returns the versions applied. */
export function migrateSqlite(db: Database.Database): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  )
  const applied: number[] = []
  // IMMEDIATE takes the write lock first, so two processes never apply the same migration.
  db.transaction(() => {
    const done = new Set(
      db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
    )
    for (const m of SQLITE_MIGRATIONS) {
      if (done.has(m.version)) continue
      db.exec(m.sql)
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      )
      applied.push(m.version)
    }
  }).immediate()
  return applied
}
