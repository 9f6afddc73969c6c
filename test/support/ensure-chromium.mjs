// pretest: the Playground browser test needs Debian's chromium. Install it when we can (root, apt), or stop
// with the exact command. Never skip the browser test silently.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Chromium is missing for the browser test. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\nthen run npm test again.`);
  process.exit(1);
}
console.error('pretest: installing Debian chromium for the Playground browser test (apt-get)...');
try {
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
} catch {
  console.error('pretest: apt-get could not install chromium. Run: apt-get update && apt-get install -y chromium');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`pretest: chromium installed but ${CHROMIUM} is missing; the browser test cannot run.`);
  process.exit(1);
}
