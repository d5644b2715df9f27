// What PostgreSQL said when it refused a statement, so that a test can assert the
// specific rule (SQLSTATE and constraint or trigger message) instead of "any error":
// a test that accepts any error keeps passing when its rule is gone and another
// one happens to refuse the same statement.

export interface DbRefusal {
  /** SQLSTATE, e.g. 23514 (check_violation), 23505 (unique_violation), 23000 (our triggers) */
  code: string;
  message: string;
  /** the constraint or index the message names, if any */
  constraint: string | null;
}

type Cause = { code?: string; originalCode?: string; message?: string; originalMessage?: string };

/**
 * The refusal behind a Prisma error. Through @prisma/adapter-pg a raw PostgreSQL
 * error arrives as a DriverAdapterError with the error in `cause`; errors Prisma
 * knows (unique violations, P2002) carry it in `meta.driverAdapterError.cause`.
 */
export function refusalOf(error: unknown): DbRefusal | null {
  const e = error as { cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } } | null;
  const cause = e?.meta?.driverAdapterError?.cause ?? e?.cause;
  const code = cause?.originalCode ?? cause?.code;
  const message = cause?.originalMessage ?? cause?.message;
  if (!code || !message) return null;
  return { code, message, constraint: /constraint "([^"]+)"/.exec(message)?.[1] ?? null };
}

/** Awaits a statement that must be refused and returns what PostgreSQL said. */
export async function refusal(statement: PromiseLike<unknown>): Promise<DbRefusal> {
  let result: unknown;
  try {
    result = await statement;
  } catch (error) {
    const found = refusalOf(error);
    if (!found) throw new Error(`expected a refusal by PostgreSQL, got: ${String(error)}`, { cause: error });
    return found;
  }
  throw new Error(`expected PostgreSQL to refuse the statement, but it succeeded: ${JSON.stringify(result)?.slice(0, 200)}`);
}
