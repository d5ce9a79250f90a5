{{- define "lib.name" -}}lib-{{ .Chart.Name }}{{- end -}}
