import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/config-error.js';
import { configJsonSchemaText } from '../config/json-schema.js';
import { CONFIG_FILE, parseConfig } from '../config/load-config.js';
import { type ConfigInput, defaultConfig } from '../config/schema.js';
import { CITY_LEVEL } from '../domain/vocabulary.js';
import { BUNDLED_TEMPLATES } from '../report/render-template.js';
import { listBundledFiles, readBundledFile } from '../resources/bundled-files.js';
import { checksTemplate, registryTemplate, updatesTemplate } from './sheet-templates.js';
import {
  CHECKS_TEMPLATE_FILE,
  GUIDE_FILE,
  guideText,
  SAMPLE_HIGHLIGHTS_FILE,
  sampleHighlights,
  UPDATES_TEMPLATE_FILE,
} from './workspace-guide.js';
import { type WriteBytes, writeFileSet } from './write-file-set.js';

/**
 * Where `init` puts the config's JSON Schema, and what the config's `$schema` says.
 * NOTE: a copy inside the workspace, not a path into node_modules or a URL: the tool is usually
 * installed globally (no node_modules beside the data), government networks are often offline, and a
 * relative path keeps working when the folder is copied, zipped or moved to another machine.
 */
export const SCHEMA_COPY = '.circular/config.schema.json';

/** How to set up a workspace. */
export interface InitOptions {
  /** The city's short name (`苏州`; a trailing 市 is dropped). Another city than 无锡 needs `districts`. */
  city?: string;
  /** The city's districts, in the order the circulars list them. */
  districts?: readonly string[];
  /** Overwrite files that already exist. */
  force?: boolean;
  /** How each file's bytes are written (default `writeFileSync`); a test injects a failing one. */
  writeBytes?: WriteBytes;
}

/** One file `init` wrote, relative to the workspace with `/`. */
export interface InitFile {
  path: string;
  action: 'created' | 'overwritten';
}

/** What `init` did. */
export interface InitResult {
  dir: string;
  /** The config as written to `circular.config.json`. */
  config: ConfigInput;
  files: InitFile[];
  /** Folders it made sure exist (`checks`, `highlights`, …). */
  folders: string[];
}

/** Files that already exist and would be overwritten; nothing has been written. */
export class WorkspaceFileExistsError extends Error {
  constructor(
    readonly dir: string,
    readonly files: string[],
  ) {
    super(`以下文件已存在，未做任何修改：${files.join('、')}。如需覆盖，请加 --force`);
    this.name = 'WorkspaceFileExistsError';
  }
}

/** Splits `江阴市,宜兴市` (also with ，、; or spaces) into names. */
export function parseDistrictList(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((d) => d.trim())
    .filter((d) => d.length > 0);
}

function checkDistricts(districts: readonly string[]): void {
  const seen = new Set<string>();
  for (const d of districts) {
    if (d === CITY_LEVEL)
      throw new ConfigError(
        CONFIG_FILE,
        `--districts 中不要写“${CITY_LEVEL}”：它是固定的层级，总会列在地区之前`,
      );
    if (seen.has(d)) throw new ConfigError(CONFIG_FILE, `--districts 中“${d}”重复了`);
    seen.add(d);
  }
}

/** The config `init` writes: the main fields spelt out so the clerk sees what to edit. */
export function initialConfig(options: Pick<InitOptions, 'city' | 'districts'>): ConfigInput {
  const defaults = defaultConfig();
  const city = options.city?.trim().replace(/(.{2,})市$/, '$1') || defaults.city;
  const ownCity = city !== defaults.city;
  const districts = options.districts?.length ? [...options.districts] : undefined;
  if (ownCity && !districts) {
    throw new ConfigError(
      CONFIG_FILE,
      `指定了 --city ${city} 时，请同时用 --districts 列出本市的市（县）区，如 --districts 甲县,乙区,丙区（台账“所属地区”的下拉框由它生成）`,
    );
  }
  if (districts) checkDistricts(districts);
  const config: ConfigInput = {
    $schema: `./${SCHEMA_COPY}`,
    city,
    issuer: ownCity ? `${city}市人民政府办公室` : defaults.issuer,
    issuerShort: defaults.issuerShort,
    addressees: ownCity ? '各市（县）、区人民政府，市各有关部门和单位：' : defaults.addressees,
    districts: districts ?? defaults.districts,
    registry: defaults.registry,
    checks: defaults.checks,
  };
  parseConfig(config);
  return config;
}

/** Every file of a new workspace with its content, in the order they are reported. */
async function workspaceFiles(config: ConfigInput): Promise<{ path: string; bytes: Uint8Array | string }[]> {
  const effective = parseConfig(config);
  const hbs = listBundledFiles(BUNDLED_TEMPLATES).filter((f) => f.endsWith('.hbs'));
  return [
    { path: CONFIG_FILE, bytes: `${JSON.stringify(config, null, 2)}\n` },
    { path: SCHEMA_COPY, bytes: configJsonSchemaText() },
    { path: effective.registry, bytes: await registryTemplate(effective) },
    { path: CHECKS_TEMPLATE_FILE, bytes: await checksTemplate(effective) },
    { path: UPDATES_TEMPLATE_FILE, bytes: await updatesTemplate() },
    ...hbs.map((name) => ({
      path: `templates/${name}`,
      bytes: readBundledFile(`${BUNDLED_TEMPLATES}/${name}`),
    })),
    { path: SAMPLE_HIGHLIGHTS_FILE, bytes: sampleHighlights(effective.city) },
    { path: GUIDE_FILE, bytes: guideText({ city: effective.city, registry: effective.registry }) },
  ];
}

/**
 * Sets up a ready workspace in `dir`: the config (with a `$schema` editors follow), the blank registry
 * and results workbooks, copies of the bundled templates, empty `checks/` and `highlights/` with a
 * sample, and a short guide. Never overwrites an existing file unless `force` is set: without it an
 * existing file throws `WorkspaceFileExistsError` before anything is written. A bad city or district
 * list throws `ConfigError`. Every file is written or none: a full disk or a file in the way midway
 * throws `WriteFileError` and leaves the folder as it was (see `writeFileSet`).
 */
export async function initWorkspace(dir: string, options: InitOptions = {}): Promise<InitResult> {
  if (existsSync(dir) && !statSync(dir).isDirectory())
    throw new ConfigError(CONFIG_FILE, `“${dir}”是一个文件，不是文件夹`);
  // Step 1: the config, and every file's content.
  const config = initialConfig(options);
  const files = await workspaceFiles(config);
  // Step 2: refuse before writing anything if a file is in the way.
  const existing = files.filter((f) => existsSync(join(dir, f.path))).map((f) => f.path);
  if (existing.length > 0 && !options.force) throw new WorkspaceFileExistsError(dir, existing);
  // Step 3: write every file, or none.
  const folders = ['checks', 'updates', 'highlights', 'templates', '.circular'];
  writeFileSet(dir, files, folders, options.writeBytes);
  const written: InitFile[] = files.map(({ path }) => ({
    path,
    action: existing.includes(path) ? 'overwritten' : 'created',
  }));
  return { dir, config, files: written, folders };
}
