{{- define "helper" -}}
{{ .Values.n.deep }}
{{- end -}}
