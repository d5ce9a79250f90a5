// go-yaml v2's parser (parserc.go, v2.4.0) over goyaml-scan.ts's tokens: the state machine that
// turns tokens into events and reports go-yaml's parser errors ("did not find expected key", …) at
// go-yaml's marks. Events carry only what the syntax check needs: type, marks and anchor names.
// Used by goyaml-check.ts; pinned by test/render/funcs/yaml-errors.test.ts.
import { GoYamlProblem, type Mark, type Scanner, type Token } from './goyaml-scan.js';

/** go-yaml's event types. */
export type EventType =
  | 'STREAM-START'
  | 'STREAM-END'
  | 'DOCUMENT-START'
  | 'DOCUMENT-END'
  | 'ALIAS'
  | 'SCALAR'
  | 'SEQUENCE-START'
  | 'SEQUENCE-END'
  | 'MAPPING-START'
  | 'MAPPING-END';

/** An event: its type, where it starts, and the anchor it defines or the alias it names. */
export interface Event {
  readonly type: EventType;
  readonly start: Mark;
  readonly anchor?: string;
}

type State =
  | 'stream-start'
  | 'implicit-document-start'
  | 'document-start'
  | 'document-content'
  | 'document-end'
  | 'block-node'
  | 'block-node-or-indentless-sequence'
  | 'flow-node'
  | 'block-sequence-first-entry'
  | 'block-sequence-entry'
  | 'indentless-sequence-entry'
  | 'block-mapping-first-key'
  | 'block-mapping-key'
  | 'block-mapping-value'
  | 'flow-sequence-first-entry'
  | 'flow-sequence-entry'
  | 'flow-sequence-entry-mapping-key'
  | 'flow-sequence-entry-mapping-value'
  | 'flow-sequence-entry-mapping-end'
  | 'flow-mapping-first-key'
  | 'flow-mapping-key'
  | 'flow-mapping-value'
  | 'flow-mapping-empty-value'
  | 'end';

/** The parser: `next()` yields go-yaml's events one by one, or throws its error. */
export class Parser {
  private state: State = 'stream-start';
  private readonly states: State[] = [];
  private readonly marks: Mark[] = [];
  private tagHandles: string[] = [];

  constructor(private readonly scanner: Scanner) {}

  private fail(
    problem: string,
    mark: Mark,
    context: Mark = { index: 0, line: 0, column: 0 },
  ): never {
    throw new GoYamlProblem('parser', problem, mark, context);
  }

  private pop(): void {
    this.state = this.states.pop()!;
  }

  private peek(): Token {
    return this.scanner.peek();
  }

  private skip(): void {
    this.scanner.skip();
  }

  private empty(mark: Mark): Event {
    return { type: 'SCALAR', start: mark };
  }

  /** The next event. */
  next(): Event {
    switch (this.state) {
      case 'stream-start': {
        const t = this.peek();
        this.state = 'implicit-document-start';
        this.skip();
        return { type: 'STREAM-START', start: t.start };
      }
      case 'implicit-document-start':
        return this.documentStart(true);
      case 'document-start':
        return this.documentStart(false);
      case 'document-content': {
        const t = this.peek();
        if (
          [
            'VERSION-DIRECTIVE',
            'TAG-DIRECTIVE',
            'DOCUMENT-START',
            'DOCUMENT-END',
            'STREAM-END',
          ].includes(t.type)
        ) {
          this.pop();
          return this.empty(t.start);
        }
        return this.node(true, false);
      }
      case 'document-end': {
        const t = this.peek();
        if (t.type === 'DOCUMENT-END') this.skip();
        this.tagHandles = [];
        this.state = 'document-start';
        return { type: 'DOCUMENT-END', start: t.start };
      }
      case 'block-node':
        return this.node(true, false);
      case 'block-node-or-indentless-sequence':
        return this.node(true, true);
      case 'flow-node':
        return this.node(false, false);
      case 'block-sequence-first-entry':
      case 'block-sequence-entry':
        return this.blockSequenceEntry(this.state === 'block-sequence-first-entry');
      case 'indentless-sequence-entry':
        return this.indentlessSequenceEntry();
      case 'block-mapping-first-key':
      case 'block-mapping-key':
        return this.blockMappingKey(this.state === 'block-mapping-first-key');
      case 'block-mapping-value':
        return this.blockMappingValue();
      case 'flow-sequence-first-entry':
      case 'flow-sequence-entry':
        return this.flowSequenceEntry(this.state === 'flow-sequence-first-entry');
      case 'flow-sequence-entry-mapping-key':
        return this.flowSequenceEntryMappingKey();
      case 'flow-sequence-entry-mapping-value':
        return this.flowSequenceEntryMappingValue();
      case 'flow-sequence-entry-mapping-end': {
        const t = this.peek();
        this.state = 'flow-sequence-entry';
        return { type: 'MAPPING-END', start: t.start };
      }
      case 'flow-mapping-first-key':
      case 'flow-mapping-key':
        return this.flowMappingKey(this.state === 'flow-mapping-first-key');
      case 'flow-mapping-value':
      case 'flow-mapping-empty-value':
        return this.flowMappingValue(this.state === 'flow-mapping-empty-value');
      case 'end':
        return { type: 'STREAM-END', start: this.peek().start };
    }
  }

