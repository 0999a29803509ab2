import nock from 'nock';
import { INSTALLATION_ID } from './payloads.ts';

/**
 * A small recording of GitHub for app tests: each helper sets one expected request, and
 * `writes` collects every body the app sent, so tests assert on outcomes.
 */
export function github() {
  const api = nock('https://api.github.com');
  const writes: { method: string; path: string; body: unknown }[] = [];
  // nock calls a body matcher once per matching request: a convenient place to record it.
  const record = (method: string) => (body: unknown) => {
    writes.push({ method, path: '', body });
    return true;
  };
  return {
    api,
    writes,
    /** Installation token and the App's own identity (asked once per process). */
    auth() {
      api
        .post(`/app/installations/${INSTALLATION_ID}/access_tokens`)
        .reply(201, { token: 'ghs_test', expires_at: '2999-01-01T00:00:00Z' });
      return this;
    },
    self() {
      api.get('/app').reply(200, { id: 123, slug: 'incident-scribe' });
      return this;
    },
    config(text: string | undefined, orgText?: string) {
      const path = (repo: string) => (uri: string) =>
        decodeURIComponent(uri) === `/repos/acme/${repo}/contents/.github/incident-scribe.yml`;
      if (text === undefined) {
        api.get(path('shop')).reply(404, { message: 'Not Found' });
        if (orgText === undefined) api.get(path('.github')).reply(404, { message: 'Not Found' });
        else api.get(path('.github')).reply(200, orgText);
      } else {
        api.get(path('shop')).reply(200, text);
      }
      return this;
    },
    /** The issue's REST timeline; comments in it are given as comment() objects. */
    timeline(issue: number, list: (ReturnType<typeof comment> | Record<string, unknown>)[]) {
      api
        .get(`/repos/acme/shop/issues/${issue}/timeline`)
        // The first page, asked for by number or not (the port's cache asks for it by number).
        .query((q) => q.per_page === '100' && (q.page === undefined || q.page === '1'))
        .reply(
          200,
          list.map((item) =>
            'event' in item ? item : { event: 'commented', actor: item.user, ...item },
          ),
        );
      return this;
    },
    comments(issue: number, list: unknown[]) {
      api
        .get(`/repos/acme/shop/issues/${issue}/comments`)
        .query({ per_page: 100 })
        .reply(200, list);
      return this;
    },
    labels(issue: number, names: string[]) {
      api
        .get(`/repos/acme/shop/issues/${issue}/labels`)
        .query({ per_page: 100 })
        .reply(
          200,
          names.map((name) => ({ name })),
        );
      return this;
    },
    addLabels(issue: number) {
      api.post(`/repos/acme/shop/issues/${issue}/labels`, record('POST labels')).reply(200, []);
      return this;
    },
    removeLabel(issue: number, name: string) {
      api.delete(`/repos/acme/shop/issues/${issue}/labels/${name}`).reply(() => {
        writes.push({ method: 'DELETE label', path: name, body: null });
        return [200, []];
      });
      return this;
    },
    createComment(issue: number, id = 1000) {
      api
        .post(`/repos/acme/shop/issues/${issue}/comments`, record('POST comment'))
        .reply(201, (_uri, body) => comment(id, (body as { body: string }).body));
      return this;
    },
    updateComment(id: number) {
      api
        .patch(`/repos/acme/shop/issues/comments/${id}`, record('PATCH comment'))
        .reply(200, (_uri, body) => comment(id, (body as { body: string }).body));
      return this;
    },
  };
}

/** A `labeled` item of the REST timeline. */
export function labeled(name: string, at: string, login = 'alice') {
  return { event: 'labeled', label: { name }, created_at: at, actor: { login, type: 'User' } };
}

/** A comment as GitHub returns it; by default authored by the scribe. */
export function comment(
  id: number,
  body: string,
  user = { login: 'incident-scribe[bot]', type: 'Bot' },
) {
  return {
    id,
    body,
    user,
    created_at: '2024-01-15T10:15:00Z',
    updated_at: '2024-01-15T10:15:00Z',
    html_url: `https://github.com/acme/shop/issues/1#issuecomment-${id}`,
  };
}
