/**
 * Turns SDK errors into what the storage port promises: expected outcomes as codes, everything else as
 * an Error whose message says what to check. The SDK has already retried 429s and transient failures
 * by the time an error reaches here.
 */

/** The HTTP status of a Cosmos DB error response, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

function hintFor(error: unknown): string {
  const status = statusOf(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (status === 401) return 'Check COSMOS_KEY (the primary or secondary key of this account).';
  if (status === 403) {
    return 'Check the account firewall and network rules, and that the identity holds a Cosmos DB data role ' +
      '(Cosmos DB Built-in Data Contributor) on this account.';
  }
  if (status === 404) return 'Check COSMOS_DATABASE and that the containers exist.';
  if (status === 413) return 'A document is over the 2 MB limit; the case document needs splitting.';
  if (status === 429) return 'The account is throttling past the SDK retries; raise its throughput (RU/s).';
  if (typeof code === 'string' && /^(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN)$/.test(code)) {
    return 'Check COSMOS_ENDPOINT and that this host can reach it (DNS, firewall, private endpoint).';
  }
  if (typeof code === 'string' && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return 'The TLS certificate of COSMOS_ENDPOINT is not trusted; check the endpoint and the CA certificates.';
  }
  return 'Check COSMOS_ENDPOINT, the key or managed identity, and the account firewall.';
}

/** An Error naming the failed operation, the status and what to check; the SDK error is its cause. */
export function cosmosFailure(operation: string, error: unknown): Error {
  const status = statusOf(error) ?? (error as { code?: unknown } | null)?.code ?? 'no status';
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new Error(`Cosmos DB ${operation} failed (${String(status)}): ${message}. ${hintFor(error)}`, { cause: error });
}
