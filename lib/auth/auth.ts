import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { verifyCredentials } from '../accounts/queries';
import { getDatabase } from '../dal/database';
import { rateLimiter } from '../dal/rate-limit';
import { clientIp } from '../rate-limit/client-ip';
import { env } from '../env';
import { isAppError } from '../errors';

class BannedSignin extends CredentialsSignin {
  code = 'banned';
}

class RateLimitedSignin extends CredentialsSignin {
  code = 'rate_limited';
}

// Credentials sign-in with JWT sessions. The token carries only the user id
// and the session version; who the user is *now* (role, ban) is re-read by
// the data-access layer on every request (lib/dal/viewer.ts).
// Built lazily so that importing this module never touches env or database.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = env();
  return {
    secret: config.AUTH_SECRET,
    trustHost: config.AUTH_TRUST_HOST,
    // Cookies: Auth.js's defaults are what we want, so there is deliberately
    // no `useSecureCookies` or `cookies` override. Every cookie is HttpOnly
    // and SameSite=Lax; Secure (with the __Secure-/__Host- name prefixes)
    // follows the request's scheme, including X-Forwarded-Proto from a
    // TLS-terminating proxy. Tying Secure to NODE_ENV instead would make
    // `next start` on http://127.0.0.1 (the e2e tests) set cookies the
    // browser never sends back. tests/e2e/security.spec.ts checks both schemes.
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/signin' },
    providers: [
      Credentials({
        // `login` is a handle or a verified e-mail address.
        credentials: { login: {}, password: {} },
        // Limits live here, not in the sign-in form's action, because the
        // Auth.js callback endpoint can be posted to directly.
        async authorize(credentials, request) {
          const login = String(credentials?.login ?? '')
            .trim()
            .slice(0, 254);
          const limiter = rateLimiter();
          // A locked account is refused before its password is checked, or a
          // correct guess would still get in.
          if (login && !(await limiter.peek('signInPerAccount', login)).ok) throw new RateLimitedSignin();
          if (!(await limiter.consume('signInPerIp', clientIp(request.headers, { trustProxy: config.TRUST_PROXY }))).ok) {
            throw new RateLimitedSignin();
          }
          try {
            const result = await verifyCredentials(await getDatabase(), { login, password: String(credentials?.password ?? '') });
            // Unknown logins count too, so the answer never tells which accounts exist.
            if (!result) {
              if (login) await limiter.consume('signInPerAccount', login);
              return null;
            }
            await limiter.reset('signInPerAccount', login);
            return { id: String(result.member.id), sessionVersion: result.sessionVersion };
          } catch (error) {
            if (isAppError(error) && error.code === 'banned') throw new BannedSignin();
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        }
        return token;
      },
      session({ session, token }) {
        // Only ids go to the session object; nothing about the user's e-mail.
        return {
          expires: session.expires,
          uid: typeof token.uid === 'number' ? token.uid : undefined,
          sv: typeof token.sv === 'number' ? token.sv : undefined,
        } as unknown as typeof session;
      },
    },
  };
});
