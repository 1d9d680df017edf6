/**
 * electron-builder's own code, loaded the way electron-builder itself loads it (resolved from
 * electron-builder's folder), so the check runs the same code a real build runs.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type Dict = Record<string, unknown>;
/** builder-util's logger: every message goes through _doLog(message, fields, level). */
export interface BuilderLog {
  _doLog(message: unknown, fields: Dict | null, level: string): void;
}
export type FilterFn = (file: string, stat: { isDirectory(): boolean }) => boolean;

export const asArray = <T>(v: T | T[] | null | undefined): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);
export const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
// eslint-disable-next-line no-control-regex
export const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

/** app-builder-lib's folder, found through electron-builder's own dependencies. */
export function builderLibRequire(projectDir: string): { libPkg: string; fromBuilder: NodeJS.Require; fromLib: NodeJS.Require } {
  const fromProject = createRequire(path.join(projectDir, 'package.json'));
  const fromBuilder = createRequire(fromProject.resolve('electron-builder/package.json'));
  const libPkg = fromBuilder.resolve('app-builder-lib/package.json');
  return { libPkg, fromBuilder, fromLib: createRequire(libPkg) };
}

export function loadBuilderLib(projectDir: string) {
  const { libPkg, fromBuilder, fromLib } = builderLibRequire(projectDir);
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

export type BuilderLib = ReturnType<typeof loadBuilderLib>;
export type Packager = InstanceType<BuilderLib['lib']['Packager']>;

/** What every check after electron-builder's own validation reads. */
export interface LoadedConfig {
  builder: BuilderLib;
  packager: Packager;
  /** The effective configuration after loading and merging, as electron-builder sees it. */
  config: Dict;
  metadata: Dict;
  projectDir: string;
}
