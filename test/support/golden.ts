// Golden files: expected outputs kept beside the test inputs. UPDATE_GOLDEN=1 rewrites them from
// what the code produces now; review the diff before committing.
import { expect } from 'chai';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** True when the run should rewrite golden files instead of comparing with them. */
export const updateGolden = process.env['UPDATE_GOLDEN'] === '1';

/** Compares `actual` with the golden file at `path` (or writes it under UPDATE_GOLDEN=1). */
export function expectGolden(path: string, actual: string): void {
  if (updateGolden) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run the test with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual, `differs from ${path} (UPDATE_GOLDEN=1 rewrites it)`).to.equal(
    readFileSync(path, 'utf8'),
  );
}
