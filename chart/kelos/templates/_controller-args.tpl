{{- /*
The controller's command line, as a YAML list. The controller starts agent, spawner and ghproxy
containers itself, so it is told their images, the shared pull policy and their resources; each
flag appears only when its value is set, so the controller's own defaults apply otherwise.
*/ -}}
{{- define "kelos.controllerArgs" -}}
{{- $args := list "--leader-elect" }}
{{- $agents := list (list "claude-code" .Values.claudeCodeImage) (list "codex" .Values.codexImage) (list "gemini" .Values.geminiImage) (list "opencode" .Values.opencodeImage) (list "cursor" .Values.cursorImage) }}
{{- $workloads := concat $agents (list (list "spawner" .Values.spawner.image .Values.spawner.resources) (list "ghproxy" .Values.ghproxy.image .Values.ghproxy.resources)) }}
{{- range $workload := $workloads }}
{{- $name := index $workload 0 }}
{{- $args = append $args (printf "--%s-image=%s" $name (include "kelos.image" (list $ (index $workload 1)))) }}
{{- with $.Values.image.pullPolicy }}
{{- $args = append $args (printf "--%s-image-pull-policy=%s" $name .) }}
{{- end }}
{{- if gt (len $workload) 2 }}
{{- with (index $workload 2).requests }}
{{- $args = append $args (printf "--%s-resource-requests=%s" $name .) }}
{{- end }}
{{- with (index $workload 2).limits }}
{{- $args = append $args (printf "--%s-resource-limits=%s" $name .) }}
{{- end }}
{{- end }}
{{- end }}
{{- with .Values.ghproxy.cacheTTL }}
{{- $args = append $args (printf "--ghproxy-cache-ttl=%s" .) }}
{{- end }}
{{- toYaml $args }}
{{- end }}
