import { sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Member } from '../auth/viewer';
import { systemClock, type Clock } from '../clock';
import { AppError } from '../errors';
import { maskPersonalData } from '../privacy/mask-personal-data';
import { toFieldErrors, type Untrusted } from '../validation';
import { hashPassword } from './passwords';
import { signUpSchema, type SignUpInput } from './schemas';

export interface RegisterOptions {
  /** The configured first admin's e-mail (ADMIN_EMAIL); that account starts as admin. */
  adminEmail?: string;
  clock?: Clock;
}

export async function registerUser(db: Database, input: Untrusted<SignUpInput>, options: RegisterOptions = {}): Promise<Member> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) throw new AppError('invalid_input', toFieldErrors(parsed.error));
  const { email, handle, password } = parsed.data;
  const displayName = maskPersonalData(parsed.data.displayName).text;

  const taken = await db
    .select({ email: users.email, handle: users.handle })
    .from(users)
    .where(sql`lower(${users.email}) = ${email} or lower(${users.handle}) = ${handle}`);
  if (taken.length) {
    const fieldErrors: Record<string, string[]> = {};
    if (taken.some((u) => u.email.toLowerCase() === email)) fieldErrors.email = ['email_taken'];
    if (taken.some((u) => u.handle.toLowerCase() === handle)) fieldErrors.handle = ['handle_taken'];
    throw new AppError('conflict', fieldErrors);
  }

  const role = options.adminEmail && options.adminEmail.toLowerCase() === email ? 'admin' : 'member';
  const passwordHash = await hashPassword(password);
  const inserted = await db
    .insert(users)
    .values({ email, handle, displayName, passwordHash, role, createdAt: (options.clock ?? systemClock)() })
    .onConflictDoNothing()
    .returning({ id: users.id, role: users.role, handle: users.handle, displayName: users.displayName });
  // A concurrent sign-up won the unique index between the check and the insert.
  if (!inserted[0]) throw new AppError('conflict', { email: ['email_taken'] });
  return inserted[0];
}
