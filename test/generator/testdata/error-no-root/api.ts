export interface JustAType {
  a?: string;
}
