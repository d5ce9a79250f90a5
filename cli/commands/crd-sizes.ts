import type { CustomResourceDefinition } from '../../generator/index.js';
import { sizeLimit, type CrdSize } from '../../generator/crd/size.js';
import type { CliIo } from '../command.js';

/** Prints each CRD's applied size on stderr, with a warning and its largest fields when over the limit. */
export function reportSizes(
  crds: readonly CustomResourceDefinition[],
  sizes: readonly CrdSize[],
  io: CliIo,
): void {
  for (const [i, crd] of crds.entries()) {
    const size = sizes[i]!;
    io.stderr(
      `${crd.metadata.name}: ${size.bytes.toLocaleString('en-US')} bytes as applied JSON\n`,
    );
    if (size.bytes > sizeLimit) {
      const largest = size.largest
        .map((f) => `${f.path} (${f.bytes.toLocaleString('en-US')})`)
        .join(', ');
      io.stderr(
        `warning: ${crd.metadata.name} is over the ${sizeLimit.toLocaleString('en-US')}-byte limit of ` +
          `kubectl apply's last-applied annotation; largest fields: ${largest}; descriptions are ` +
          `${size.descriptionBytes.toLocaleString('en-US')} bytes (--max-desc-len 0 removes them)\n`,
      );
    }
  }
}
