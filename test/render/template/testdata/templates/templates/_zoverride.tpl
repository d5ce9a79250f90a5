{{- define "overridden" -}}from zoverride{{- end -}}
{{- define "empty-later" -}}{{- end -}}
