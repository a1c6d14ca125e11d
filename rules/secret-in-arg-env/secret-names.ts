// Which ARG/ENV names look like secrets, to hadolint (DL3064: a list of names plus substrings) and to
// BuildKit (SecretsUsedInArgOrEnv: a token at either end of the name or between underscores,
// unless an allowed token is there too). The two disagree on many names; each keeps its own list.

/** hadolint's knownSensitiveNames (src/Hadolint/Rule/DL3064.hs), compared upper-cased */
const HADOLINT_NAMES = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'BITTREX_API_KEY',
  'BITTREX_API_SECRET', 'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD', 'CI_DEPLOY_USER', 'DOCKERHUB_PASSWORD',
  'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME', 'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET',
  'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN',
  'HEROKU_API_KEY', 'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN', 'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET', 'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME', 'POSTGRES_PASSWORD', 'SLACK_TOKEN',
  'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME', 'TRAVIS_OS_NAME', 'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN',
]);
/** hadolint's suspiciousSubstrings, compared lower-cased */
const HADOLINT_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username'];

/** BuildKit's getSecretsRegex (frontend/dockerfile/dockerfile2llb/validations.go) */
const BUILDKIT_DENY = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const BUILDKIT_ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;

/** words that make a name public key material (a signing key's fingerprint) or a place (where a secret is), not a secret */
const NOT_A_SECRET = /(?:_|^)(?:gpg|pgp|signing|fingerprints?|dir|path|url)(?:_|$)|(?:_|^)release_keys?$/i;
/** what BuildKit's `key` word alone flags: nothing stronger (token, password, secret, …) in the name */
const ONLY_KEY = /^(?:[^_]+_)*keys?(?:_[^_]+)*$/i;
const STRONGER = /(?:_|^)(?:apikey|api_key|auth|credentials?|password|pword|passwd|secret|token|private|client_key)(?:_|$)/i;
/** one or more OpenPGP key ids or fingerprints (8, 16 or 40 hex digits, `0x` optional) */
const KEY_IDS = /^(?:(?:0x)?(?:[0-9a-f]{40}|[0-9a-f]{16}|[0-9a-f]{8})(?:[\s,]+|$))+$/i;

/**
 * Names both lists flag that are not secrets, as dflint reads them: public key material
 * (`GPG_KEY`, `SWIFT_SIGNING_KEY`, `GHC_RELEASE_KEY`, a `…_KEY` holding key fingerprints), places
 * (`KEY_DIR`, `…_PASSWORD_PATH`), and the container user's name in a bare `USERNAME`.
 * `value`: the value as BuildKit stores it, when there is one.
 */
export function notASecret(name: string, value: string | undefined): boolean {
  if (NOT_A_SECRET.test(name) || /^user_?name$/i.test(name)) return true;
  return value !== undefined && ONLY_KEY.test(name) && !STRONGER.test(name) && KEY_IDS.test(value.trim());
}

export function hadolintFlags(name: string): boolean {
  const lower = name.toLowerCase();
  return HADOLINT_NAMES.has(name.toUpperCase()) || HADOLINT_SUBSTRINGS.some((part) => lower.includes(part));
}

export function buildkitFlags(name: string): boolean {
  return BUILDKIT_DENY.test(name) && !BUILDKIT_ALLOW.test(name);
}