  private documentStart(implicit: boolean): Event {
    let t = this.peek();
    if (!implicit) {
      while (t.type === 'DOCUMENT-END') {
        this.skip();
        t = this.peek();
      }
    }
    const directive = t.type === 'VERSION-DIRECTIVE' || t.type === 'TAG-DIRECTIVE';
    if (implicit && !directive && t.type !== 'DOCUMENT-START' && t.type !== 'STREAM-END') {
      this.directives();
      this.states.push('document-end');
      this.state = 'block-node';
      return { type: 'DOCUMENT-START', start: t.start };
    }
    if (t.type !== 'STREAM-END') {
      const start = t.start;
      this.directives();
      t = this.peek();
      if (t.type !== 'DOCUMENT-START') this.fail('did not find expected <document start>', t.start);
      this.states.push('document-end');
      this.state = 'document-content';
      this.skip();
      return { type: 'DOCUMENT-START', start };
    }
    this.state = 'end';
    this.skip();
    return { type: 'STREAM-END', start: t.start };
  }

  private directives(): void {
    let version = false;
    let t = this.peek();
    const handles: string[] = [];
    while (t.type === 'VERSION-DIRECTIVE' || t.type === 'TAG-DIRECTIVE') {
      if (t.type === 'VERSION-DIRECTIVE') {
        if (version) this.fail('found duplicate %YAML directive', t.start);
        if (t.version![0] !== 1 || t.version![1] !== 1) {
          this.fail('found incompatible YAML document', t.start);
        }
        version = true;
      } else {
        if (this.tagHandles.includes(t.value!) || handles.includes(t.value!)) {
          this.fail('found duplicate %TAG directive', t.start);
        }
        handles.push(t.value!);
        this.tagHandles.push(t.value!);
      }
      this.skip();
      t = this.peek();
    }
    for (const h of ['!', '!!']) if (!this.tagHandles.includes(h)) this.tagHandles.push(h);
  }

  private node(block: boolean, indentless: boolean): Event {
    let t = this.peek();
    if (t.type === 'ALIAS') {
      this.pop();
      this.skip();
      return { type: 'ALIAS', start: t.start, anchor: t.value! };
    }
    const start = t.start;
    let anchor: string | undefined;
    let tag: Token | undefined;
    const take = (): Token => {
      this.skip();
      return this.peek();
    };
    if (t.type === 'ANCHOR') {
      anchor = t.value!;
      t = take();
      if (t.type === 'TAG') {
        tag = t;
        t = take();
      }
    } else if (t.type === 'TAG') {
      tag = t;
      t = take();
      if (t.type === 'ANCHOR') {
        anchor = t.value!;
        t = take();
      }
    }
    if (tag !== undefined && tag.value !== '' && !this.tagHandles.includes(tag.value!)) {
      this.fail('found undefined tag handle', tag.start, start);
    }
    const event = (type: EventType): Event => ({
      type,
      start,
      ...(anchor !== undefined ? { anchor } : {}),
    });
    if (indentless && t.type === 'BLOCK-ENTRY') {
      this.state = 'indentless-sequence-entry';
      return event('SEQUENCE-START');
    }
    switch (t.type) {
      case 'SCALAR':
        this.pop();
        this.skip();
        return event('SCALAR');
      case 'FLOW-SEQUENCE-START':
        this.state = 'flow-sequence-first-entry';
        return event('SEQUENCE-START');
      case 'FLOW-MAPPING-START':
        this.state = 'flow-mapping-first-key';
        return event('MAPPING-START');
    }
    if (block && t.type === 'BLOCK-SEQUENCE-START') {
      this.state = 'block-sequence-first-entry';
      return event('SEQUENCE-START');
    }
    if (block && t.type === 'BLOCK-MAPPING-START') {
      this.state = 'block-mapping-first-key';
      return event('MAPPING-START');
    }
    if (anchor !== undefined || tag !== undefined) {
      this.pop();
      return event('SCALAR');
    }
    return this.fail('did not find expected node content', t.start, start);
  }

  // The first call of a collection's state consumes its start token and remembers its mark.
  private first(): void {
    this.marks.push(this.peek().start);
    this.skip();
  }

  private end(type: EventType, t: Token): Event {
    this.pop();
    this.marks.pop();
    this.skip();
    return { type, start: t.start };
  }

