{{- define "helm.name" -}}{{ .Release.Name }}-app{{- end }}
{{- define "helm.twice" -}}{{ include "helm.name" . }}/{{ include "helm.name" . }}{{- end }}
{{- define "helm.show" }}[{{ . }}|{{ .Capabilities }}|{{ printf "%v" . }}|{{ kindOf . }}]{{ end -}}
