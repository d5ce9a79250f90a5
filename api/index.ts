/**
 * The Kelos API: what `kelosctl crds` reads by default. Each version lives in its own folder;
 * `v1alpha1` is the only one.
 */
export * from './v1alpha1/index.js';
