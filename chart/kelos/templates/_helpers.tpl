{{- /*
Names, labels and snippets shared by the Kelos templates.

Object names are fixed rather than derived from the release name: the controller, the spawner and
the webhook servers find each other (and their RBAC) by these names, so one release per cluster is
the model, as with the reference chart.
*/ -}}

{{- /* The namespace of every namespaced object: the release's (`helm install -n`). */ -}}
{{- define "kelos.namespace" -}}
{{ .Release.Namespace }}
{{- end }}

{{- /* Labels and selector of one component: `include "kelos.labels" "manager"`. */ -}}
{{- define "kelos.labels" -}}
app.kubernetes.io/name: kelos
app.kubernetes.io/component: {{ . }}
{{- end }}

{{- /* The service accounts of the controller and of the webhook servers. */ -}}
{{- define "kelos.controllerServiceAccount" -}}
kelos-controller
{{- end }}

{{- define "kelos.webhookServiceAccount" -}}
kelos-webhook
{{- end }}

{{- /*
An image reference from a repository and the shared tag: (list $ "ghcr.io/kelos-dev/codex").
An empty image.tag leaves the reference untagged.
*/ -}}
{{- define "kelos.image" -}}
{{- $root := index . 0 -}}
{{- index . 1 }}{{ with $root.Values.image.tag }}:{{ . }}{{ end }}
{{- end }}

{{- /* `imagePullPolicy: <policy>` when image.pullPolicy is set, otherwise nothing. */ -}}
{{- define "kelos.imagePullPolicy" -}}
{{- with .Values.image.pullPolicy }}imagePullPolicy: {{ . }}{{ end }}
{{- end }}

{{- /*
A container's `resources` from a map with `requests` and `limits` maps; empty maps are left out,
and nothing is written when both are empty (an empty `resources` means the same to Kubernetes).
*/ -}}
{{- define "kelos.resources" -}}
{{- $resources := dict }}
{{- with .limits }}{{ $_ := set $resources "limits" . }}{{ end }}
{{- with .requests }}{{ $_ := set $resources "requests" . }}{{ end }}
{{- with $resources -}}
resources:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{- /* The webhook sources the chart knows, in the order their routes are listed. */ -}}
{{- define "kelos.webhookSourceNames" -}}
github linear generic
{{- end }}

{{- /*
The enabled webhook sources, space-separated (empty when none): callers turn it into a list with
`splitList " " | compact`.
*/ -}}
{{- define "kelos.enabledWebhookSources" -}}
{{- $enabled := list }}
{{- range $name := include "kelos.webhookSourceNames" . | splitList " " }}
{{- if (index $.Values.webhookServer.sources $name).enabled }}
{{- $enabled = append $enabled $name }}
{{- end }}
{{- end }}
{{- join " " $enabled }}
{{- end }}

{{- /* The Deployment and Service of one webhook source: kelos-webhook-<source>. */ -}}
{{- define "kelos.webhookName" -}}
kelos-webhook-{{ . }}
{{- end }}

{{- /*
The path a source's webhooks arrive at. Generic webhooks take every other path under /webhook/
(/webhook/<system>), so their prefix is the bare folder and their route comes last.
*/ -}}
{{- define "kelos.webhookPath" -}}
/webhook/{{ if ne . "generic" }}{{ . }}{{ end }}
{{- end }}

{{- /* The port every webhook server receives webhooks on. */ -}}
{{- define "kelos.webhookPort" -}}
8443
{{- end }}
