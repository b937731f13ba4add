import type { Sql } from 'postgres'
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js'

/**
 * Apply pending migrations in one transaction under an advisory lock, so several collector
 * instances starting at once apply each migration exactly once.
 */
export async function migratePostgres(sql: Sql, schema?: string): Promise<number[]> {
  return sql.begin(async (tx) => {
    await tx.unsafe('SELECT pg_advisory_xact_lock(7355608)')
    if (schema) await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS "${schema.replaceAll('"', '""')}"`)
    await tx.unsafe(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    )
    const done = new Set(
      (await tx.unsafe('SELECT version FROM schema_migrations')).map((r) => Number(r.version)),
    )
    const applied: number[] = []
    for (const m of POSTGRES_MIGRATIONS) {
      if (done.has(m.version)) continue
      await tx.unsafe(m.sql)
      await tx.unsafe('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ])
      applied.push(m.version)
    }
    return applied
  }) as Promise<number[]>
}
