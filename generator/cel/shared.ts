/**
 * What the CEL libraries know that the validator needs too: Go's and Kubernetes' own checks of
 * names, addresses, URIs, durations and formats, RE2 compilation, and field-path syntax. One
 * implementation, used by CEL functions and by `kelosctl validate` alike.
 */
export { validFieldPath } from './field-path.js';
export { goQuote } from './libraries/go-quote.js';
export {
  isQualifiedName,
  isValidLabelValue,
  nameIsDns1035Label,
  nameIsDnsLabel,
  nameIsDnsSubdomain,
} from './libraries/name-validation.js';
export { parseAddr } from './libraries/net-addr.js';
export { parsePrefix } from './libraries/net-prefix.js';
export { isBase64, isDate, isDateTime, isUuid } from './libraries/openapi-formats.js';
export { compileRe2 } from './libraries/regex.js';
export { requestUriError } from './libraries/request-uri.js';
export { parseDuration } from './values.js';