  private blockSequenceEntry(first: boolean): Event {
    if (first) this.first();
    let t = this.peek();
    if (t.type === 'BLOCK-ENTRY') {
      const mark = t.end;
      this.skip();
      t = this.peek();
      if (t.type !== 'BLOCK-ENTRY' && t.type !== 'BLOCK-END') {
        this.states.push('block-sequence-entry');
        return this.node(true, false);
      }
      this.state = 'block-sequence-entry';
      return this.empty(mark);
    }
    if (t.type === 'BLOCK-END') return this.end('SEQUENCE-END', t);
    return this.fail("did not find expected '-' indicator", t.start, this.marks.pop()!);
  }

  private indentlessSequenceEntry(): Event {
    let t = this.peek();
    if (t.type === 'BLOCK-ENTRY') {
      const mark = t.end;
      this.skip();
      t = this.peek();
      if (!['BLOCK-ENTRY', 'KEY', 'VALUE', 'BLOCK-END'].includes(t.type)) {
        this.states.push('indentless-sequence-entry');
        return this.node(true, false);
      }
      this.state = 'indentless-sequence-entry';
      return this.empty(mark);
    }
    this.pop();
    return { type: 'SEQUENCE-END', start: t.start };
  }

  private blockMappingKey(first: boolean): Event {
    if (first) this.first();
    let t = this.peek();
    if (t.type === 'KEY') {
      const mark = t.end;
      this.skip();
      t = this.peek();
      if (t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK-END') {
        this.states.push('block-mapping-value');
        return this.node(true, true);
      }
      this.state = 'block-mapping-value';
      return this.empty(mark);
    }
    if (t.type === 'BLOCK-END') return this.end('MAPPING-END', t);
    return this.fail('did not find expected key', t.start, this.marks.pop()!);
  }

  private blockMappingValue(): Event {
    let t = this.peek();
    if (t.type === 'VALUE') {
      const mark = t.end;
      this.skip();
      t = this.peek();
      if (t.type !== 'KEY' && t.type !== 'VALUE' && t.type !== 'BLOCK-END') {
        this.states.push('block-mapping-key');
        return this.node(true, true);
      }
      this.state = 'block-mapping-key';
      return this.empty(mark);
    }
    this.state = 'block-mapping-key';
    return this.empty(t.start);
  }

  private flowSequenceEntry(first: boolean): Event {
    if (first) this.first();
    let t = this.peek();
    if (t.type !== 'FLOW-SEQUENCE-END') {
      if (!first) {
        if (t.type !== 'FLOW-ENTRY') {
          this.fail("did not find expected ',' or ']'", t.start, this.marks.pop()!);
        }
        this.skip();
        t = this.peek();
      }
      if (t.type === 'KEY') {
        this.state = 'flow-sequence-entry-mapping-key';
        this.skip();
        return { type: 'MAPPING-START', start: t.start };
      }
      if (t.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('flow-sequence-entry');
        return this.node(false, false);
      }
    }
    return this.end('SEQUENCE-END', t);
  }

  private flowSequenceEntryMappingKey(): Event {
    const t = this.peek();
    if (t.type !== 'VALUE' && t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-SEQUENCE-END') {
      this.states.push('flow-sequence-entry-mapping-value');
      return this.node(false, false);
    }
    const mark = t.end;
    this.skip();
    this.state = 'flow-sequence-entry-mapping-value';
    return this.empty(mark);
  }

  private flowSequenceEntryMappingValue(): Event {
    let t = this.peek();
    if (t.type === 'VALUE') {
      this.skip();
      t = this.peek();
      if (t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-SEQUENCE-END') {
        this.states.push('flow-sequence-entry-mapping-end');
        return this.node(false, false);
      }
    }
    this.state = 'flow-sequence-entry-mapping-end';
    return this.empty(t.start);
  }

  private flowMappingKey(first: boolean): Event {
    if (first) this.first();
    let t = this.peek();
    if (t.type !== 'FLOW-MAPPING-END') {
      if (!first) {
        if (t.type !== 'FLOW-ENTRY') {
          this.fail("did not find expected ',' or '}'", t.start, this.marks.pop()!);
        }
        this.skip();
        t = this.peek();
      }
      if (t.type === 'KEY') {
        this.skip();
        t = this.peek();
        if (t.type !== 'VALUE' && t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-MAPPING-END') {
          this.states.push('flow-mapping-value');
          return this.node(false, false);
        }
        this.state = 'flow-mapping-value';
        return this.empty(t.start);
      }
      if (t.type !== 'FLOW-MAPPING-END') {
        this.states.push('flow-mapping-empty-value');
        return this.node(false, false);
      }
    }
    return this.end('MAPPING-END', t);
  }

  private flowMappingValue(empty: boolean): Event {
    let t = this.peek();
    if (empty) {
      this.state = 'flow-mapping-key';
      return this.empty(t.start);
    }
    if (t.type === 'VALUE') {
      this.skip();
      t = this.peek();
      if (t.type !== 'FLOW-ENTRY' && t.type !== 'FLOW-MAPPING-END') {
        this.states.push('flow-mapping-key');
        return this.node(false, false);
      }
    }
    this.state = 'flow-mapping-key';
    return this.empty(t.start);
  }
}
