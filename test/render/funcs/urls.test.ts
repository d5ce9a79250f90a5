// urlParse and urlJoin, each checked against Helm 4 and 3.
import { describeTable } from './support/table.js';

describeTable('url family', [
  {
    name: 'urlParse, every part',
    expr: 'urlParse "HTTPS://user:p%40ss@example.com:8443/a%20b/c%3F?x=1&y=%202#frag%21%20"',
    expected:
      'map[fragment:frag!  host:example.com:8443 hostname:example.com opaque: path:/a b/c? query:x=1&y=%202 scheme:https userinfo:user:p%40ss]',
  },
  {
    name: 'urlParse, opaque',
    expr: 'urlParse "mailto:joe@example.com?subject=hi"',
    expected:
      'map[fragment: host: hostname: opaque:joe@example.com path: query:subject=hi scheme:mailto userinfo:]',
  },
  {
    name: 'urlParse, IPv6 host and scheme-relative',
    expr: 'list (urlParse "http://[fe80::1%25en0]:80/x").hostname (urlParse "//h:/p").host (urlParse "//h:/p").hostname (urlParse "file:///etc/hosts").path',
    expected: '[fe80::1%en0 h: h /etc/hosts]',
  },
  {
    name: 'urlParse, relative with a query mark',
    expr: 'urlParse "a/b?"',
    expected: 'map[fragment: host: hostname: opaque: path:a/b query: scheme: userinfo:]',
  },
  {
    name: 'urlJoin escapes each part',
    expr: 'urlJoin (dict "scheme" "https" "host" "exa mple.com" "path" "/a b?/ü" "query" "q=1 2" "fragment" "f g!/?#")',
    expected: 'https://exa%20mple.com/a%20b%3F/%C3%BC?q=1 2#f%20g!/?%23',
  },
  {
    name: 'urlJoin with userinfo',
    expr: 'list (urlJoin (dict "scheme" "http" "host" "h" "userinfo" "u:p%3Aw")) (urlJoin (dict "host" "h" "userinfo" "me"))',
    expected: '[http://u:p%3Aw@h //me@h]',
  },
  {
    name: 'urlJoin edge cases',
    expr: 'list (urlJoin (dict "path" "a:b")) (urlJoin (dict "host" "h" "path" "x")) (urlJoin (dict "scheme" "mailto" "opaque" "a@b")) (urlJoin (dict)) (urlJoin (dict "scheme" "s"))',
    expected: '[./a:b //h/x mailto:a@b  s:]',
  },
  {
    name: 'urlParse | urlJoin round trip',
    expr: 'urlParse "https://a:b@c.d:1/e%2Ff?g=h#i" | urlJoin',
    expected: 'https://a:b@c.d:1/e/f?g=h#i',
  },
  {
    name: 'urlJoin keeps the scheme as given and escapes the host',
    expr: 'urlJoin (dict "scheme" "HTTP" "host" "\u00fc.com" "path" "p")',
    expected: 'HTTP://%C3%BC.com/p',
  },
  {
    name: 'urlParse, an escaped slash and a raw query',
    expr: 'urlParse "http://x/%2f?a=%zz"',
    expected: 'map[fragment: host:x hostname:x opaque: path:// query:a=%zz scheme:http userinfo:]',
  },
]);
