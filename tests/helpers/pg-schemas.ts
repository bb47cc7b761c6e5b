// Schemas of the PostgreSQL test database that a test file's stores live in, dropped after it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-schema.js';

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

/** A client on a new schema `schema` holding the first `versions` migrations, as an older arxivist left it. */
export async function postgresAtVersion(url: string, schema: string, versions: number): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"; SET search_path = "${schema}"`);
  await client.query(
    'CREATE TABLE arxivist_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
  );
  for (const [i, m] of POSTGRES_MIGRATIONS.slice(0, versions).entries()) {
    await client.query(m);
    await client.query('INSERT INTO arxivist_migrations (version) VALUES ($1)', [i + 1]);
  }
  return client;
}
