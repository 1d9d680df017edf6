/**
 * `npm run dist -- <electron-builder options>`: electron-builder, with the .deb's homepage taken
 * from CASEFILE_HOMEPAGE. A .deb must name the project's web page (electron-builder will not make
 * one without), and this project has no address of its own that package.json could name, so
 * whoever publishes the packages says where they publish them.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const homepage = (process.env.CASEFILE_HOMEPAGE ?? '').trim();
const otherPlatform = args.some((a) => ['--win', '-w', '--windows', '--mac', '-m', '--macos'].includes(a));
const buildsDeb = args.includes('--linux') || args.includes('-l') || (!otherPlatform && process.platform === 'linux');

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (homepage !== '' && !/^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/.test(homepage)) {
  stop(`CASEFILE_HOMEPAGE must be a web address like https://example.net/pro-se-case-file, not "${homepage}".`);
}
if (buildsDeb && homepage === '') {
  stop('The .deb must name the web page where you publish this app. Run: CASEFILE_HOMEPAGE=https://<that page> npm run dist -- --linux');
}

const extra = homepage === '' ? [] : [`-c.extraMetadata.homepage=${homepage}`];
const run = spawnSync('electron-builder', [...args, ...extra], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(run.status ?? 1);
