export interface Cat {
  meow?: string;
}
export interface Dog {
  woof?: number;
}
export interface TreeNode {
  children?: TreeNode[];
}

/** @k8s:resource group=example.dev version=v1 */
export interface Zoo {
  apiVersion: string;
  kind: string;
  spec?: {
    pet?: Cat | Dog;
    anything?: unknown;
    byNumber?: Record<number, string>;
    pair?: [string, number];
    mixed?: string | number;
    tree?: TreeNode;
    both?: { known?: string; [key: string]: string | undefined };
  };
}
