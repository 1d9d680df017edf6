/**
 * Checks electron-builder.yml offline, in a second or two, with electron-builder's own code:
 *
 *  1. app-builder-lib's Packager.validateConfig(): the very first step of every `electron-builder`
 *     run. It reads package.json, loads and merges electron-builder.yml (getConfig), checks the
 *     package metadata (checkMetadata) and validates the result against electron-builder's JSON
 *     schema (validateConfiguration).
 *  2. What would otherwise only fail later, on a machine with internet, after the Electron download:
 *     the five targets (AppImage, deb, NSIS, portable, dmg); icons resolved by electron-builder's own
 *     icon resolver, already in the format each platform needs (no conversion, so no download);
 *     better-sqlite3 unpacked from app.asar and rebuilt for Electron at packaging; the app files
 *     picked by electron-builder's own file matcher; the .deb's homepage and maintainer; the hook.
 *
 * Usage: node --import tsx scripts/checkBuilderConfig.ts [--config FILE]
 * Prints "electron-builder.yml is valid: targets ..." and exits 0, or prints the problems and exits 1.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The targets the installers must include: platform key in electron-builder.yml -> target names. */
export const REQUIRED_TARGETS: Readonly<Record<'linux' | 'win' | 'mac', readonly string[]>> = {
  linux: ['AppImage', 'deb'],
  win: ['nsis', 'portable'],
  mac: ['dmg'],
};
const PLATFORM_LABEL = { linux: 'linux', win: 'windows', mac: 'mac' } as const;
const NATIVE_MODULE_FILE = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

export interface TargetEntry {
  platform: 'linux' | 'win' | 'mac';
  target: string;
  arch: string[];
}

export interface CheckResult {
  ok: boolean;
  errors: string[];
  /** electron-builder's own warnings (for example "author is missed in the package.json"). */
  warnings: string[];
  targets: TargetEntry[];
  electronVersion: string | null;
  /** The effective configuration after loading and merging, as electron-builder sees it. */
  config: Record<string, unknown> | null;
}

export interface CheckOptions {
  projectDir?: string;
  /** A config file other than electron-builder.yml (relative to projectDir or absolute). */
  configPath?: string;
}

type Dict = Record<string, unknown>;
/** builder-util's logger: every message goes through _doLog(message, fields, level). */
interface BuilderLog {
  _doLog(message: unknown, fields: Dict | null, level: string): void;
}
type FilterFn = (file: string, stat: { isDirectory(): boolean }) => boolean;

