{{- define "empty-later" -}}kept{{- end -}}
