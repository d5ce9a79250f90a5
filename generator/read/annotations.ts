import ts from 'typescript';
import * as tsj from 'ts-json-schema-generator';
import { relative } from 'node:path';
import {
  sourceInfoKey,
  type RawMarker,
  type SourceInfo,
  type SourceLocation,
} from './source-info.js';
import { ConstantError, interpolateConstants } from './interpolate.js';
import { upstreamName } from './upstream-name.js';

/** The JSDoc tag name of our markers: `@k8s:minimum 1` is tag `k8s` with text `:minimum 1`. */
export const markerTag = 'k8s';

let installed: string | undefined;

/**
 * Makes ts-json-schema-generator attach our `SourceInfo` to every annotated node instead of its
 * own JSDoc keywords. Its annotation reader offers no way in but its prototype, and it is the only
 * place that sees each declaration next to the schema made from it; replacing it (rather than
 * re-walking the program) keeps markers, descriptions and positions tied to the right node.
 * `root` makes file names relative, so diagnostics and caches do not depend on the checkout.
 */
export function installSourceAnnotations(root: string): void {
  if (installed === root) {
    return;
  }
  installed = root;
  const reader = tsj.ExtendedAnnotationsReader.prototype as unknown as {
    getAnnotations(
      this: { typeChecker: ts.TypeChecker },
      node: ts.Node,
    ): Record<string, unknown> | undefined;
    isNullable(node: ts.Node): boolean;
  };
  reader.getAnnotations = function (node) {
    return { [sourceInfoKey]: sourceInfo(node, root, this.typeChecker) };
  };
  // `T | null` carries nullability in TypeScript itself; the `@nullable` tag is not ours.
  reader.isNullable = () => false;
}

function sourceInfo(node: ts.Node, root: string, checker: ts.TypeChecker): SourceInfo {
  const markers = markersOf(node, root, checker);
  let description = describe(node);
  if (description?.includes('${') === true) {
    try {
      description = interpolateConstants(description, node, checker);
    } catch (error) {
      if (!(error instanceof ConstantError)) {
        throw error;
      }
      markers.push({
        text: '',
        location: locate(node, node.getStart(), root),
        problem: error.message,
      });
    }
  }
  const upstream = upstreamName(node);
  const unsupported = unsupportedDeclaration(node);
  return {
    ...(unsupported === undefined ? {} : { unsupported }),
    ...(description === undefined ? {} : { description }),
    markers,
    location: locate(node, node.getStart(), root),
    ...(upstream === undefined ? {} : { upstream }),
  };
}

// The documentation text as written, lines kept as they are (controller-gen keeps the comment's
// line breaks too); tags are not part of it.
function describe(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const last = docs[docs.length - 1];
  const text = last === undefined ? undefined : ts.getTextOfJSDocComment(last.comment);
  const trimmed = text
    ?.split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function markersOf(node: ts.Node, root: string, checker: ts.TypeChecker): RawMarker[] {
  return ts
    .getJSDocTags(node)
    .filter((tag) => tag.tagName.text === markerTag && tag.parent.parent === node)
    .map((tag) => {
      const location = locate(tag, tag.getStart(), root);
      const written = (ts.getTextOfJSDocComment(tag.comment) ?? '')
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      try {
        return { text: interpolateConstants(written, node, checker), location };
      } catch (error) {
        if (error instanceof ConstantError) {
          return { text: written, location, problem: error.message };
        }
        throw error;
      }
    });
}

function locate(node: ts.Node, position: number, root: string): SourceLocation {
  const file = node.getSourceFile();
  const { line, character } = file.getLineAndCharacterOfPosition(position);
  return { file: relative(root, file.fileName), line: line + 1, column: character + 1 };
}

// What only the declaration can tell: ts-json-schema-generator reads a method as a property of
// type null and a number-keyed map as an array, losing what was wrong with them.
function unsupportedDeclaration(node: ts.Node): string | undefined {
  const method =
    ts.isMethodSignature(node) || (ts.isMethodSignature(node.parent) && node.parent.type === node);
  if (method) {
    return 'a function cannot be part of a CRD schema: CRDs hold data only';
  }
  return unsupportedKeys(node);
}

function unsupportedKeys(node: ts.Node): string | undefined {
  const type =
    ts.isPropertySignature(node) || ts.isTypeAliasDeclaration(node) ? node.type : undefined;
  if (type === undefined) {
    return undefined;
  }
  const numberKeyed =
    (ts.isTypeReferenceNode(type) &&
      type.typeName.getText() === 'Record' &&
      type.typeArguments?.[0] !== undefined &&
      type.typeArguments[0].kind !== ts.SyntaxKind.StringKeyword) ||
    (ts.isTypeLiteralNode(type) &&
      type.members.some(
        (m) =>
          ts.isIndexSignatureDeclaration(m) &&
          m.parameters[0]?.type?.kind !== ts.SyntaxKind.StringKeyword,
      ));
  return numberKeyed
    ? 'map keys must be strings (Record<string, T>); a CRD cannot key a map by anything else'
    : undefined;
}
