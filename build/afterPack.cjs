'use strict';
/**
 * electron-builder afterPack hook (named in electron-builder.yml). Runs after the app folder is
 * made and before any installer is built from it. It stops the build when better-sqlite3's native
 * file is not where Electron can load it (app.asar.unpacked) or was built for another operating
 * system or CPU: for example a Linux build slipped into a Windows installer because the rebuild for
 * Electron was skipped. It cannot see the Node/Electron ABI inside the file; electron-builder's
 * rebuild step (npmRebuild: true) takes care of that.
 *
 * Plain CommonJS without dependencies: electron-builder loads it as is, no TypeScript step.
 */
const fs = require('node:fs');
const path = require('node:path');

const NATIVE_FILE = ['node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'];
// electron-builder's Arch enum (builder-util): ia32 0, x64 1, armv7l 2, arm64 3, universal 4.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

const ELF_MACHINES = { 0x03: 'ia32', 0x3e: 'x64', 0x28: 'armv7l', 0xb7: 'arm64' };
const PE_MACHINES = { 0x14c: 'ia32', 0x8664: 'x64', 0x1c4: 'armv7l', 0xaa64: 'arm64' };
const MACHO_CPUS = { 0x7: 'ia32', 0x01000007: 'x64', 0xc: 'armv7l', 0x0100000c: 'arm64' };

/**
 * What a native module file was built for, read from its header.
 * @param {Buffer} buf
 * @returns {{ os: 'linux' | 'win32' | 'darwin' | 'unknown', arches: string[] }}
 */
function inspectNativeBinary(buf) {
  if (buf.length >= 20 && buf[0] === 0x7f && buf.toString('latin1', 1, 4) === 'ELF') {
    const machine = buf[5] === 2 ? buf.readUInt16BE(18) : buf.readUInt16LE(18);
    return { os: 'linux', arches: [ELF_MACHINES[machine] || `machine 0x${machine.toString(16)}`] };
  }
  if (buf.length >= 64 && buf.toString('latin1', 0, 2) === 'MZ') {
    const pe = buf.readUInt32LE(0x3c);
    if (pe + 6 <= buf.length && buf.toString('latin1', pe, pe + 4) === 'PE\0\0') {
      const machine = buf.readUInt16LE(pe + 4);
      return { os: 'win32', arches: [PE_MACHINES[machine] || `machine 0x${machine.toString(16)}`] };
    }
  }
  if (buf.length >= 8) {
    const le = buf.readUInt32LE(0);
    if (le === 0xfeedfacf || le === 0xfeedface) {
      const cpu = buf.readUInt32LE(4);
      return { os: 'darwin', arches: [MACHO_CPUS[cpu] || `cpu 0x${cpu.toString(16)}`] };
    }
    if (buf.readUInt32BE(0) === 0xcafebabe) {
      const count = buf.readUInt32BE(4);
      const arches = [];
      for (let i = 0; i < count && 8 + i * 20 + 4 <= buf.length; i++) {
        const cpu = buf.readUInt32BE(8 + i * 20);
        arches.push(MACHO_CPUS[cpu] || `cpu 0x${cpu.toString(16)}`);
      }
      return { os: 'darwin', arches };
    }
  }
  return { os: 'unknown', arches: [] };
}

/** The folder holding app.asar for the packed app. */
function resourcesDir(context) {
  if (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') {
    return path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`, 'Contents', 'Resources');
  }
  return path.join(context.appOutDir, 'resources');
}

async function afterPack(context) {
  const platform = context.electronPlatformName;
  const wantOs = platform === 'mas' ? 'darwin' : platform;
  const wantArch = ARCH_NAMES[context.arch] || String(context.arch);
  const file = path.join(resourcesDir(context), 'app.asar.unpacked', ...NATIVE_FILE);
  if (!fs.existsSync(file)) {
    throw new Error(`better-sqlite3 is missing from ${file}. Keep "**/node_modules/better-sqlite3/**" in asarUnpack and better-sqlite3 in dependencies.`);
  }
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(4096);
  const read = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const got = inspectNativeBinary(head.subarray(0, read));
  if (got.os !== wantOs) {
    throw new Error(`better-sqlite3 in this ${platform} build was built for ${got.os}. Build each platform's installers on that platform (see docs/PACKAGING.md), with npmRebuild on.`);
  }
  if (wantArch !== 'universal' && !got.arches.includes(wantArch)) {
    throw new Error(`better-sqlite3 in this ${platform} ${wantArch} build was built for ${got.arches.join(', ') || 'an unknown CPU'}. Rebuild it for ${wantArch} (electron-builder does when npmRebuild is on).`);
  }
  console.log(`  • better-sqlite3 checked  platform=${platform} arch=${got.arches.join(',')} file=app.asar.unpacked/${NATIVE_FILE.join('/')}`);
}

module.exports = afterPack;
module.exports.afterPack = afterPack;
module.exports.default = afterPack;
module.exports.inspectNativeBinary = inspectNativeBinary;
