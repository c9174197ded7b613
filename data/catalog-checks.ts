/**
 * Validates parsed catalog files: each against its schema, then the links
 * between them (file names, unique aliases, alternatives, comparison ids).
 * Pure, so the build plugin, `npm run catalog` and the tests share it.
 */
import * as v from 'valibot';
import { type Comparison, ComparisonSchema, type Framework, FrameworkSchema } from './catalog-schema';

export interface CatalogFile {
  /** Path relative to the project, e.g. `data/frameworks/tornado.json`. */
  path: string;
  text: string;
}

export interface CatalogProblem {
  file: string;
  field: string;
  message: string;
}

export interface CheckedCatalog {
  frameworks: Framework[];
  comparisons: Comparison[];
  problems: CatalogProblem[];
}

export function formatProblem({ file, field, message }: CatalogProblem): string {
  return `${file}: ${field}: ${message}`;
}

function baseName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.json$/, '');
}

function parse<T>(file: CatalogFile, schema: v.GenericSchema<unknown, T>, problems: CatalogProblem[]): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    problems.push({ file: file.path, field: '(file)', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const result = v.safeParse(schema, json);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    problems.push({ file: file.path, field: v.getDotPath(issue) ?? '(root)', message: issue.message });
  }
  return undefined;
}

export function checkCatalog(frameworkFiles: CatalogFile[], comparisonFiles: CatalogFile[]): CheckedCatalog {
  const problems: CatalogProblem[] = [];
  const frameworks: Framework[] = [];
  const fileOf = new Map<string, string>();

  for (const file of frameworkFiles) {
    const framework = parse(file, FrameworkSchema, problems);
    if (!framework) continue;
    if (framework.id !== baseName(file.path)) {
      problems.push({ file: file.path, field: 'id', message: `"${framework.id}" must match the file name` });
    }
    if (fileOf.has(framework.id)) {
      problems.push({
        file: file.path,
        field: 'id',
        message: `"${framework.id}" is also used by ${fileOf.get(framework.id)}`,
      });
      continue;
    }
    fileOf.set(framework.id, file.path);
    frameworks.push(framework);
  }

  // An alias may belong to two entries only when both mark it as shared.
  const aliasOwners = new Map<string, { id: string; shared: boolean }>();
  for (const framework of frameworks) {
    framework.aliases.forEach((alias, index) => {
      const key = alias.text.toLowerCase();
      const owner = aliasOwners.get(key);
      if (owner && owner.id !== framework.id && !(owner.shared && alias.shared)) {
        problems.push({
          file: fileOf.get(framework.id) ?? framework.id,
          field: `aliases.${index}.text`,
          message: `"${alias.text}" is also an alias of ${owner.id}; mark it "shared" in both or remove it`,
        });
      }
      if (!owner) aliasOwners.set(key, { id: framework.id, shared: alias.shared === true });
    });
    framework.alternatives.forEach((id, index) => {
      if (!fileOf.has(id) || id === framework.id) {
        problems.push({
          file: fileOf.get(framework.id) ?? framework.id,
          field: `alternatives.${index}`,
          message: id === framework.id ? 'an entry is not its own alternative' : `no entry has the id "${id}"`,
        });
      }
    });
  }

  const comparisons: Comparison[] = [];
  for (const file of comparisonFiles) {
    const comparison = parse(file, ComparisonSchema, problems);
    if (!comparison) continue;
    const expected = comparison.ids.join('--');
    if (expected !== baseName(file.path)) {
      problems.push({ file: file.path, field: 'ids', message: `the file must be named ${expected}.json` });
    }
    comparison.ids.forEach((id, index) => {
      if (!fileOf.has(id))
        problems.push({ file: file.path, field: `ids.${index}`, message: `no entry has the id "${id}"` });
    });
    comparison.dimensions.forEach((dimension, index) => {
      for (const id of comparison.ids) {
        if (!(id in dimension.values)) {
          problems.push({ file: file.path, field: `dimensions.${index}.values`, message: `has no text for "${id}"` });
        }
      }
    });
    comparisons.push(comparison);
  }

  return { frameworks, comparisons, problems };
}