const asArray = <T>(v: T | T[] | null | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

/** app-builder-lib as electron-builder itself loads it (resolved from electron-builder's folder). */
function loadBuilderLib(projectDir: string) {
  const fromProject = createRequire(path.join(projectDir, 'package.json'));
  const fromBuilder = createRequire(fromProject.resolve('electron-builder/package.json'));
  const libPkg = fromBuilder.resolve('app-builder-lib/package.json');
  const fromLib = createRequire(libPkg);
  return {
    version: (JSON.parse(fs.readFileSync(libPkg, 'utf8')) as { version: string }).version,
    lib: fromBuilder('app-builder-lib') as {
      Packager: new (options: Dict) => {
        validateConfig(): Promise<void>;
        readonly config: Dict;
        readonly metadata: Dict;
        readonly devMetadata: Dict | null;
        readonly buildResourcesDir: string;
        readonly projectDir: string;
      };
      AppInfo: new (packager: unknown, buildVersion: null) => { computePackageUrl(): Promise<string | null> };
    },
    log: (fromLib('builder-util') as { log: BuilderLog }).log,
    // Internal modules (pinned electron-builder 26.17.0): the same code the build uses.
    fileMatcher: fromLib('./out/fileMatcher.js') as {
      getMainFileMatchers(appDir: string, dest: string, expand: (s: string) => string, platformOptions: Dict, platformPackager: unknown, outDir: string, isElectronCompile: boolean): Array<{ createFilter(): FilterFn }>;
      getFileMatchers(config: Dict, name: string, dest: string, options: Dict): Array<{ createFilter(): FilterFn }> | null;
    },
    iconConverter: fromLib('./out/util/iconConverter.js') as {
      convertIcon(o: { sources: string[]; fallbackSources: string[]; roots: string[]; format: 'ico' | 'icns' | 'set'; outDir: string }): Promise<{ icons: Array<{ file: string; size: number }>; isFallback: boolean }>;
    },
  };
}

export function listTargets(config: Dict): TargetEntry[] {
  const out: TargetEntry[] = [];
  for (const platform of ['linux', 'win', 'mac'] as const) {
    const section = config[platform];
    if (!isDict(section)) continue;
    for (const t of asArray(section.target)) {
      if (typeof t === 'string') out.push({ platform, target: t, arch: [] });
      else if (isDict(t) && typeof t.target === 'string') out.push({ platform, target: t.target, arch: asArray(t.arch as string | string[]).map(String) });
    }
  }
  return out;
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

/**
 * electron-builder's message for an unknown option inside a section is often just "should be one of
 * these: null". This names the option, using the same schema (app-builder-lib/scheme.json) and ajv.
 */
function unknownOptions(projectDir: string, configPath: string | undefined): string[] {
  try {
    const fromBuilder = createRequire(createRequire(path.join(projectDir, 'package.json')).resolve('electron-builder/package.json'));
    const libPkg = fromBuilder.resolve('app-builder-lib/package.json');
    const fromLib = createRequire(libPkg);
    const Ajv = (fromLib('ajv') as { default: new (o: Dict) => { compile(s: unknown): ((d: unknown) => boolean) & { errors?: Array<{ keyword: string; instancePath: string; params: Dict }> } } }).default;
    const yaml = fromLib('js-yaml') as { load(s: string): unknown };
    const schema = JSON.parse(fs.readFileSync(path.join(path.dirname(libPkg), 'scheme.json'), 'utf8')) as unknown;
    const file = path.resolve(projectDir, configPath ?? 'electron-builder.yml');
    const data = yaml.load(fs.readFileSync(file, 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    if (validate(data)) return [];
    const names = (validate.errors ?? [])
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => [...e.instancePath.split('/').filter(Boolean), String(e.params.additionalProperty)].join('.'));
    return [...new Set(names)];
  } catch {
    return [];
  }
}

export async function checkBuilderConfig(options: CheckOptions = {}): Promise<CheckResult> {
  const projectDir = path.resolve(options.projectDir ?? ROOT);
  const result: CheckResult = { ok: false, errors: [], warnings: [], targets: [], electronVersion: null, config: null };
  const { errors } = result;

  let builder: ReturnType<typeof loadBuilderLib>;
  try {
    builder = loadBuilderLib(projectDir);
  } catch (err) {
    errors.push(`electron-builder is not installed here (${(err as Error).message.split('\n')[0]}). Run npm ci first.`);
    return result;
  }

  // 1. electron-builder's own loading, metadata check and schema validation.
  let packager: InstanceType<ReturnType<typeof loadBuilderLib>['lib']['Packager']>;
  // Keep electron-builder's log lines off the console; keep its warnings for the report.
  const ownDoLog = Object.prototype.hasOwnProperty.call(builder.log, '_doLog') ? builder.log._doLog : undefined;
  builder.log._doLog = (message, fields, level) => {
    if (level !== 'warn' && level !== 'error') return;
    const extra = fields ? ` (${Object.entries(fields).map(([k, v]) => `${k}=${String(v)}`).join(' ')})` : '';
    result.warnings.push(stripAnsi(`${String(message)}${extra}`));
  };
  try {
    packager = new builder.lib.Packager({ projectDir, ...(options.configPath ? { config: path.resolve(projectDir, options.configPath) } : {}) });
    await packager.validateConfig();
  } catch (err) {
    errors.push(stripAnsi((err as Error).message));
    const unknown = unknownOptions(projectDir, options.configPath);
    if (unknown.length) errors.push(`Options electron-builder does not know: ${unknown.join(', ')}.`);
    return result;
  } finally {
    if (ownDoLog) builder.log._doLog = ownDoLog;
    else delete (builder.log as Partial<BuilderLog>)._doLog;
  }
  const config = packager.config;
  const metadata = packager.metadata;
  result.config = config;

  // 2a. Electron and electron-builder where electron-builder wants them.
  const devDeps = (packager.devMetadata?.devDependencies ?? {}) as Dict;
  const deps = (metadata.dependencies ?? {}) as Dict;
  for (const name of ['electron', 'electron-builder']) {
    if (!(name in devDeps)) errors.push(`package.json: "${name}" must be in devDependencies (electron-builder refuses to build otherwise).`);
  }
  try {
    const electronPkg = createRequire(path.join(projectDir, 'package.json')).resolve('electron/package.json');
    result.electronVersion = (JSON.parse(fs.readFileSync(electronPkg, 'utf8')) as { version: string }).version;
  } catch {
    errors.push('The electron package is not installed (npm ci installs it; its binary is not needed for this check).');
  }
  if (typeof config.appId !== 'string' || !config.appId) errors.push('appId is not set.');
  if (typeof config.productName !== 'string' && typeof metadata.productName !== 'string') errors.push('productName is not set.');

  // 2b. All five targets.
  result.targets = listTargets(config);
  for (const [platform, names] of Object.entries(REQUIRED_TARGETS) as Array<[keyof typeof REQUIRED_TARGETS, readonly string[]]>) {
    for (const name of names) {
      if (!result.targets.some((t) => t.platform === platform && t.target.toLowerCase() === name.toLowerCase())) {
        errors.push(`${platform}.target must include ${name}.`);
      }
    }
  }
  const nsis = isDict(config.nsis) ? config.nsis : {};
  const portable = isDict(config.portable) ? config.portable : {};
  if (nsis.perMachine === true || nsis.oneClick !== false || nsis.allowElevation !== false) {
    errors.push('nsis must install per user without asking for administrator rights: oneClick: false, perMachine: false, allowElevation: false.');
  }
  if (portable.requestExecutionLevel != null && portable.requestExecutionLevel !== 'user') {
    errors.push('portable.requestExecutionLevel must be "user" (library computers give no admin rights).');
  }
  if (nsis.artifactName != null && nsis.artifactName === portable.artifactName) {
    errors.push('nsis and portable would write the same .exe name: give them different artifactName values.');
  }

  // 2c. Icons, resolved the way electron-builder resolves them, and already in each platform's format.
  const roots = [packager.buildResourcesDir, projectDir];
  const iconOutDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icon-check-'));
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
  try {
    for (const c of iconChecks) {
      if (c.sources.length === 0) {
        errors.push(`${c.platform}.icon is not set (Electron's default icon would be used).`);
        continue;
      }
      if (!c.want.test(c.sources[0])) {
        errors.push(`${c.platform}.icon should be ${c.wantText} (anything else needs a conversion tool downloaded at packaging).`);
        continue;
      }
      try {
        const r = await builder.iconConverter.convertIcon({ sources: c.sources, fallbackSources: [], roots, format: c.format, outDir: iconOutDir });
        const max = Math.max(0, ...r.icons.map((i) => i.size));
        if (r.icons.length === 0) errors.push(`${c.platform}.icon: "${c.sources[0]}" was not found.`);
        else if (max < c.min) errors.push(`${c.platform}.icon: the largest icon is ${max}px; ${c.min}px or more is needed.`);
      } catch (err) {
        errors.push(`${c.platform}.icon: ${(err as Error).message}`);
      }
    }
  } finally {
    fs.rmSync(iconOutDir, { recursive: true, force: true });
  }

  // 2d. better-sqlite3: a production dependency, unpacked from app.asar, rebuilt for Electron when packaging.
  if (!('better-sqlite3' in deps)) errors.push('package.json: better-sqlite3 must be in dependencies so it is packed.');
  if (config.asar === false) errors.push('asar is off; keep asar: true and unpack better-sqlite3 with asarUnpack.');
  const expand = (s: string): string => s;
  const unpack = builder.fileMatcher.getFileMatchers(config, 'asarUnpack', '/app', { macroExpander: expand, customBuildOptions: {}, globalOutDir: path.join(projectDir, 'release'), defaultSrc: projectDir });
  const unpackFilter = unpack?.[0]?.createFilter();
  if (!unpackFilter || !unpackFilter(path.join(projectDir, NATIVE_MODULE_FILE), { isDirectory: () => false })) {
    errors.push(`asarUnpack must match ${NATIVE_MODULE_FILE} (for example "**/node_modules/better-sqlite3/**").`);
  }
  if (config.npmRebuild === false) errors.push('npmRebuild is false: better-sqlite3 would ship built for Node, not Electron.');

  // 2e. The app files, through electron-builder's own file matcher (as its folder walker applies it).
  const mainMatchers = builder.fileMatcher.getMainFileMatchers(projectDir, '/app', expand, {}, { info: packager }, path.resolve(projectDir, String((config.directories as Dict | undefined)?.output ?? 'dist')), false);
  const filesFilter = mainMatchers[0].createFilter();
  const mainFile = typeof metadata.main === 'string' ? metadata.main.replace(/^\.\//, '') : 'index.js';
  const mustShip = ['package.json', mainFile, 'dist-renderer/index.html', ...filesUnder(path.join(projectDir, 'assets', 'fonts'), projectDir)];
  const mustNotShip = ['electron-builder.yml', 'src-main/cli.ts', 'test/unit/packaging.test.ts', 'build/afterPack.cjs', 'assets/screenshots/caption.png', `${path.posix.dirname(mainFile)}/main.js.map`];
  for (const f of mustShip) if (!walkerAccepts(filesFilter, projectDir, f)) errors.push(`files: ${f} would be left out of the app.`);
  for (const f of mustNotShip) if (walkerAccepts(filesFilter, projectDir, f)) errors.push(`files: ${f} would be packed into the app.`);

  // 2f. The .deb needs a homepage and a maintainer (FpmTarget.computeFpmMetaInfoOptions). Without
  // one in package.json, scripts/dist.ts passes CASEFILE_HOMEPAGE to electron-builder.
  if (result.targets.some((t) => t.target === 'deb')) {
    const url = await new builder.lib.AppInfo(packager, null).computePackageUrl();
    // packager.metadata leaves out "scripts": read them from package.json itself.
    const ownScripts = (JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { scripts?: Dict }).scripts;
    const distScript = String(ownScripts?.dist ?? '');
    if (url && /\bexample\.(?:org|com|net)\b/i.test(url)) errors.push(`package.json: the homepage ${url} is a placeholder, and the .deb would ship it. Leave it out: npm run dist takes the address from CASEFILE_HOMEPAGE.`);
    if (!url && !distScript.includes('scripts/dist.ts')) errors.push('The .deb needs a project homepage: add "homepage" to package.json, or run electron-builder through scripts/dist.ts (CASEFILE_HOMEPAGE).');
    const linux = isDict(config.linux) ? config.linux : {};
    const deb = isDict(config.deb) ? config.deb : {};
    const author = metadata.author;
    if (!linux.maintainer && !deb.maintainer && !(isDict(author) && author.email)) errors.push('The .deb needs a maintainer: set linux.maintainer, or an author with an email in package.json.');
  }

  // 2g. Hooks named in the config must exist and export a function.
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

  result.ok = errors.length === 0;
  return result;
}

export function describeTargets(targets: TargetEntry[]): string {
  return targets.map((t) => `${PLATFORM_LABEL[t.platform]} ${t.target}${t.arch.length ? ` (${t.arch.join(', ')})` : ''}`).join(', ');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--config');
  const configPath = i >= 0 ? args[i + 1] : undefined;
  const name = configPath ? path.basename(configPath) : 'electron-builder.yml';
  const r = await checkBuilderConfig({ configPath });
  if (!r.ok) {
    console.error(`${name} is not valid:`);
    for (const e of r.errors) console.error(`- ${e.replace(/\n/g, '\n  ')}`);
    return 1;
  }
  console.log(`${name} is valid: targets ${describeTargets(r.targets)}; Electron ${r.electronVersion}; better-sqlite3 unpacked from app.asar and rebuilt for Electron when packaging.`);
  for (const w of r.warnings) console.log(`note from electron-builder: ${w}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(1);
    },
  );
}
