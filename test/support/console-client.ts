import request from 'supertest';

/**
 * The staff console as a browser without JavaScript uses it: a page with the session
 * cookie; a form posted URL-encoded from the console's own origin (the CSRF check wants
 * the Origin header).
 */
export const consolePage = (baseUrl: string, session: string, path: string) =>
  request(baseUrl).get(path).set('Cookie', `qf_session=${session}`);

export const consoleForm = (baseUrl: string, session: string, path: string, form: Record<string, string | string[]>) =>
  request(baseUrl).post(path).set('Cookie', `qf_session=${session}`).set('Origin', baseUrl).type('form').send(form);
