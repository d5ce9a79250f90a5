// bcrypt and htpasswd. Their salts are random, so Helm's hashes are re-derived: each hash that
// Helm 4 and Helm 3 print must equal ours for the same password and salt; and the shapes and
// Sprig's failure texts are table rows checked against both.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bcryptSalt, bcryptWithSalt } from '../../../render/funcs/bcrypt.js';
import { runHelm } from '../../support/helm.js';
import { describeTable } from './support/table.js';

const passwords = ['', 'password', 'pässwörd ✓', 'a'.repeat(72), 'with\ttab and "quotes"'];

describe('bcrypt: Helm hashes re-derived', function () {
  this.timeout(120_000);
  for (const major of [4, 3] as const) {
    it(`Helm ${major}'s bcrypt and htpasswd hashes verify with ours`, async function () {
      const dir = mkdtempSync(join(tmpdir(), 'kelos-bcrypt-'));
      try {
        mkdirSync(join(dir, 'templates'));
        writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: b\nversion: 0.1.0\n');
        writeFileSync(join(dir, 'values.yaml'), `passwords: ${JSON.stringify(passwords)}\n`);
        const body =
          '{{- range .Values.passwords }}\n- {{ bcrypt . | quote }}\n- {{ htpasswd "u" . | quote }}\n{{- end }}\n';
        writeFileSync(join(dir, 'templates', 'h.yaml'), `hashes:\n${body}`);
        const r = await runHelm(['template', 'test', dir], { major });
        expect(r.status, r.stderr).to.equal(0);
        const hashes = [...r.stdout.matchAll(/^- "(?:u:)?(\$2a\$10\$[./A-Za-z0-9]{53})"$/gm)].map(
          (m) => m[1]!,
        );
        expect(hashes).to.have.length(passwords.length * 2);
        hashes.forEach((hash, i) => {
          const { salt, cost } = bcryptSalt(hash);
          expect(bcryptWithSalt(Buffer.from(passwords[i >> 1]!, 'utf8'), salt, cost)).to.equal(
            hash,
          );
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describeTable('bcrypt family', [
  { name: 'bcrypt shape', expr: 'bcrypt "secret"', expected: /^\$2a\$10\$[./A-Za-z0-9]{53}$/ },
  {
    name: 'htpasswd shape',
    expr: 'htpasswd "admin" "secret"',
    expected: /^admin:\$2a\$10\$[./A-Za-z0-9]{53}$/,
  },
  { name: 'salts differ', expr: 'eq (bcrypt "x") (bcrypt "x")', expected: 'false' },
  {
    name: 'bcrypt of more than 72 bytes',
    expr: 'bcrypt (repeat 73 "a")',
    expected: 'failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes',
  },
  {
    name: 'htpasswd, a colon in the user',
    expr: 'htpasswd "a:b" "x"',
    expected: 'invalid username: a:b',
  },
]);
