/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  readonly VITE_USE_EMULATORS?: string;
  readonly VITE_FIREBASE_PROJECT_ID: string;
  readonly VITE_FIREBASE_API_KEY: string;
  readonly VITE_FIREBASE_AUTH_DOMAIN?: string;
  readonly VITE_FIREBASE_APP_ID?: string;
  readonly VITE_FUNCTIONS_REGION?: string;
  /** reCAPTCHA Enterprise site key: when set, the app sends App Check tokens. */
  readonly VITE_APP_CHECK_SITE_KEY?: string;
  /** A company's own Microsoft Entra ID tenant (its id or domain), when only its accounts may sign in. */
  readonly VITE_MICROSOFT_TENANT?: string;
  /** A company's own identity provider: its id then the button's name, "saml.acme-idp Acme". */
  readonly VITE_COMPANY_SIGN_IN?: string;
}

declare const __EMULATOR_PORTS__: { auth: number; firestore: number; functions: number };
