// Read-only access to the engine REST API with the Cockpit user's session: the engine applies
// that user's authorizations, so the plugin shows only what the user may read.

export function engine(api) {
  const base = api.engineApi;

  async function send(method, path, params, body) {
    const query = params ? '?' + new URLSearchParams(params).toString() : '';
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['X-XSRF-TOKEN'] = api.CSRFToken; // a query sent as POST still needs Cockpit's CSRF token
    }
    const response = await fetch(base + path + query, {
      method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      let message = text;
      try { message = JSON.parse(text).message || text; } catch { /* not JSON */ }
      const error = new Error(`${response.status} ${path}: ${message}`);
      error.status = response.status;
      throw error;
    }
    return text ? JSON.parse(text) : null;
  }

  return {
    get: (path, params) => send('GET', path, params),
    /** POST only to the engine's query endpoints (history/process-instance): it changes nothing. */
    query: (path, params, body) => send('POST', path, params, body),
  };
}
