// What the objects of one render say about each other holds for every reference case and for
// value sets the cases do not reach (one source alone, a Gateway without TLS, no telemetry): pods
// run as service accounts the chart creates, Services select the pods of their Deployment on a
// port the pod names, routes lead to rendered Services and Gateway listeners, and role bindings
// name rendered roles.
import { expect } from 'chai';
import { helmTemplate, referenceCases } from './chart-helm.js';
import { renderedObjects, type KubeObject } from './objects.js';

// Rendered objects are walked as untyped JSON: a shape mismatch fails the test as a TypeError.
type Json = Record<string, any>;

const valueSets: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    referenceCases()
      .filter((c) => c.rendered !== undefined)
      .map((c) => [c.name, ['-f', c.valuesFile]]),
  ),
  'generic source alone': ['--set', 'webhookServer.sources.generic.enabled=true'],
  'linear source alone behind a Gateway without TLS': [
    '--set',
    'webhookServer.sources.linear.enabled=true',
    '--set',
    'webhookServer.sources.linear.secretName=linear',
    '--set',
    'webhookServer.gateway.enabled=true',
    '--set',
    'webhookServer.gateway.host=hooks.example.com',
  ],
  'no telemetry, no CRDs, a NodePort source': [
    '--set',
    'telemetry.enabled=false',
    '--set',
    'crds.install=false',
    '--set',
    'webhookServer.sources.github.enabled=true',
    '--set',
    'webhookServer.sources.github.service.type=NodePort',
  ],
};

describe('chart/kelos objects refer to each other correctly', function () {
  this.timeout(60_000);
  for (const [name, args] of Object.entries(valueSets)) {
    it(name, async () => {
      const result = await helmTemplate(args);
      expect(result.status, result.stderr).to.equal(0);
      const objects = [...renderedObjects(result.stdout, name).values()];
      expect(problems(objects)).to.deep.equal([]);
    });
  }
});

function problems(objects: readonly KubeObject[]): string[] {
  const named = (kind: string) =>
    new Map(objects.filter((o) => o.kind === kind).map((o) => [o.metadata.name, o as Json]));
  const accounts = named('ServiceAccount');
  const deployments = named('Deployment');
  const services = named('Service');
  const gateways = named('Gateway');
  const roles = new Map([...named('ClusterRole'), ...named('Role')]);
  const found: string[] = [];
  const check = (ok: boolean, message: string) => (ok ? undefined : found.push(message));

  for (const o of objects as readonly Json[]) {
    const pod = o['kind'] === 'CronJob' ? o['spec'].jobTemplate.spec.template : o['spec']?.template;
    if (pod !== undefined) {
      const account = pod.spec.serviceAccountName as string;
      check(
        accounts.has(account),
        `${o['kind']} ${o['metadata'].name}: no ServiceAccount ${account}`,
      );
    }
    if (o['kind'] === 'Deployment') {
      check(
        sameLabels(o['spec'].selector.matchLabels, pod.metadata.labels),
        `Deployment ${o['metadata'].name}: selector does not match its pods`,
      );
    }
    if (o['kind'] === 'ClusterRoleBinding' || o['kind'] === 'RoleBinding') {
      check(roles.has(o['roleRef'].name), `${o['metadata'].name}: no role ${o['roleRef'].name}`);
      for (const s of o['subjects'] as Json[]) {
        check(accounts.has(s['name']), `${o['metadata'].name}: no ServiceAccount ${s['name']}`);
      }
    }
  }
  for (const [name, service] of services) {
    const deployment = deployments.get(name);
    check(deployment !== undefined, `Service ${name}: no Deployment of that name`);
    if (deployment === undefined) continue;
    const pod = deployment['spec'].template;
    check(
      sameLabels(service['spec'].selector, pod.metadata.labels),
      `Service ${name}: selects no pod`,
    );
    const podPorts = new Set(
      pod.spec.containers.flatMap((c: Json) => c['ports'].map((p: Json) => p['name'])),
    );
    for (const port of service['spec'].ports as Json[]) {
      check(
        podPorts.has(port['targetPort']),
        `Service ${name}: no container port ${port['targetPort']}`,
      );
    }
  }
  const servicePort = (name: string, port: number) =>
    (services.get(name)?.['spec'].ports as Json[] | undefined)?.some((p) => p['port'] === port) ===
    true;
  for (const ingress of named('Ingress').values()) {
    for (const path of ingress['spec'].rules.flatMap((r: Json) => r['http'].paths) as Json[]) {
      const { name, port } = path['backend'].service;
      check(
        servicePort(name, port.number),
        `Ingress ${path['path']}: no Service ${name}:${port.number}`,
      );
    }
  }
  for (const route of named('HTTPRoute').values()) {
    for (const parent of route['spec'].parentRefs as Json[]) {
      const gateway = gateways.get(parent['name']);
      const listener = (gateway?.['spec'].listeners as Json[] | undefined)?.find(
        (l) => l['name'] === parent['sectionName'],
      );
      check(
        listener !== undefined,
        `HTTPRoute: no Gateway listener ${parent['name']}/${parent['sectionName']}`,
      );
      check(
        listener?.['allowedRoutes']?.namespaces.from === 'Same',
        `HTTPRoute: listener ${parent['sectionName']} does not take routes from its namespace`,
      );
    }
    for (const backend of route['spec'].rules.flatMap((r: Json) => r['backendRefs']) as Json[]) {
      check(
        servicePort(backend['name'], backend['port']),
        `HTTPRoute: no Service ${backend['name']}`,
      );
    }
  }
  return found;
}

function sameLabels(selector: Json, labels: Json): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
