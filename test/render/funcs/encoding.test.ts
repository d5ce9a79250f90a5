// Base64 and base32 in small cases, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable('encoding family', [
  { name: 'b64enc', expr: 'b64enc "héllo"', expected: 'aMOpbGxv' },
  { name: 'b64dec', expr: 'b64dec "aMOpbGxv"', expected: 'héllo' },
  {
    name: 'b64dec error as text',
    expr: 'b64dec "a!b"',
    expected: 'illegal base64 data at input byte 1',
  },
  { name: 'b64dec with newlines', expr: 'b64dec "aGVs\\nbG8="', expected: 'hello' },
  { name: 'b32enc', expr: 'b32enc "hello"', expected: 'NBSWY3DP' },
  { name: 'b32dec', expr: 'b32dec "NBSWY3DP"', expected: 'hello' },
  {
    name: 'b32dec error as text',
    expr: 'b32dec "NBSWY3D"',
    expected: 'illegal base32 data at input byte 0',
  },
]);
