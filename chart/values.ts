// The Kelos chart's values as TypeScript: the one source of chart/kelos/values.yaml (defaults and
// comments), values.schema.json and the values table of chart/kelos/README.md
// (`npm run gen:chart`). Descriptions become the comments users read in values.yaml, so they are
// written for chart users. Keys and defaults are those of the reference chart (drop-in
// replacement); every object is closed in the schema except where a comment says why not.
import type { int32, Quantity } from '../generator/types.js';

/** A Kubernetes resource quantity, such as `100m` or `128Mi`. */
export type ResourceQuantities = Record<string, Quantity>;

/**
 * Resource requests and limits as the controller's command line takes them: comma-separated
 * `name=value` pairs such as `cpu=250m,memory=256Mi`; empty for none.
 * @k8s:pattern ^([a-zA-Z0-9./-]+=[^,=]+(,[a-zA-Z0-9./-]+=[^,=]+)*)?$
 */
export type ResourceFlag = string;

/** A container image repository, without a tag: the tag comes from `image.tag`. */
export type ImageRepository = string;

/** How a Service exposes a webhook server; the chart refuses ExternalName. */
export type ServiceType = 'ClusterIP' | 'LoadBalancer' | 'NodePort';

/** The CustomResourceDefinitions of kelos.dev/v1alpha1. */
export interface Crds {
  /**
   * Render the CRDs as part of the release (templates/crds/, not Helm's crds/ folder, so that an
   * upgrade updates them). Turn off when the CRDs are managed elsewhere.
   * @k8s:default true
   */
  install?: boolean;
  /**
   * Annotate the CRDs with `helm.sh/resource-policy: keep`, so that `helm uninstall` leaves them,
   * and with them every Task, TaskSpawner, Workspace and AgentConfig in the cluster.
   * @k8s:default true
   */
  keep?: boolean;
}

/** The tag and pull policy shared by every Kelos image. */
export interface Image {
  /**
   * The tag of every Kelos image: the controller's, the webhook server's, and those the controller
   * starts (agents, spawner, ghproxy). Empty for untagged images.
   * @k8s:default "latest"
   */
  tag?: string;
  /**
   * The pull policy of every Kelos container, passed on to the containers the controller starts.
   * Empty leaves it to Kubernetes (Always for `latest`, IfNotPresent otherwise).
   * @k8s:default ""
   */
  pullPolicy?: '' | 'Always' | 'IfNotPresent' | 'Never';
}

/** The daily anonymous usage report. */
export interface Telemetry {
  /**
   * Run the `kelos-telemetry` CronJob, which reports anonymous usage once a day.
   * @k8s:default true
   */
  enabled?: boolean;
}

/** Requests and limits for a container the controller starts, as command-line flags. */
export interface ResourceFlags {
  /**
   * Resource requests, such as `cpu=250m,memory=256Mi`; empty for none.
   * @k8s:default ""
   */
  requests?: ResourceFlag;
  /**
   * Resource limits, such as `memory=1Gi`; empty for none.
   * @k8s:default ""
   */
  limits?: ResourceFlag;
}

/** The GitHub API caching proxy that the controller runs for each Workspace. */
export interface Ghproxy {
  /**
   * The ghproxy image repository.
   * @k8s:default "ghcr.io/kelos-dev/ghproxy"
   */
  image?: ImageRepository;
  /**
   * Upstream base URLs ghproxy may forward to, comma-separated. Accepted for compatibility with
   * the reference chart; the controller of this chart version takes no flag for it, so it is not
   * passed on.
   * @k8s:default "https://api.github.com"
   */
  allowedUpstreams?: string;
  /**
   * How long ghproxy caches a response, as a duration such as `30s`; empty for ghproxy's own
   * default.
   * @k8s:default ""
   */
  cacheTTL?: string;
  /** Resources of each ghproxy container. */
  resources?: ResourceFlags;
}

/** The spawner, which the controller runs for each TaskSpawner. */
export interface Spawner {
  /**
   * The spawner image repository.
   * @k8s:default "ghcr.io/kelos-dev/kelos-spawner"
   */
  image?: ImageRepository;
  /** Resources of each spawner container. */
  resources?: ResourceFlags;
}

/** Requests and limits as a container's `resources` takes them. */
export interface ResourceRequirements {
  /**
   * Resource requests, such as `{cpu: 100m, memory: 128Mi}`.
   * @k8s:default {}
   */
  requests?: ResourceQuantities;
  /**
   * Resource limits, such as `{memory: 512Mi}`.
   * @k8s:default {}
   */
  limits?: ResourceQuantities;
}

