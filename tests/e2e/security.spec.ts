import { expect, test } from './fixtures';

test('a request without the token is refused and changes nothing', async ({ host, request }) => {
  const refused = await request.post(`${host.origin}/api/import.start`, {
    data: { sources: [{ kind: 'path', path: '/etc/hostname' }] },
  });
  expect(refused.status()).toBe(401);
  const page = await request.get(`${host.origin}/`);
  expect(page.status()).toBe(401);
  const info = await request.post(`${host.origin}/api/notebook.info`, { data: {}, headers: { 'x-dossier-token': host.token } });
  expect(await info.json()).toMatchObject({ ok: true, value: { documents: 0, trash: 0 } });
});

test('opening the app without the token explains what to do', async ({ page, host }) => {
  const response = await page.goto(host.origin);
  expect(response?.status()).toBe(401);
  await expect(page.locator('body')).toContainText('npm run web');
});
