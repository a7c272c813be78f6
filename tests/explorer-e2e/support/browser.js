// Debian's Chromium (/usr/bin/chromium, installed by scripts/setup.sh), driven by playwright-core: no browser
// download, a fresh profile per run, headless.
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { repo } from './graph.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where each test's screenshot goes: beside the other suites' results that ./run-tests collects. */
export const screenshotDir = join(repo, '.build', 'test-results', 'explorer-e2e');

/** Starts Chromium; resolves to { context, close }. A laptop-sized window (1366×768). */
export async function launchBrowser() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not installed at ${chromiumPath}: run scripts/setup.sh (it installs Debian's chromium), or set CHROMIUM_PATH`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'graph-explorer-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    viewport: { width: 1366, height: 768 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-window screenshot named after the test; returns its path. */
export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