/** The controller manager. */
export interface Controller {
  /** Resources of the manager container; no `resources` at all when both maps are empty. */
  resources?: ResourceRequirements;
}

/** The Service in front of one webhook server. */
export interface WebhookService {
  /**
   * ClusterIP, LoadBalancer or NodePort. Only ClusterIP also exposes the unauthenticated
   * metrics port (8080); the others expose the webhook port (8443) alone, so that metrics
   * are never published outside the cluster.
   * @k8s:default "ClusterIP"
   */
  type?: ServiceType;
}

/** What every webhook source has first. */
export interface WebhookSourceBase {
  /**
   * Run a webhook server for this source: a Deployment and a Service named
   * `kelos-webhook-<source>`.
   * @k8s:default false
   */
  enabled?: boolean;
  /**
   * Pods of this source's webhook server.
   * @k8s:minimum 0
   * @k8s:default 1
   */
  replicas?: int32;
}

/** GitHub webhooks. */
export interface GithubWebhookSource extends WebhookSourceBase {
  /**
   * The Secret whose `WEBHOOK_SECRET` key verifies GitHub's signatures. Required when enabled.
   * @k8s:default ""
   */
  secretName?: string;
  /**
   * A Secret with GitHub credentials for the webhook server: `GITHUB_TOKEN`, or a GitHub App's
   * `appID`, `installationID` and `privateKey` (each optional). Empty for none.
   * @k8s:default ""
   */
  githubSecretName?: string;
  /** The Service in front of this source's webhook server. */
  service?: WebhookService;
}

/** Linear webhooks. */
export interface LinearWebhookSource extends WebhookSourceBase {
  /**
   * The Secret whose `WEBHOOK_SECRET` key verifies Linear's signatures. Required when enabled.
   * @k8s:default ""
   */
  secretName?: string;
  /**
   * A Secret whose `LINEAR_API_KEY` key lets the webhook server call Linear's API. Empty for none.
   * @k8s:default ""
   */
  apiKeySecretName?: string;
  /** The Service in front of this source's webhook server. */
  service?: WebhookService;
}

/** Generic webhooks from any system that can POST (Notion, Sentry, …). */
export interface GenericWebhookSource extends WebhookSourceBase {
  /**
   * A Secret holding one HMAC key per sending system, each as a key named
   * `<SOURCE>_WEBHOOK_SECRET` (such as `SENTRY_WEBHOOK_SECRET`); all its keys become environment
   * variables of the webhook server. Empty for none.
   * @k8s:default ""
   */
  secretName?: string;
  /** The Service in front of this source's webhook server. */
  service?: WebhookService;
}

/** The webhook sources; each enabled one gets its own webhook server. */
export interface WebhookSources {
  /** GitHub webhooks, served at `/webhook/github`. */
  github?: GithubWebhookSource;
  /** Linear webhooks, served at `/webhook/linear`. */
  linear?: LinearWebhookSource;
  /** Generic webhooks, served under `/webhook/`. */
  generic?: GenericWebhookSource;
}

/** TLS for the webhook Ingress. */
export interface IngressTls {
  /**
   * Terminate TLS for `host` at the Ingress.
   * @k8s:default false
   */
  enabled?: boolean;
  /**
   * The Secret with the certificate; empty leaves it to the Ingress controller.
   * @k8s:default ""
   */
  secretName?: string;
}

/** An Ingress routing every enabled webhook source. */
export interface WebhookIngress {
  /**
   * Create the `kelos-webhook` Ingress (when at least one source is enabled).
   * @k8s:default false
   */
  enabled?: boolean;
  /**
   * The IngressClass; empty for the cluster's default.
   * @k8s:default ""
   */
  className?: string;
  /**
   * The host name webhooks are sent to.
   * @k8s:default ""
   */
  host?: string;
  /**
   * Annotations of the Ingress, such as `cert-manager.io/cluster-issuer`.
   * @k8s:default {}
   */
  annotations?: Record<string, string>;
  /** TLS termination. */
  tls?: IngressTls;
}

