// English plurals for resource names, the common rules controller-gen's inflector applies to
// kinds: `Policy` → `policies`, `Ingress` → `ingresses`, `Task` → `tasks`. `@k8s:resource
// plural=...` overrides it for anything irregular.
const irregular: Readonly<Record<string, string>> = {
  person: 'people',
  child: 'children',
  endpoints: 'endpoints',
};

/** The lower-case plural of a kind. */
export function pluralize(kind: string): string {
  const word = kind.toLowerCase();
  const known = irregular[word];
  if (known !== undefined) {
    return known;
  }
  if (/[^aeiou]y$/.test(word)) {
    return `${word.slice(0, -1)}ies`;
  }
  if (/(s|x|z|ch|sh)$/.test(word)) {
    return `${word}es`;
  }
  return `${word}s`;
}
