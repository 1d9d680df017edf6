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
 * The parts: builderConfig/ownValidation.ts (step 1), builderConfig/targets.ts and
 * builderConfig/packagingChecks.ts (step 2), builderConfig/builderLib.ts (loading electron-builder).
 *
 * Usage: node --import tsx scripts/checkBuilderConfig.ts [--config FILE]
 * Prints "electron-builder.yml is valid: targets ..." and exits 0, or prints the problems and exits 1.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadBuilderLib, type LoadedConfig } from './builderConfig/builderLib.js';
import { validateWithBuilder } from './builderConfig/ownValidation.js';
import { appFileProblems, debProblems, electronProblems, electronVersion, hookProblems, iconProblems, nativeModuleProblems } from './builderConfig/packagingChecks.js';
import { listTargets, targetProblems, type TargetEntry } from './builderConfig/targets.js';

export { listTargets, REQUIRED_TARGETS, type TargetEntry } from './builderConfig/targets.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLATFORM_LABEL = { linux: 'linux', win: 'windows', mac: 'mac' } as const;

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

export async function checkBuilderConfig(options: CheckOptions = {}): Promise<CheckResult> {
  const projectDir = path.resolve(options.projectDir ?? ROOT);
  const result: CheckResult = { ok: false, errors: [], warnings: [], targets: [], electronVersion: null, config: null };

  let builder: ReturnType<typeof loadBuilderLib>;
  try {
    builder = loadBuilderLib(projectDir);
  } catch (err) {
    result.errors.push(`electron-builder is not installed here (${(err as Error).message.split('\n')[0]}). Run npm ci first.`);
    return result;
  }

  // 1. electron-builder's own loading, metadata check and schema validation.
  const validated = await validateWithBuilder(builder, projectDir, options.configPath);
  result.warnings.push(...validated.warnings);
  if ('errors' in validated) {
    result.errors.push(...validated.errors);
    return result;
  }
  const { packager } = validated;
  const loaded: LoadedConfig = { builder, packager, config: packager.config, metadata: packager.metadata, projectDir };
  result.config = loaded.config;
  result.electronVersion = electronVersion(projectDir);
  result.targets = listTargets(loaded.config);

  // 2. What would otherwise only fail at packaging time, in the order the problems are printed.
  result.errors.push(
    ...electronProblems(loaded),
    ...targetProblems(loaded.config, result.targets),
    ...(await iconProblems(loaded)),
    ...nativeModuleProblems(loaded),
    ...appFileProblems(loaded),
    ...(result.targets.some((t) => t.target === 'deb') ? await debProblems(loaded) : []),
    ...hookProblems(loaded),
  );
  result.ok = result.errors.length === 0;
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
