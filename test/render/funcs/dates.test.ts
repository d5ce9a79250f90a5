// The date functions, each checked against Helm 4 and 3. Rows name their zone, or read back only
// what Local cannot change, so they hold on any machine; rows involving now check shapes only.
import { describeTable } from './support/table.js';

const t0 = '(int64 1700000000)';
const iso = '"2006-01-02T15:04:05Z07:00"';
const methods = ['Year', 'YearDay', 'Day', 'Hour', 'Minute', 'Second', 'Nanosecond', 'Unix'];
methods.push('UnixMilli', 'IsZero', 'UTC');

describeTable('date family', [
  {
    name: 'dateInZone with a named zone',
    expr: `dateInZone "2006-01-02 15:04:05.000 MST -07:00" ${t0} "Europe/Berlin"`,
    expected: '2023-11-14 23:13:20.000 CET +01:00',
  },
  {
    name: 'date_in_zone, 12-hour clock',
    expr: `date_in_zone "Mon Jan _2 3:04PM 2006" ${t0} "America/New_York"`,
    expected: 'Tue Nov 14 5:13PM 2023',
  },
  {
    name: 'an unknown zone is UTC',
    expr: 'dateInZone "2006 MST" 0 "Not/AZone"',
    expected: '1970 UTC',
  },
  {
    name: 'past the last transition: the footer rule',
    expr: 'list (dateInZone "2006-01-02T15:04:05Z07:00 MST" (int64 4102444800) "Europe/Berlin") (dateInZone "15:04 MST" (int64 4118000000) "America/Los_Angeles")',
    expected: '[2100-01-01T01:00:00+01:00 CET 17:53 PDT]',
  },
  { name: 'htmlDateInZone', expr: `htmlDateInZone ${t0} "Asia/Tokyo"`, expected: '2023-11-15' },
  {
    name: 'layout elements',
    expr: `dateInZone "_2|__2|002|06|.000|,999|Z07|-07:00:00|Z070000|Jan|January|Monday|pm|PM" ${t0} "UTC"`,
    expected: '14|318|318|23|.000||Z|+00:00:00|Z|Nov|November|Tuesday|pm|PM',
  },
  {
    name: 'toDate with an offset: a fixed zone without a name',
    expr: `toDate ${iso} "2024-02-29T12:30:00+05:30"`,
    expected: '2024-02-29 12:30:00 +0530 +0530',
  },
  {
    name: 'toDate in UTC, and its methods',
    expr: `list ${methods.map((m) => `(toDate ${iso} "2024-03-10T01:02:03.5Z").${m}`).join(' ')}`,
    expected:
      '[2024 70 10 1 2 3 500000000 1710032523 1710032523500 false 2024-03-10 01:02:03.5 +0000 UTC]',
  },
  {
    name: 'toDate, seconds with an unannounced fraction',
    expr: '(toDate "2006-01-02 15:04:05" "2024-01-02 03:04:05.123456").Nanosecond',
    expected: '123456000',
  },
  {
    name: 'toDate, a fraction of more digits than the layout asks for (past nine, dropped)',
    expr: '(toDate "15:04:05.999" "07:32:00.1234567891239").Nanosecond',
    expected: '123456789',
  },
  {
    name: 'toDate failure is the zero time',
    expr: 'toDate "2006-01-02" "bad"',
    expected: '0001-01-01 00:00:00 +0000 UTC',
  },
  {
    name: 'Format method',
    expr: '(toDate "02/01/2006 15:04" "31/12/1999 23:59").Format "Monday, January 2, 2006 3:04pm"',
    expected: 'Friday, December 31, 1999 11:59pm',
  },
  { name: 'PM parsing', expr: '(toDate "3:04PM" "12:30AM").Hour', expected: '0' },
  {
    name: 'GMT+3 abbreviation',
    expr: 'toDate "2006-01-02 MST" "2024-07-01 GMT+3"',
    expected: '2024-07-01 03:00:00 +0300 GMT+3',
  },
  {
    name: 'dateModify / date_modify',
    expr: `toDate ${iso} "2024-01-01T00:00:00Z" | dateModify "-1.5h" | date_modify "90s"`,
    expected: '2023-12-31 22:31:30 +0000 UTC',
  },
  {
    name: 'dateModify keeps the date on a bad duration',
    expr: `toDate ${iso} "2024-01-01T00:00:00Z" | dateModify "1d"`,
    expected: '2024-01-01 00:00:00 +0000 UTC',
  },
  {
    name: 'mustDateModify / must_date_modify units',
    expr: `toDate ${iso} "2024-01-01T00:00:00Z" | mustDateModify "1h2m3s4ms5us6ns" | must_date_modify "1.5µs"`,
    expected: '2024-01-01 01:02:03.004006506 +0000 UTC',
  },
  {
    name: 'unixEpoch',
    expr: `toDate ${iso} "2001-09-09T01:46:40Z" | unixEpoch`,
    expected: '1000000000',
  },
  {
    name: 'duration: strings and int64 only',
    expr: 'list (duration "95") (duration 95) (duration (int64 3700)) (duration "x") (duration "-1")',
    expected: '[1m35s 0s 1h1m40s 0s -1s]',
  },
  {
    name: 'durationRound',
    expr: 'list (durationRound "2h10m") (durationRound "400h") (durationRound "9000h") (durationRound (int64 1000)) (durationRound 5) (durationRound "-61s") (durationRound "1.5ms")',
    expected: '[2h 16d 1y 0s 0s 1m 0s]',
  },
  {
    name: 'toJson and toYaml of a time (MarshalJSON)',
    expr: `list (toJson (toDate ${iso} "2024-01-02T03:04:05.25+05:30")) (toYaml (dict "t" (toDate "2006" "2024")))`,
    expected: '["2024-01-02T03:04:05.25+05:30" t: "2024-01-01T00:00:00Z"]',
  },
  { name: 'now is a time.Time', expr: 'typeOf now', expected: 'time.Time' },
  {
    name: 'now prints its monotonic reading',
    expr: 'now',
    expected: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? [+-]\d{4} \S+ m=\+\d+\.\d{9}$/,
  },
  { name: 'now through date', expr: 'now | date "2006"', expected: /^\d{4}$/ },
  { name: 'htmlDate of now', expr: 'htmlDate now', expected: /^\d{4}-\d\d-\d\d$/ },
  { name: 'date of a non-time is now', expr: 'date "2006" "x"', expected: /^\d{4}$/ },
  { name: 'ago of now', expr: 'ago now', expected: '0s' },
  { name: 'ago of an int64', expr: 'ago (int64 0)', expected: /^\d+h\d+m\d+s$/ },
  { name: 'durationRound of now', expr: 'durationRound now', expected: '0s' },
  {
    name: 'dateModify keeps the monotonic reading',
    expr: 'now | dateModify "1h"',
    // An hour past the process's start, however long the suite has run: m=+3600 or more.
    expected: / m=\+(?:3[6-9]\d\d|[4-9]\d{3}|\d{5,})\.\d{9}$/,
  },
  { name: 'UTC drops it', expr: 'now.UTC', expected: /^[^m]* \+0000 UTC$/ },
  {
    name: 'before the epoch, in New York',
    expr: 'dateInZone "Jan 2 15:04:05.000000000 MST 2006" (int64 -1) "America/New_York"',
    expected: 'Dec 31 18:59:59.000000000 EST 1969',
  },
  {
    name: 'toDate, an abbreviation with an offset',
    expr: 'toDate "2006-01-02 15:04:05 -0700 MST" "2024-01-15 10:00:00 +0100 CET"',
    expected: '2024-01-15 10:00:00 +0100 CET',
  },
  { name: 'durationRound of a negative duration', expr: 'durationRound "-1.5h"', expected: '1h' },
  {
    name: 'duration wraps as Go int64 does',
    expr: 'duration "9999999999999"',
    expected: '517975h34m8.423024128s',
  },
  {
    name: 'htmlDateInZone of a parsed time',
    expr: 'htmlDateInZone (toDate "2006-01-02T15:04:05Z07:00" "2024-01-01T23:30:00-05:00") "Europe/Berlin"',
    expected: '2024-01-02',
  },
]);
