// time.Time's methods that take or return Go's named integer types (time.Month, time.Weekday,
// time.Duration), and how every function family treats those values, each row recorded from
// Helm 4.1.4 and 3.17.2. $d and $e are dates a day apart, $t a time with nanoseconds, $o one at
// +05:30, $old one before 1970 (Local is UTC when toDate parses a date without an offset, so
// rows read back only what Local cannot change or use toDate's zones).
import { describeTable } from './support/table.js';

const prelude = [
  '$iso := "2006-01-02T15:04:05.999999999Z07:00"',
  '$d := toDate $iso "2024-03-05T00:00:00Z"',
  '$e := toDate $iso "2024-03-06T00:00:00Z"',
  '$t := toDate $iso "2024-03-05T10:47:31.123456789Z"',
  '$o := toDate $iso "2024-03-05T10:47:31.5+05:30"',
  '$old := toDate $iso "1900-06-15T12:34:56Z"',
]
  .map((d) => `{{- ${d} }}`)
  .join('');

describeTable(
  'time.Month, time.Weekday and time.Duration',
  [
    {
      name: 'Month prints its String',
      expr: '$d.Month',
      expected: 'March',
    },
    {
      name: 'Weekday prints its String',
      expr: '$d.Weekday',
      expected: 'Tuesday',
    },
    {
      name: 'in a list, with a Duration from Sub',
      expr: 'list $d.Month $d.Weekday ($e.Sub $d)',
      expected: '[March Tuesday 24h0m0s]',
    },
    {
      name: 'fmt verbs: %d the integer, %s %v %q %x the String, %#v the integer, a bad verb',
      expr: 'printf "%d|%s|%v|%T|%q|%x|%#v|%5d|%-9v|%z" $d.Month $d.Month $d.Month $d.Month $d.Month $d.Month $d.Month $d.Month $d.Month $d.Month',
      expected: '3|March|March|time.Month|"March"|4d61726368|3|    3|March    |%!z(time.Month=3)',
    },
    {
      name: 'nested: methods at depth, %#v without them; %d of a Duration',
      expr: 'printf "%v|%+v|%#v|%d" (list $d.Month) (dict "a" $d.Weekday) (list $d.Month) ($e.Sub $d)',
      expected: '[March]|map[a:Tuesday]|[]interface {}{3}|86400000000000',
    },
    {
      name: 'print',
      expr: 'print $d.Month 4 "s" ($e.Sub $d)',
      expected: 'March 4s24h0m0s',
    },
    {
      name: 'println',
      expr: 'println $d.Month 4',
      expected: 'March 4\n',
    },
    {
      name: 'comparisons by basic kind',
      expr: 'list (eq ($d.Month | int) 3) (eq $d.Month 3) (lt $d.Month 4) (eq $d.Month $d.Weekday) (gt ($e.Sub $d) 0) (eq $d.Weekday 2)',
      expected: '[true true true false true true]',
    },
    {
      name: "cast: Month and Weekday are ints (cast's toInt)",
      expr: 'list ($d.Month | int) ($d.Month | int64) ($d.Month | float64) ($d.Weekday | int) (add $d.Month 1)',
      expected: '[3 3 3 2 4]',
    },
    {
      name: 'cast: a Duration is not (its type switch), add reads 0',
      expr: 'list ($e.Sub $d | int) ($e.Sub $d | int64) ($e.Sub $d | float64) (add ($e.Sub $d) 1)',
      expected: '[0 0 0 1]',
    },
    {
      name: 'toString, quote, squote, cat, join call String',
      expr: 'list ($d.Month | toString) ($d.Month | quote) ($d.Month | squote) ($d.Month | cat "x") ($e.Sub $d | toString) (join "," (list $d.Month 4))',
      expected: '[March "March" \'March\' x March 24h0m0s March,4]',
    },
    {
      name: 'typeOf names the type, kindOf its kind',
      expr: 'list ($d.Month | typeOf) ($d.Month | kindOf) ($d.Weekday | typeOf) ($d.Weekday | kindOf) ($e.Sub $d | typeOf) ($e.Sub $d | kindOf)',
      expected: '[time.Month int time.Weekday int time.Duration int64]',
    },
    {
      name: 'toJson, toYaml, toYamlPretty, toToml: a Month is its integer',
      expr: 'list ($d.Month | toJson) ($d.Month | toYaml) ($d.Month | toYamlPretty) ($d.Month | toToml)',
      expected: '[3 3 3 3]',
    },
    {
      name: 'a Duration: JSON and toYaml the integer, toYamlPretty its String',
      expr: 'list ($e.Sub $d | toJson) ($e.Sub $d | toYaml) ($e.Sub $d | toYamlPretty)',
      expected: '[86400000000000 86400000000000 24h0m0s]',
    },
    {
      name: 'toToml writes a Duration as its quoted String',
      expr: 'dict "a" $d.Month "b" ($e.Sub $d) | toToml',
      expected: 'a = 3\nb = "24h0m0s"\n',
    },
    {
      name: 'toPrettyJson',
      expr: 'dict "a" $d.Month "b" ($e.Sub $d) | toPrettyJson',
      expected: '{\n  "a": 3,\n  "b": 86400000000000\n}',
    },
    {
      name: 'toYamlPretty, a negative Duration in a list',
      expr: 'dict "a" $d.Month "b" ($e.Sub $d) "c" (list ($d.Sub $e)) | toYamlPretty',
      expected: 'a: 3\nb: 24h0m0s\nc:\n  - -24h0m0s',
    },
    {
      name: 'deepEqual: a Month is no int; empty and default by value',
      expr: 'list (deepEqual $d.Month 3) (deepEqual $d.Month $e.Month) (deepEqual $d.Month $d.Month) (empty $d.Month) ($d.Month | default 5) (empty ($d.Sub $d))',
      expected: '[false true true false March true]',
    },
    {
      name: 'toStrings, typeIs, typeIsLike, kindIs',
      expr: 'list ($d.Month | toStrings) (typeIs "time.Month" $d.Month) (typeIsLike "int" $d.Month) (kindIs "int" $d.Month)',
      expected: '[[March] true false true]',
    },
    {
      name: 'duration, durationRound and ago: a Duration or Month is no int64 (0s, or now)',
      expr: 'list ($e.Sub $d | duration) ($e.Sub $d | durationRound) ($e.Sub $d | ago) ($d.Month | ago) ($d.Weekday | duration) ($d.Month | durationRound)',
      expected: '[0s 0s 0s 0s 0s 0s]',
    },
    {
      name: "Duration's unit methods",
      expr: 'list ($e.Sub $d).Hours ($e.Sub $d).Minutes ($e.Sub $d).Seconds ($e.Sub $d).Nanoseconds ($e.Sub $d).Milliseconds ($e.Sub $d).Microseconds',
      expected: '[24 1440 86400 86400000000000 86400000 86400000000]',
    },
    {
      name: "Duration's unit methods, fractional and negative",
      expr: 'list ($d.Sub $t).Hours ($d.Sub $t).Minutes ($d.Sub $t).Seconds ($t.Sub $d).Milliseconds ($t.Sub $d).Microseconds',
      expected: '[-10.791978737996944 -647.5187242798166 -38851.123456789 38851123 38851123456]',
    },
    {
      name: 'Duration.Truncate, Round, Abs; a non-positive multiple leaves it',
      expr: 'list (($e.Sub $d).Truncate 7000000000000) (($e.Sub $d).Round 7000000000000) (($d.Sub $e).Round 7000000000000) (($d.Sub $e).Truncate 7000000000000) (($d.Sub $e).Abs) (($e.Sub $d).Round 0) (($e.Sub $d).Truncate -5)',
      expected: '[23h20m0s 23h20m0s -23h20m0s -23h20m0s 24h0m0s 24h0m0s 24h0m0s]',
    },
    {
      name: 'Duration.Round to \u00b5s, ms and h',
      expr: 'list (($t.Sub $d).Round 1000) (($t.Sub $d).Round 1000000) (($d.Sub $t).Round 3600000000000) (($t.Sub $d).Truncate 60000000000)',
      expected: '[10h47m31.123457s 10h47m31.123s -11h0m0s 10h47m0s]',
    },
    {
      name: 'Time.Add with constants and a Duration',
      expr: 'list ($d.Add 3600000000000) ($d.Add -90000000000) ($d.Add ($e.Sub $d)) ($t.Add 1)',
      expected:
        '[2024-03-05 01:00:00 +0000 UTC 2024-03-04 23:58:30 +0000 UTC 2024-03-06 00:00:00 +0000 UTC 2024-03-05 10:47:31.12345679 +0000 UTC]',
    },
    {
      name: 'Time.Truncate and Round: multiples since year 1 (a week ends on Monday)',
      expr: 'list ($t.Truncate 3600000000000) ($t.Round 3600000000000) ($t.Truncate 604800000000000) ($t.Round 604800000000000) ($t.Round 0) ($t.Truncate -1)',
      expected:
        '[2024-03-05 10:00:00 +0000 UTC 2024-03-05 11:00:00 +0000 UTC 2024-03-04 00:00:00 +0000 UTC 2024-03-04 00:00:00 +0000 UTC 2024-03-05 10:47:31.123456789 +0000 UTC 2024-03-05 10:47:31.123456789 +0000 UTC]',
    },
    {
      name: 'Time.Round to \u00b5s and a day; Truncate in a fixed zone rounds the instant',
      expr: 'list ($t.Round 1000) ($t.Truncate 1000000) ($t.Round 86400000000000) ($o.Truncate 86400000000000) ($o.Round 3600000000000)',
      expected:
        '[2024-03-05 10:47:31.123457 +0000 UTC 2024-03-05 10:47:31.123 +0000 UTC 2024-03-05 00:00:00 +0000 UTC 2024-03-05 05:30:00 +0530 +0530 2024-03-05 10:30:00 +0530 +0530]',
    },
    {
      name: 'before 1970',
      expr: 'list ($old.Truncate 3600000000000) ($old.Round 7000000000000) ($old.Truncate 604800000000000) ($old.Month) ($old.Weekday)',
      expected:
        '[1900-06-15 12:00:00 +0000 UTC 1900-06-15 12:30:00 +0000 UTC 1900-06-11 00:00:00 +0000 UTC June Friday]',
    },
    {
      name: 'YearDay, AddDate, UnixMicro, Compare, IsDST',
      expr: 'list $d.YearDay ($d.AddDate 0 1 2) $t.UnixMicro ($t.Compare $d) ($d.Compare $t) ($d.Compare $d) $t.IsDST $o.IsDST',
      expected: '[65 2024-04-07 00:00:00 +0000 UTC 1709635651123456 1 -1 0 false false]',
    },
    {
      name: 'String methods called directly',
      expr: 'list ($e.Sub $d).String $d.Month.String $d.Weekday.String',
      expected: '[24h0m0s March Tuesday]',
    },
    {
      name: "now's named results",
      expr: 'list (now.Sub now | typeOf) (now.Month | typeOf) (now.Add 1 | typeOf)',
      expected: '[time.Duration time.Month time.Time]',
    },
    {
      name: 'now.Add keeps the monotonic reading',
      expr: 'now.Add 1',
      expected: / m=\+\d+\.\d{9}$/,
    },
    {
      name: 'now.Round and Truncate drop it',
      expr: 'list (now.Round 0) (now.Truncate 1000)',
      expected: /^\[[^m]* [^m]*\]$/,
    },
  ],
  { prelude },
);
