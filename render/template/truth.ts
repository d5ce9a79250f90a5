// Go's isTrue as `if`, `with`, `and`, `or` and `not` apply it to what the executor holds.
import { truth } from '../go/index.js';
import { Boxed, type Val } from './value.js';

/** Whether a value is true in the template sense: not the zero value of its type, not nil, not invalid. */
export function truthOf(v: Val): boolean {
  if (v === undefined) return false;
  return truth(v instanceof Boxed ? v.value : v);
}
