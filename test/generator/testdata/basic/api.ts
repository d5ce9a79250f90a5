import type { int32, int64 } from '../../../../generator/types.js';

/** How a widget is painted. */
export type Finish = 'Matte' | 'Gloss';

/**
 * A part of a widget.
 * Written over two lines.
 */
export interface Part {
  /** The part's name. */
  name: string;
  /** How many of it. */
  count?: int32;
  weight?: number;
}

/** WidgetSpec is what the user wants. */
export interface WidgetSpec {
  /** Size in millimetres. */
  size: int64;
  finish?: Finish;
  /** Overrides the finish's own description. */
  secondFinish?: Finish;
  enabled?: boolean;
  labels?: Record<string, string>;
  parts?: Part[];
  tags?: string[];
  nested?: { inner: string; deeper?: { value?: number } };
  ratio?: number;
  maybe?: string | null;
  mode?: 'fast';
}

/** WidgetStatus is what the controller saw. */
export interface WidgetStatus {
  phase?: string;
}

/**
 * A Widget is a test kind.
 * @k8s:resource group=example.dev version=v1
 */
export interface Widget {
  /** APIVersion of the object. */
  apiVersion: string;
  /** Kind of the object. */
  kind: string;
  metadata?: { name?: string };
  spec: WidgetSpec;
  status?: WidgetStatus;
}
