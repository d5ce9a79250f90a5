// A text parsed again under another name takes the trees of its first parse, renamed
// (TemplateSet.parse): what each name executes, and every error's template name, line and
// column, must be what a parse of its own would give. Charts parse the same text under many
// names (each dependency's own copy of a library chart) and tpl parses the same text again.
import { expect } from 'chai';
import { def, t } from '../../../render/funcs/func.js';
import type { GoFunc } from '../../../render/go/index.js';
import { TemplateSet } from '../../../render/template/index.js';

const fn = (name: string, result: string): [string, GoFunc] => [
  name,
  def(name, [], t.string, () => result),
];

const library = [
  '{{- define "lib.name" -}}{{ .name }}{{- end -}}',
  '{{- define "lib.fail" -}}{{ fail "stop" }}{{- end -}}',
  'line one',
  '{{ index .list 5 }}',
].join('\n');

describe('a text parsed again under another name', () => {
  it('executes as its own parse would, and its errors name it', () => {
    const set = new TemplateSet({ funcs: new Map([fn('fail', 'x')]) });
    const first = set.parse('a/templates/_lib.tpl', library);
    const again = set.parse('b/charts/a/templates/_lib.tpl', library);
    expect(again.name).to.equal('b/charts/a/templates/_lib.tpl');
    expect(again.parseName).to.equal('b/charts/a/templates/_lib.tpl');
    expect(again.root).to.equal(first.root);
    const data = new Map<string, unknown>([['list', []]]);
    for (const name of ['a/templates/_lib.tpl', 'b/charts/a/templates/_lib.tpl']) {
      expect(() => set.execute(name, data as never)).to.throw(
        `template: ${name}:4:3: executing "${name}" at <index .list 5>: error calling index: index out of range: 5`,
      );
    }
  });

  it('names the later file as the parse name of the defines it replaces', () => {
    const define = '{{ define "d" }}{{ .x.y }}{{ end }}';
    const set = new TemplateSet();
    set.parse('first.tpl', define);
    set.parse('second.tpl', define);
    set.parse('main', '{{ template "d" 1 }}');
    const own = new TemplateSet();
    own.parse('second.tpl', define);
    own.parse('main', '{{ template "d" 1 }}');
    const message = (s: TemplateSet): string => {
      try {
        s.execute('main', null);
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(message(set)).to.match(/^template: second\.tpl:1:\d+: executing "d"/);
    expect(message(set)).to.equal(message(own));
  });

  it('parses a text holding its own name on its own', () => {
    // Parsed as two.tpl, the text defines two.tpl besides its own body: Go's multiple
    // definition, which renamed trees of its parse as one.tpl would not have.
    const text = '{{ define "two.tpl" }}defined{{ end }}file';
    const set = new TemplateSet();
    set.parse('one.tpl', text);
    expect(set.execute('one.tpl', null)).to.equal('file');
    expect(() => set.parse('two.tpl', text)).to.throw(
      'template: two.tpl:1: template: multiple definition of template "two.tpl"',
    );
  });

  it('parses again once a function of a new name exists', () => {
    const set = new TemplateSet();
    const text = '{{ range .xs }}{{ break }}{{ end }}done';
    set.parse('keyword', text);
    // With a function named break, `break` is a call to it and no longer the keyword.
    set.addFuncs([fn('break', 'called')]);
    set.parse('function', text);
    const data = new Map([['xs', [1, 2]]]);
    expect(set.execute('keyword', data as never)).to.equal('done');
    expect(set.execute('function', data as never)).to.equal('calledcalleddone');
  });

  it('is shared with clones, as tpl parses the same text into each', () => {
    const set = new TemplateSet();
    const first = set.clone().parse('gotpl', '{{ .a }}');
    const second = set.clone().parse('gotpl', '{{ .a }}');
    expect(second.root).to.equal(first.root);
    const other = set.clone({ leftDelim: '[[', rightDelim: ']]' }).parse('gotpl', '{{ .a }}');
    expect(other.root).not.to.equal(first.root);
  });
});
