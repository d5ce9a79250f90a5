import type { CustomResourceDefinition } from '../../generator/index.js';
import { measureCrd, sizeLimit } from '../../generator/crd/size.js';
import type { CliIo } from '../command.js';

/** Prints each CRD's applied size on stderr, with a warning and its largest fields when over the limit. */
export function reportSizes(crds: readonly CustomResourceDefinition[], io: CliIo): void {
  for (const crd of crds) {
    const size = measureCrd(crd);
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
