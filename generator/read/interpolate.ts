import ts from 'typescript';

/**
 * Marker text may name exported constants, so that one list (say, reserved names) feeds both the
 * code and the CEL rule that guards it: `${name}` becomes the constant's value as a CEL literal
 * (strings in single quotes, lists in brackets), `${name|join}` its values joined by ", ". The
 * constant must be a `const` whose type TypeScript knows exactly: a literal, or a tuple of
 * literals (`as const`).
 */
export function interpolateConstants(text: string, at: ts.Node, checker: ts.TypeChecker): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const reference = c === '$' ? /^\$\{([A-Za-z_$][\w$]*)(\|join)?\}/.exec(text.slice(i)) : null;
    if (reference !== null) {
      const value = constantValue(reference[1]!, at, checker);
      const inserted = reference[2] === undefined ? celLiteral(value) : joinText(value);
      // Inside a "quoted" marker argument the text is JSON; escape what goes in accordingly.
      out += quoted ? JSON.stringify(inserted).slice(1, -1) : inserted;
      i += reference[0].length - 1;
      continue;
    }
    if (c === '\\' && quoted) {
      out += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') {
      quoted = !quoted;
    }
    out += c;
  }
  return out;
}

/** A constant that cannot be interpolated, with the reason. */
export class ConstantError extends Error {}

type Literal = string | number | boolean | readonly Literal[];

function constantValue(name: string, at: ts.Node, checker: ts.TypeChecker): Literal {
  let symbol = checker
    .getSymbolsInScope(at, ts.SymbolFlags.Value | ts.SymbolFlags.Alias)
    .find((s) => s.name === name);
  if (symbol !== undefined && (symbol.flags & ts.SymbolFlags.Alias) !== 0) {
    symbol = checker.getAliasedSymbol(symbol);
  }
  const declaration = symbol?.valueDeclaration;
  if (
    symbol === undefined ||
    declaration === undefined ||
    !ts.isVariableDeclaration(declaration) ||
    (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) === 0
  ) {
    throw new ConstantError(`\${${name}} does not name a const in scope`);
  }
  const value = literalOf(checker.getTypeOfSymbolAtLocation(symbol, declaration), checker);
  if (value === undefined) {
    throw new ConstantError(
      `\${${name}}: its type is not an exact literal; declare it \`as const\``,
    );
  }
  return value;
}

function literalOf(type: ts.Type, checker: ts.TypeChecker): Literal | undefined {
  if (type.isStringLiteral() || type.isNumberLiteral()) {
    return type.value;
  }
  if ((type.flags & ts.TypeFlags.BooleanLiteral) !== 0) {
    return (type as { intrinsicName?: string }).intrinsicName === 'true';
  }
  if (checker.isTupleType(type)) {
    const items = checker
      .getTypeArguments(type as ts.TypeReference)
      .map((t) => literalOf(t, checker));
    return items.every((i) => i !== undefined) ? (items as Literal[]) : undefined;
  }
  return undefined;
}

function celLiteral(value: Literal): string {
  if (typeof value === 'string') {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  }
  if (Array.isArray(value)) {
    return `[${value.map(celLiteral).join(', ')}]`;
  }
  return String(value);
}

function joinText(value: Literal): string {
  return Array.isArray(value) ? value.map(joinText).join(', ') : String(value);
}
