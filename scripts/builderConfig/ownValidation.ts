/**
 * Step 1 of the check: app-builder-lib's Packager.validateConfig(), the very first step of every
 * `electron-builder` run. It reads package.json, loads and merges electron-builder.yml
 * (getConfig), checks the package metadata (checkMetadata) and validates the result against
 * electron-builder's JSON schema (validateConfiguration).
 */
import fs from 'node:fs';
import path from 'node:path';
import { builderLibRequire, stripAnsi, type BuilderLib, type BuilderLog, type Dict, type Packager } from './builderLib.js';

/** The packager once electron-builder accepted the config, or its errors; its warnings either way. */
export async function validateWithBuilder(
  builder: BuilderLib,
  projectDir: string,
  configPath: string | undefined,
): Promise<{ packager: Packager; warnings: string[] } | { errors: string[]; warnings: string[] }> {
  const warnings: string[] = [];
  // Keep electron-builder's log lines off the console; keep its warnings for the report.
  const ownDoLog = Object.prototype.hasOwnProperty.call(builder.log, '_doLog') ? builder.log._doLog.bind(builder.log) : undefined;
  builder.log._doLog = (message, fields, level) => {
    if (level !== 'warn' && level !== 'error') return;
    const extra = fields ? ` (${Object.entries(fields).map(([k, v]) => `${k}=${String(v)}`).join(' ')})` : '';
    warnings.push(stripAnsi(`${String(message)}${extra}`));
  };
  try {
    const packager = new builder.lib.Packager({ projectDir, ...(configPath ? { config: path.resolve(projectDir, configPath) } : {}) });
    await packager.validateConfig();
    return { packager, warnings };
  } catch (err) {
    const errors = [stripAnsi((err as Error).message)];
    const unknown = unknownOptions(projectDir, configPath);
    if (unknown.length) errors.push(`Options electron-builder does not know: ${unknown.join(', ')}.`);
    return { errors, warnings };
  } finally {
    if (ownDoLog) builder.log._doLog = ownDoLog;
    else delete (builder.log as Partial<BuilderLog>)._doLog;
  }
}

/**
 * electron-builder's message for an unknown option inside a section is often just "should be one of
 * these: null". This names the option, using the same schema (app-builder-lib/scheme.json) and ajv.
 */
function unknownOptions(projectDir: string, configPath: string | undefined): string[] {
  try {
    const { libPkg, fromLib } = builderLibRequire(projectDir);
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
