/** Every Kubernetes CEL library cel-js lacks, registered into one environment. */
import { registerCidr } from './cidr.js';
import { registerFormat } from './format.js';
import { registerIp } from './ip.js';
import { registerLists } from './lists.js';
import { registerQuantity } from './quantity.js';
import { registerRegex } from './regex.js';
import type { CelEnvironment } from './registry.js';
import { registerSets } from './sets.js';
import { registerStrings } from './strings.js';
import { registerUrls } from './urls.js';

/** Registers the libraries the API server offers to CRD validation rules (Kubernetes 1.34, compatibility 1.33). */
export function registerLibraries(env: CelEnvironment): void {
  registerStrings(env);
  registerLists(env);
  registerRegex(env);
  registerSets(env);
  registerQuantity(env);
  registerUrls(env);
  registerIp(env);
  registerCidr(env);
  registerFormat(env);
}
