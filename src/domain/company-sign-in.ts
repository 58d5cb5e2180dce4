// A company's own identity provider (SAML or OIDC through Identity Platform), switched on by one
// line of configuration: VITE_COMPANY_SIGN_IN="saml.acme-idp Acme", the provider id the Firebase
// console shows, then the name on the sign-in button. See the README, "Sign-in".

export interface CompanySignIn {
  /** Identity Platform's provider id: `saml.…` or `oidc.…`. */
  readonly providerId: string;
  /** The name on the button: "Continuer avec Acme". */
  readonly name: string;
}

const LINE = /^\s*((?:saml|oidc)\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)\s+(\S.{0,39}?)\s*$/;

/** The company's provider from its configuration line; null when absent, a problem when malformed. */
export function parseCompanySignIn(
  line: string | undefined,
): CompanySignIn | null | { readonly problem: string } {
  if (line === undefined || line.trim() === '') return null;
  const match = LINE.exec(line);
  if (!match?.[1] || !match[2]) {
    return {
      problem:
        `VITE_COMPANY_SIGN_IN="${line}" is not a provider id then a name: write, for example, ` +
        'VITE_COMPANY_SIGN_IN="saml.acme-idp Acme" (the id starts with saml. or oidc.; the name ' +
        'has at most 40 characters).',
    };
  }
  return { providerId: match[1], name: match[2] };
}
