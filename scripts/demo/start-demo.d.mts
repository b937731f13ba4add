// Types of start-demo.mjs, for the Playwright proof and anyone scripting the demo.

export interface DemoPorts {
  /** The Nimbus Hosting site. Default 4320; 0 picks a free port. */
  site: number
  /** The React app. Default 4321. */
  react: number
  /** The collector (API and /admin/). Default 8787. */
  collector: number
}

export interface StartDemoOptions {
  ports?: Partial<DemoPorts>
  /** Where the SQLite file lives. Default `.demo/` in the repository. */
  dataDir?: string
  /** Default: 32 random bytes, hex. */
  adminToken?: string
  /** Seed a new database with 30 days of sample receipts. Default true. */
  seed?: boolean
  /** Default `auto`: build what is missing or stale. */
  build?: 'auto' | 'always' | 'never'
  log?: (message: string) => void
}

export interface RunningDemo {
  urls: {
    site: string
    react: string
    collector: string
    admin: string
    adminWithToken: string
    stats: string
    export: string
    hits: string
  }
  adminToken: string
  dbPath: string
  /** Sample receipts stored in a new database (0 when it existed or seeding was off). */
  seeded: number
  /** Stop every server and close the database. */
  stop(): Promise<void>
}

export const ROOT: string
export const DEFAULT_PORTS: DemoPorts
export function portsFromEnv(env?: Record<string, string | undefined>): DemoPorts
export function startDemo(options?: StartDemoOptions): Promise<RunningDemo>
