{{- /*
The environment of each source's webhook server, by source name: "kelos.webhookEnv.<source>",
given the source's values. GitHub and Linear verify signatures with WEBHOOK_SECRET from
secretName; the generic source reads one key per sending system from its whole Secret.
*/ -}}

{{- /* One variable from a Secret key: (list NAME SECRET KEY OPTIONAL). */ -}}
{{- define "kelos.secretKeyEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ index . 1 }}
      key: {{ index . 2 }}
      {{- if index . 3 }}
      optional: true
      {{- end }}
{{- end }}

{{- define "kelos.webhookEnv.github" -}}
env:
  {{- include "kelos.secretKeyEnv" (list "WEBHOOK_SECRET" .secretName "WEBHOOK_SECRET" false) | nindent 2 }}
  {{- /* A token or a GitHub App's credentials; the server uses whichever keys exist. */}}
  {{- with .githubSecretName }}
  {{- $secret := . }}
  {{- range $pair := list (list "GITHUB_TOKEN" "GITHUB_TOKEN") (list "GITHUB_APP_ID" "appID") (list "GITHUB_APP_INSTALLATION_ID" "installationID") (list "GITHUB_APP_PRIVATE_KEY" "privateKey") }}
  {{- include "kelos.secretKeyEnv" (list (index $pair 0) $secret (index $pair 1) true) | nindent 2 }}
  {{- end }}
  {{- end }}
{{- end }}

{{- define "kelos.webhookEnv.linear" -}}
env:
  {{- include "kelos.secretKeyEnv" (list "WEBHOOK_SECRET" .secretName "WEBHOOK_SECRET" false) | nindent 2 }}
  {{- with .apiKeySecretName }}
  {{- include "kelos.secretKeyEnv" (list "LINEAR_API_KEY" . "LINEAR_API_KEY" false) | nindent 2 }}
  {{- end }}
{{- end }}

{{- define "kelos.webhookEnv.generic" -}}
{{- with .secretName -}}
envFrom:
  - secretRef:
      name: {{ . }}
{{- end }}
{{- end }}
