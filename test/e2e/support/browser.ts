import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (path): path is string => Boolean(path),
)

/** Launches the machine's Chromium headless; never downloads a browser. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = candidates.find((path) => existsSync(path))
  if (!executablePath) {
    throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.')
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
