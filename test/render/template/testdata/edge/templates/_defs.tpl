{{- define "later" -}}later {{ .Template.Name }}{{- end -}}
{{- define "blockdefault" -}}overridden by a define{{- end -}}
{{- define "dollar" -}}{{ $ }}|{{ $.k }}{{- end -}}
