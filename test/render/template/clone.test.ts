// TemplateSet.clone, Go's Template.Clone as Helm's tpl uses it: the copy has the original's
// templates and functions; what is parsed into it or added to it later stays with the copy.
import { expect } from 'chai';
import { def, t } from '../../../render/funcs/func.js';
import type { GoFunc } from '../../../render/go/index.js';
import { TemplateSet } from '../../../render/template/index.js';

const fn = (name: string, result: string): [string, GoFunc] => [
  name,
  def(name, [], t.string, () => result),
];

describe('TemplateSet.clone', () => {
  it('copies templates and functions, and keeps later changes apart', () => {
    const set = new TemplateSet({ funcs: new Map([fn('hello', 'hi')]) });
    set.parse('main', '{{ define "part" }}original{{ end }}[{{ template "part" }}|{{ hello }}]');
    const copy = set.clone();
    expect(copy.execute('main', null)).to.equal('[original|hi]');
    copy.parse('main', '{{ define "part" }}changed{{ end }}[{{ template "part" }}]');
    copy.addFuncs([fn('bye', 'ciao')]);
    copy.parse('extra', '{{ bye }}');
    expect(copy.execute('main', null)).to.equal('[changed]');
    expect(copy.execute('extra', null)).to.equal('ciao');
    expect(set.execute('main', null)).to.equal('[original|hi]');
    expect(set.has('extra')).to.equal(false);
    expect(() => set.parse('x', '{{ bye }}')).to.throw('function "bye" not defined');
  });

  it('takes changed options', () => {
    const set = new TemplateSet({ missingKey: 'zero' });
    set.parse('m', '{{ .missing }}');
    expect(set.execute('m', new Map())).to.equal('<no value>');
    const strict = set.clone({ missingKey: 'error' });
    expect(() => strict.execute('m', new Map())).to.throw(/map has no entry for key "missing"/);
  });
});
