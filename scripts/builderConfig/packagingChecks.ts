/**
 * What would otherwise only fail later, on a machine with internet, after the Electron download.
 * Each function returns its problems in the words the check prints; checkBuilderConfig runs them
 * in this order.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { asArray, isDict, type Dict, type FilterFn, type LoadedConfig } from './builderLib.js';

const NATIVE_MODULE_FILE = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/** The installed Electron's version; null when it is not installed. */
export function electronVersion(projectDir: string): string | null {
  try {
    const electronPkg = createRequire(path.join(projectDir, 'package.json')).resolve('electron/package.json');
    return (JSON.parse(fs.readFileSync(electronPkg, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

/** Electron and electron-builder where electron-builder wants them; the app's id and name. */
export function electronProblems({ packager, config, metadata, projectDir }: LoadedConfig): string[] {
  const errors: string[] = [];
  const devDeps = (packager.devMetadata?.devDependencies ?? {}) as Dict;
  for (const name of ['electron', 'electron-builder']) {
    if (!(name in devDeps)) errors.push(`package.json: "${name}" must be in devDependencies (electron-builder refuses to build otherwise).`);
  }
  if (electronVersion(projectDir) === null) errors.push('The electron package is not installed (npm ci installs it; its binary is not needed for this check).');
  if (typeof config.appId !== 'string' || !config.appId) errors.push('appId is not set.');
  if (typeof config.productName !== 'string' && typeof metadata.productName !== 'string') errors.push('productName is not set.');
  return errors;
}

/** Icons, resolved the way electron-builder resolves them, and already in each platform's format (no conversion, so no download). */
export async function iconProblems({ builder, packager, config, projectDir }: LoadedConfig): Promise<string[]> {
  const errors: string[] = [];
  const roots = [packager.buildResourcesDir, projectDir];
  const platformIcon = (p: 'linux' | 'win' | 'mac'): string | undefined => {
    const section = config[p];
    return (isDict(section) && typeof section.icon === 'string' ? section.icon : undefined) ?? (typeof config.icon === 'string' ? config.icon : undefined);
  };
  const iconChecks: Array<{ platform: 'win' | 'mac' | 'linux'; format: 'ico' | 'icns' | 'set'; sources: string[]; min: number; want: RegExp; wantText: string }> = [
    { platform: 'win', format: 'ico', sources: asArray(platformIcon('win')), min: 256, want: /\.ico$/i, wantText: 'an .ico file' },
    { platform: 'mac', format: 'icns', sources: asArray(platformIcon('mac')), min: 0, want: /\.icns$/i, wantText: 'an .icns file' },
    // Linux falls back to the mac icon, like LinuxTargetHelper.computeDesktopIcons.
    { platform: 'linux', format: 'set', sources: [platformIcon('linux'), platformIcon('mac')].filter((s): s is string => !!s), min: 256, want: /^(?!.*\.(icns|ico|svg)$)/i, wantText: 'a folder of NxN.png files' },
  ];
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icon-check-'));
  try {
    for (const c of iconChecks) {
      const first = c.sources[0];
      if (first === undefined) {
        errors.push(`${c.platform}.icon is not set (Electron's default icon would be used).`);
        continue;
      }
      if (!c.want.test(first)) {
        errors.push(`${c.platform}.icon should be ${c.wantText} (anything else needs a conversion tool downloaded at packaging).`);
        continue;
      }
      try {
        const r = await builder.iconConverter.convertIcon({ sources: c.sources, fallbackSources: [], roots, format: c.format, outDir });
        const max = Math.max(0, ...r.icons.map((i) => i.size));
        if (r.icons.length === 0) errors.push(`${c.platform}.icon: "${first}" was not found.`);
        else if (max < c.min) errors.push(`${c.platform}.icon: the largest icon is ${max}px; ${c.min}px or more is needed.`);
      } catch (err) {
        errors.push(`${c.platform}.icon: ${(err as Error).message}`);
      }
    }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  return errors;
}

/** better-sqlite3: a production dependency, unpacked from app.asar, rebuilt for Electron when packaging. */
export function nativeModuleProblems({ builder, config, metadata, projectDir }: LoadedConfig): string[] {
  const errors: string[] = [];
  const deps = (metadata.dependencies ?? {}) as Dict;
  if (!('better-sqlite3' in deps)) errors.push('package.json: better-sqlite3 must be in dependencies so it is packed.');
  if (config.asar === false) errors.push('asar is off; keep asar: true and unpack better-sqlite3 with asarUnpack.');
  const unpack = builder.fileMatcher.getFileMatchers(config, 'asarUnpack', '/app', { macroExpander: (s: string) => s, customBuildOptions: {}, globalOutDir: path.join(projectDir, 'release'), defaultSrc: projectDir });
  const unpackFilter = unpack?.[0]?.createFilter();
  if (!unpackFilter || !unpackFilter(path.join(projectDir, NATIVE_MODULE_FILE), { isDirectory: () => false })) {
    errors.push(`asarUnpack must match ${NATIVE_MODULE_FILE} (for example "**/node_modules/better-sqlite3/**").`);
  }
  if (config.npmRebuild === false) errors.push('npmRebuild is false: better-sqlite3 would ship built for Node, not Electron.');
  return errors;
}

/** Runs a file path and each of its parent folders through an electron-builder file filter, like its folder walker. */
function walkerAccepts(filter: FilterFn, projectDir: string, relFile: string): boolean {
  const parts = relFile.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const isDir = i < parts.length;
    if (!filter(path.join(projectDir, ...parts.slice(0, i)), { isDirectory: () => isDir })) return false;
  }
  return true;
}

function filesUnder(dir: string, projectDir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? filesUnder(full, projectDir) : [path.relative(projectDir, full).split(path.sep).join('/')];
  });
}

/** The app files, through electron-builder's own file matcher (as its folder walker applies it). */
export function appFileProblems({ builder, packager, config, metadata, projectDir }: LoadedConfig): string[] {
  const errors: string[] = [];
  const outDir = path.resolve(projectDir, (config.directories as { output?: string } | undefined)?.output ?? 'dist');
  const mainMatchers = builder.fileMatcher.getMainFileMatchers(projectDir, '/app', (s: string) => s, {}, { info: packager }, outDir, false);
  const filesFilter = mainMatchers[0].createFilter();
  const mainFile = typeof metadata.main === 'string' ? metadata.main.replace(/^\.\//, '') : 'index.js';
  const mustShip = ['package.json', mainFile, 'dist-renderer/index.html', ...filesUnder(path.join(projectDir, 'assets', 'fonts'), projectDir)];
  const mustNotShip = ['electron-builder.yml', 'src-main/cli.ts', 'test/unit/packaging.test.ts', 'build/afterPack.cjs', 'assets/screenshots/caption.png', `${path.posix.dirname(mainFile)}/main.js.map`];
  for (const f of mustShip) if (!walkerAccepts(filesFilter, projectDir, f)) errors.push(`files: ${f} would be left out of the app.`);
  for (const f of mustNotShip) if (walkerAccepts(filesFilter, projectDir, f)) errors.push(`files: ${f} would be packed into the app.`);
  return errors;
}

/**
 * The .deb needs a homepage and a maintainer (FpmTarget.computeFpmMetaInfoOptions). Without
 * one in package.json, scripts/dist.ts passes CASEFILE_HOMEPAGE to electron-builder.
 */
export async function debProblems({ builder, packager, config, metadata, projectDir }: LoadedConfig): Promise<string[]> {
  const errors: string[] = [];
  const url = await new builder.lib.AppInfo(packager, null).computePackageUrl();
  // packager.metadata leaves out "scripts": read them from package.json itself.
  const ownScripts = (JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts;
  const distScript = ownScripts?.dist ?? '';
  if (url && /\bexample\.(?:org|com|net)\b/i.test(url)) errors.push(`package.json: the homepage ${url} is a placeholder, and the .deb would ship it. Leave it out: npm run dist takes the address from CASEFILE_HOMEPAGE.`);
  if (!url && !distScript.includes('scripts/dist.ts')) errors.push('The .deb needs a project homepage: add "homepage" to package.json, or run electron-builder through scripts/dist.ts (CASEFILE_HOMEPAGE).');
  const linux = isDict(config.linux) ? config.linux : {};
  const deb = isDict(config.deb) ? config.deb : {};
  const author = metadata.author;
  if (!linux.maintainer && !deb.maintainer && !(isDict(author) && author.email)) errors.push('The .deb needs a maintainer: set linux.maintainer, or an author with an email in package.json.');
  return errors;
}

/** Hooks named in the config must exist and export a function. */
export function hookProblems({ config, projectDir }: LoadedConfig): string[] {
  const errors: string[] = [];
  for (const hook of ['beforePack', 'afterPack', 'afterSign', 'beforeBuild']) {
    const value = config[hook];
    if (typeof value !== 'string') continue;
    const file = path.resolve(projectDir, value);
    try {
      const mod = createRequire(path.join(projectDir, 'package.json'))(file) as unknown;
      const fn = typeof mod === 'function' ? mod : isDict(mod) ? (mod[hook] ?? mod.default) : undefined;
      if (typeof fn !== 'function') errors.push(`${hook}: ${value} does not export a function.`);
    } catch (err) {
      errors.push(`${hook}: cannot load ${value} (${(err as Error).message.split('\n')[0]}).`);
    }
  }
  return errors;
}
