{{/* The chart's name, overridable. */}}
{{- define "realistic.name" -}}
{{- if .Values.nameOverride }}{{ .Values.nameOverride }}{{ else }}realistic{{ end -}}
{{- end }}

{{- define "realistic.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{ .Values.fullnameOverride }}
{{- else -}}
{{ .Release.Name }}-{{ template "realistic.name" . }}
{{- end -}}
{{- end }}

{{- define "realistic.selectorLabels" -}}
app.kubernetes.io/name: {{ template "realistic.name" . }}
    app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "realistic.labels" -}}
{{ template "realistic.selectorLabels" . }}
    app.kubernetes.io/managed-by: {{ .Release.Service }}
    app.kubernetes.io/version: {{ printf "%q" .Values.image.tag }}
{{- end }}
