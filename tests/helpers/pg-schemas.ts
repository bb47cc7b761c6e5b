// Schemas of the PostgreSQL test database that a test file's stores live in, dropped after it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Names fresh schemas (PostgresStore creates each when it opens) and drops them all at the end. */
export class TestSchemas {
  private readonly names: string[] = [];

  constructor(private readonly url: string | undefined) {}

  /** A new schema name, dropped by {@link dropAll}. */
  next(): string {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    this.names.push(schema);
    return schema;
  }

  async dropAll(): Promise<void> {
    if (!this.url || this.names.length === 0) return;
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    for (const s of this.names) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await client.end();
  }
}
