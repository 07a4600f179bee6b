import pg from 'pg';

/**
 * Counts the SQL statements every `pg` client of this process sends while `fn` runs (the test API runs
 * in-process, so this sees exactly what one request costs). BEGIN, set_config and COMMIT count too.
 */
export async function countStatements<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; count: number; texts: string[] }> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const texts: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    const text = typeof q === 'string' ? q : ((q as { text?: string } | null)?.text ?? '');
    // Multi-statement strings (BEGIN; select set_config…) are one round trip but several statements.
    for (const part of text.split(';')) if (part.trim()) texts.push(part.trim().slice(0, 80));
    return original.apply(this, args);
  };
  try {
    const result = await fn();
    return { result, count: texts.length, texts };
  } finally {
    proto.query = original;
  }
}
