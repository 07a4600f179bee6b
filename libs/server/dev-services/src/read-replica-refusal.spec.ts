import { describe, expect, it } from 'vitest';
import { isReplicationRefusal } from './read-replica';

const failed = (stderr: string) => Object.assign(new Error('Command failed'), { stderr });

describe('isReplicationRefusal', () => {
  it('names the server refusing replication as a refusal', () => {
    for (const stderr of [
      'pg_basebackup: error: connection to server at "127.0.0.1", port 5432 failed: FATAL:  no pg_hba.conf entry for replication connection from host "127.0.0.1", user "postgres", no encryption',
      'FATAL:  must be superuser or replication role to start walsender',
      'FATAL:  permission denied to start WAL sender',
      'FATAL:  role "replicator" is not permitted to log in',
    ])
      expect(isReplicationRefusal(failed(stderr)), stderr).toBe(true);
  });

  it('does not take a transient failure that mentions replication for a refusal', () => {
    for (const stderr of [
      'FATAL:  number of requested standby connections exceeds max_wal_senders (currently 10)',
      'pg_basebackup: error: could not send replication command "TIMELINE_HISTORY": server closed the connection unexpectedly',
      'pg_basebackup: error: could not read COPY data: could not receive data from server',
    ])
      expect(isReplicationRefusal(failed(stderr)), stderr).toBe(false);
  });
});
