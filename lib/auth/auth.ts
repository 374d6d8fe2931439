import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { verifyCredentials } from '../accounts/queries';
import { getDatabase } from '../dal/database';
import { env } from '../env';
import { isAppError } from '../errors';

class BannedSignin extends CredentialsSignin {
  code = 'banned';
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
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/signin' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials) {
          try {
            const result = await verifyCredentials(await getDatabase(), {
              email: String(credentials?.email ?? ''),
              password: String(credentials?.password ?? ''),
            });
            if (!result) return null;
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
