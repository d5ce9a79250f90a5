import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import type { AgentType, Credentials } from '../api/index.js';

// The variable each agent reads its key from, per credential type, as the reference's
// apiKeyEnvVar and oauthEnvVar name them. Each key is also the Secret key it is read from.
const apiKeyVariables: Readonly<Record<AgentType, string>> = {
  'claude-code': 'ANTHROPIC_API_KEY',
  codex: 'CODEX_API_KEY',
  gemini: 'GEMINI_API_KEY',
  opencode: 'OPENCODE_API_KEY',
  cursor: 'CURSOR_API_KEY',
};

const oauthVariables: Readonly<Record<AgentType, string>> = {
  'claude-code': 'CLAUDE_CODE_OAUTH_TOKEN',
  codex: 'CODEX_AUTH_JSON',
  gemini: 'GEMINI_API_KEY',
  opencode: 'OPENCODE_API_KEY',
  cursor: 'CURSOR_API_KEY',
};

/** The variable an agent type reads its key from for a credential type; none for `none`. */
export function credentialVariable(
  type: AgentType,
  credentialType: Credentials['type'],
): string | undefined {
  switch (credentialType) {
    case 'api-key':
      return apiKeyVariables[type];
    case 'oauth':
      return oauthVariables[type];
    case 'none':
      return undefined;
  }
}

/**
 * The credential variables of the agent container: the agent's key from the Secret (same name
 * as the variable) for api-key and oauth; nothing for none, whose users bring their own through
 * podOverrides.env.
 */
export function credentialEnv(type: AgentType, credentials: Credentials): IEnvVar[] {
  const name = credentialVariable(type, credentials.type);
  if (name === undefined) {
    return [];
  }
  return [
    {
      name,
      valueFrom: { secretKeyRef: { name: credentials.secretRef?.name ?? '', key: name } },
    },
  ];
}
