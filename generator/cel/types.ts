/** The shapes the CEL checker reports and accepts. */

/** Which part of a `x-kubernetes-validations` entry an issue is about. */
export type CelIssuePart =
  'rule' | 'message' | 'messageExpression' | 'fieldPath' | 'optionalOldSelf' | 'reason';

/** What kind of problem an issue reports. */
export type CelIssueCode =
  | 'required'
  | 'invalid'
  | 'syntax'
  | 'undefined-field'
  | 'undeclared-reference'
  | 'no-matching-overload'
  | 'type-error'
  | 'result-type'
  | 'invalid-regex'
  | 'invalid-literal'
  | 'no-cel-type'
  | 'old-self-uncorrelatable'
  | 'optional-old-self-unused'
  | 'unbounded-cost';

/** A byte range (UTF-16 offsets) in the expression of the issue's part. */
export interface CelRange {
  readonly start: number;
  readonly end: number;
}

/** One problem with one validation rule. */
export interface CelIssue {
  readonly severity: 'error' | 'warning';
  readonly part: CelIssuePart;
  readonly code: CelIssueCode;
  readonly message: string;
  readonly range?: CelRange;
}

/** Where in the schema the rule's node sits; every field is optional and documents its default. */
export interface CheckRuleOptions {
  /** The node is the root of the CRD's schema (adds apiVersion, kind, metadata.name/generateName). Default false. */
  readonly isRoot?: boolean;
  /**
   * The path of the highest ancestor that makes this node uncorrelatable (an atomic or set list, a
   * map of another type), where `oldSelf` is forbidden. Default: none, `oldSelf` allowed.
   */
  readonly uncorrelatablePath?: string;
  /**
   * The path of an ancestor list or map without maxItems/maxProperties: the rule then runs once per
   * element, so any iteration in it is reported. Default: none.
   */
  readonly unboundedAncestorPath?: string;
}
