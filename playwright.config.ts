import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './test/chromium.js'

const port = Number(process.env.ASSENT_E2E_PORT ?? 4310)
const executablePath = chromiumPath()

export default defineConfig({
  testDir: 'test',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://www.shop.test:${port}`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
  },
  webServer: {
    command: `node test/static-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