/** A Secret (or other object) holding a TLS certificate, as Gateway API refers to it. */
export interface CertificateRef {
  /** The object's API group; empty for the core group. */
  group?: string;
  /** The object's kind, such as `Secret`. */
  kind?: string;
  /** The object's name. */
  name: string;
  /** The object's namespace, when not the Gateway's (needs a ReferenceGrant). */
  namespace?: string;
}

/** TLS for the webhook Gateway. */
export interface GatewayTls {
  /**
   * Add an HTTPS listener on port 443 that terminates TLS, and route webhooks through it alone.
   * @k8s:default false
   */
  enabled?: boolean;
  /**
   * The certificates of the HTTPS listener.
   * @k8s:default []
   */
  certificateRefs?: CertificateRef[];
}

/** A Gateway API Gateway and HTTPRoute routing every enabled webhook source. */
export interface WebhookGateway {
  /**
   * Create the Gateway and the `kelos-webhook-routes` HTTPRoute (when at least one source is
   * enabled). Needs the Gateway API CRDs in the cluster.
   * @k8s:default false
   */
  enabled?: boolean;
  /**
   * The GatewayClass; empty leaves `gatewayClassName` out.
   * @k8s:default ""
   */
  gatewayClassName?: string;
  /**
   * The Gateway's name, which the HTTPRoute attaches to.
   * @k8s:default "kelos-webhook-gateway"
   */
  gatewayName?: string;
  /**
   * The host name webhooks are sent to.
   * @k8s:default ""
   */
  host?: string;
  /**
   * Annotations of the Gateway.
   * @k8s:default {}
   */
  annotations?: Record<string, string>;
  /** TLS termination. */
  tls?: GatewayTls;
}

/** The webhook servers, which turn incoming webhooks into Tasks. */
export interface WebhookServer {
  /**
   * The webhook server image repository.
   * @k8s:default "ghcr.io/kelos-dev/kelos-webhook-server"
   */
  image?: ImageRepository;
  /** The webhook sources. */
  sources?: WebhookSources;
  /** Resources of every webhook server container. */
  resources?: WebhookResources;
  /** An Ingress in front of the webhook servers. */
  ingress?: WebhookIngress;
  /** A Gateway API Gateway in front of the webhook servers. */
  gateway?: WebhookGateway;
}

/** Requests and limits of the webhook server containers. */
export interface WebhookResources {
  /**
   * Resource limits.
   * @k8s:default {"cpu":"500m","memory":"128Mi"}
   */
  limits?: ResourceQuantities;
  /**
   * Resource requests.
   * @k8s:default {"cpu":"10m","memory":"64Mi"}
   */
  requests?: ResourceQuantities;
}

/** The values of the Kelos chart. */
export interface Values {
  /**
   * Values Helm shares with every chart of a release; this chart reads none of them.
   * @k8s:preserveUnknownFields
   */
  global?: Record<string, unknown>;
  /**
   * The condition a parent chart may enable this chart with (`condition: kelos.enabled`); this
   * chart ignores it.
   */
  enabled?: boolean;
  /** The CRDs. */
  crds?: Crds;
  /** Image tag and pull policy. */
  image?: Image;
  /** Anonymous usage reporting. */
  telemetry?: Telemetry;
  /**
   * The controller image repository, also used by the telemetry CronJob.
   * @k8s:default "ghcr.io/kelos-dev/kelos-controller"
   */
  controllerImage?: ImageRepository;
  /** The per-Workspace GitHub API caching proxy. */
  ghproxy?: Ghproxy;
  /**
   * The Claude Code agent image repository.
   * @k8s:default "ghcr.io/kelos-dev/claude-code"
   */
  claudeCodeImage?: ImageRepository;
  /**
   * The Codex agent image repository.
   * @k8s:default "ghcr.io/kelos-dev/codex"
   */
  codexImage?: ImageRepository;
  /**
   * The Gemini agent image repository.
   * @k8s:default "ghcr.io/kelos-dev/gemini"
   */
  geminiImage?: ImageRepository;
  /**
   * The OpenCode agent image repository.
   * @k8s:default "ghcr.io/kelos-dev/opencode"
   */
  opencodeImage?: ImageRepository;
  /**
   * The Cursor agent image repository.
   * @k8s:default "ghcr.io/kelos-dev/cursor"
   */
  cursorImage?: ImageRepository;
  /** The per-TaskSpawner spawner. */
  spawner?: Spawner;
  /** The controller manager. */
  controller?: Controller;
  /** The webhook servers and what routes to them. */
  webhookServer?: WebhookServer;
}
