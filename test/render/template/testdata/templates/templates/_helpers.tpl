{{- define "greet" -}}
hello {{ . }}
{{- end -}}

{{- define "names" -}}
{{ range . }}<{{ . }}>{{ end }}
{{- end -}}

{{- define "nodot" -}}
[{{ . }}]
{{- end -}}

{{- define "vars" -}}
{{ $ }} {{ $x := 1 }}{{ $x }}
{{- end -}}

{{- define "overridden" -}}from helpers{{- end -}}

{{- define "recurse" -}}
{{ if . }}{{ len . }}{{ template "recurse" (slice . 1) }}{{ end }}
{{- end -}}
