import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkBuilderConfig, listTargets, REQUIRED_TARGETS } from '../../scripts/checkBuilderConfig.js';
import { classifyLoadError } from '../../scripts/ensureNodeAbi.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ASSETS = path.join(ROOT, 'assets');
const require = createRequire(import.meta.url);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'packaging-test-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function pngSize(buf: Buffer): { width: number; height: number } {
  assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(buf.toString('latin1', 12, 16), 'IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Writes a variant of electron-builder.yml (text edits) beside the real one's project and checks it. */
async function checkVariant(name: string, edit: (yml: string) => string) {
  const original = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
  const changed = edit(original);
  assert.notEqual(changed, original, `the ${name} edit changed nothing`);
  const file = path.join(tmp, `${name}.yml`);
  fs.writeFileSync(file, changed);
  return checkBuilderConfig({ configPath: file });
}

describe('electron-builder configuration', () => {
  test('scripts/checkBuilderConfig.ts passes offline with electron-builder\'s own loader and validator', () => {
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'checkBuilderConfig.ts')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, `exit ${r.status}\n${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /^electron-builder\.yml is valid: targets linux AppImage \(x64\), linux deb \(x64\), windows nsis \(x64\), windows portable \(x64\), mac dmg/);
    assert.ok(Date.now() - started < 60_000, 'the check is quick');
  });

  test('lists all five targets and keeps better-sqlite3 out of app.asar, rebuilt for Electron only when packaging', async () => {
    const r = await checkBuilderConfig();
    assert.deepEqual(r.errors, []);
    const config = r.config!;
    const found = listTargets(config).map((t) => `${t.platform}:${t.target}`).sort();
    const wanted = Object.entries(REQUIRED_TARGETS).flatMap(([p, names]) => names.map((n) => `${p}:${n}`)).sort();
    assert.deepEqual(found, wanted);
    assert.notEqual(config.asar, false);
    assert.ok((config.asarUnpack as string[]).includes('**/node_modules/better-sqlite3/**'));
    assert.equal(config.npmRebuild, true);
    const nsis = config.nsis as Record<string, unknown>;
    assert.equal(nsis.oneClick, false);
    assert.equal(nsis.perMachine, false);
    assert.equal(nsis.allowElevation, false, 'the installer never asks for admin rights');
    assert.equal((config.portable as Record<string, unknown>).requestExecutionLevel, 'user');
    // Never rebuilt for Electron at install time: that would break the plain-Node tests.
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      assert.doesNotMatch(pkg.scripts[hook] ?? '', /install-app-deps|electron-rebuild|@electron\/rebuild/, `${hook} must not rebuild for Electron`);
    }
  });

  test('a config electron-builder would reject fails with its validation message', async () => {
    const r = await checkVariant('unknown-option', (y) => y.replace('nsis:\n', 'nsis:\n  perUser: true\n'));
    assert.equal(r.ok, false);
    const message = r.errors.join('\n');
    assert.match(message, /Invalid configuration object\. electron-builder [\d.]+ has been initialized using a configuration object that does not match the API schema[\s\S]*configuration\.nsis/);
    assert.match(message, /Options electron-builder does not know: nsis\.perUser\./);
  });

  test('the check catches what would only fail at packaging time', async () => {
    const noUnpack = await checkVariant('no-unpack', (y) => y.replace('  - "**/node_modules/better-sqlite3/**"\n  - "**/*.node"\n', ''));
    assert.match(noUnpack.errors.join('\n'), /asarUnpack must match node_modules\/better-sqlite3/);

    const noPortable = await checkVariant('no-portable', (y) => y.replace(/ {4}- target: portable\n {6}arch: \[x64\]\n/, ''));
    assert.match(noPortable.errors.join('\n'), /win\.target must include portable/);

    const noAssets = await checkVariant('no-assets', (y) => y.replace('  - assets/**/*\n', ''));
    assert.match(noAssets.errors.join('\n'), /files: assets\/fonts\/LiberationSerif-Regular\.ttf would be left out/);

    const admin = await checkVariant('per-machine', (y) => y.replace('  allowElevation: false\n', ''));
    assert.match(admin.errors.join('\n'), /without asking for administrator rights/);

    const badIcon = await checkVariant('png-icon-for-windows', (y) => y.replace('icon: assets/icon.ico', 'icon: assets/icons/32x32.png'));
    assert.match(badIcon.errors.join('\n'), /win\.icon should be an \.ico file/);
  });
});

describe('app icon files', () => {
  const expectedPngs = [16, 32, 48, 64, 128, 256, 512, 1024];

  test('the SVG source is there', () => {
    const svg = fs.readFileSync(path.join(ASSETS, 'icon.svg'), 'utf8');
    assert.match(svg, /<svg[^>]+viewBox="0 0 1024 1024"/);
  });

  test('PNGs in assets/icons have the size their name says, and icon.png is 512', () => {
    for (const size of expectedPngs) {
      assert.deepEqual(pngSize(fs.readFileSync(path.join(ASSETS, 'icons', `${size}x${size}.png`))), { width: size, height: size }, `${size}x${size}.png`);
    }
    assert.deepEqual(pngSize(fs.readFileSync(path.join(ASSETS, 'icon.png'))), { width: 512, height: 512 });
  });

  test('icon.ico holds 16 to 256 px images, each where its directory entry says', () => {
    const ico = fs.readFileSync(path.join(ASSETS, 'icon.ico'));
    assert.equal(ico.readUInt16LE(0), 0);
    assert.equal(ico.readUInt16LE(2), 1, 'type 1 = icon');
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    let end = 6 + 16 * count;
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const size = ico[e] || 256;
      assert.equal(ico[e + 1] || 256, size, 'square');
      const length = ico.readUInt32LE(e + 8);
      const offset = ico.readUInt32LE(e + 12);
      assert.ok(offset >= 6 + 16 * count && offset + length <= ico.length, `entry ${size} inside the file`);
      const data = ico.subarray(offset, offset + length);
      if (data[0] === 0x89) {
        assert.deepEqual(pngSize(data), { width: size, height: size });
      } else {
        assert.equal(data.readUInt32LE(0), 40, 'BITMAPINFOHEADER');
        assert.equal(data.readInt32LE(4), size);
        assert.equal(data.readInt32LE(8), size * 2, 'height counts the AND mask');
        assert.equal(data.readUInt16LE(14), 32, '32 bits per pixel');
      }
      end = Math.max(end, offset + length);
      sizes.push(size);
    }
    assert.deepEqual(sizes, [16, 24, 32, 48, 64, 128, 256]);
    assert.equal(end, ico.length, 'no stray bytes');
  });

  test('icon.icns has a valid header and PNG images of the sizes their types need, up to 1024', () => {
    const icns = fs.readFileSync(path.join(ASSETS, 'icon.icns'));
    assert.equal(icns.toString('latin1', 0, 4), 'icns');
    assert.equal(icns.readUInt32BE(4), icns.length, 'header length is the file length');
    const typeSize: Record<string, number> = { icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 };
    const seen: string[] = [];
    let off = 8;
    while (off < icns.length) {
      const type = icns.toString('latin1', off, off + 4);
      const length = icns.readUInt32BE(off + 4);
      assert.ok(length > 8 && off + length <= icns.length, `${type} inside the file`);
      const size = typeSize[type];
      assert.ok(size, `known type ${type}`);
      assert.deepEqual(pngSize(icns.subarray(off + 8, off + length)), { width: size, height: size }, type);
      seen.push(type);
      off += length;
    }
    assert.equal(off, icns.length);
    for (const needed of ['ic07', 'ic08', 'ic09', 'ic10']) assert.ok(seen.includes(needed), `has ${needed}`);
  });
});

describe('better-sqlite3 for Node and for Electron', () => {
  const afterPackHook = require('../../build/afterPack.cjs') as ((context: unknown) => Promise<void>) & {
    inspectNativeBinary(buf: Buffer): { os: string; arches: string[] };
  };
  const nativeFile = path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

  test('the afterPack hook accepts a build for the target and refuses a missing or foreign one', async () => {
    const appOutDir = path.join(tmp, 'linux-unpacked');
    const dest = path.join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release');
    fs.mkdirSync(dest, { recursive: true });
    const context = (platform: string, arch: number) => ({ appOutDir, electronPlatformName: platform, arch, packager: { appInfo: { productFilename: 'Pro Se Case File' } } });
    await assert.rejects(afterPackHook(context('linux', 1)), /better-sqlite3 is missing/);

    // A Linux x64 ELF header, as node-gyp makes it on this machine.
    const elf = Buffer.alloc(64);
    elf.write('\x7fELF', 0, 'latin1');
    elf[4] = 2; // 64-bit
    elf[5] = 1; // little-endian
    elf.writeUInt16LE(0x3e, 18); // x86-64
    fs.writeFileSync(path.join(dest, 'better_sqlite3.node'), elf);
    const log = console.log;
    console.log = () => {};
    try {
      await afterPackHook(context('linux', 1));
    } finally {
      console.log = log;
    }
    await assert.rejects(afterPackHook(context('linux', 3)), /built for x64/);
    await assert.rejects(afterPackHook(context('win32', 1)), /built for linux/);
  });

  test('the hook reads Linux, Windows and macOS native files', () => {
    if (process.platform === 'linux' && fs.existsSync(nativeFile)) {
      const own = afterPackHook.inspectNativeBinary(fs.readFileSync(nativeFile).subarray(0, 4096));
      assert.equal(own.os, 'linux');
    }
    const pe = Buffer.alloc(256);
    pe.write('MZ', 0, 'latin1');
    pe.writeUInt32LE(0x80, 0x3c);
    pe.write('PE\0\0', 0x80, 'latin1');
    pe.writeUInt16LE(0x8664, 0x84);
    assert.deepEqual(afterPackHook.inspectNativeBinary(pe), { os: 'win32', arches: ['x64'] });
    const macho = Buffer.alloc(32);
    macho.writeUInt32LE(0xfeedfacf, 0);
    macho.writeUInt32LE(0x0100000c, 4);
    assert.deepEqual(afterPackHook.inspectNativeBinary(macho), { os: 'darwin', arches: ['arm64'] });
    assert.equal(afterPackHook.inspectNativeBinary(Buffer.from('plain text file')).os, 'unknown');
  });

  test('ensureNodeAbi tells an Electron build from other load failures', () => {
    const electronBuild =
      "The module '/x/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 145. This version of Node.js requires\nNODE_MODULE_VERSION 115. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`).";
    assert.deepEqual(classifyLoadError(electronBuild), { kind: 'abi', built: '145', needed: '115' });
    assert.equal(classifyLoadError('/x/better_sqlite3.node: invalid ELF header').kind, 'platform');
    assert.equal(classifyLoadError('Could not locate the bindings file. Tried: ...').kind, 'missing');
    assert.equal(classifyLoadError('EACCES: permission denied').kind, 'other');
  });

  test('ensureNodeAbi prints nothing and exits 0 when the Node build is in place', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'ensureNodeAbi.ts')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, '');
  });
});
