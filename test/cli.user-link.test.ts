import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { graphql } from './gql/index.ts';
import { runCliInProcess } from './support/cli.ts';
import { appWithSignIn, browserPost } from './support/sessions.ts';

// The operator's first administrator signs in to the web app too: `user create` prints a link to choose
// a password (as an administrator's invitation does), and `user link` prints a new one (a reset once the
// person has a password). The link works once, on the page PUBLIC_URL names.

const PASSWORD = 'correct horse battery staple';
const SetPassword = graphql(`
  mutation CliLinkSetPassword($input: SetPasswordWithLinkInput!) {
    setPasswordWithLink(input: $input) { purpose viewer { name } }
  }
`);
const SignIn = graphql(`
  mutation CliLinkSignIn($input: SignInInput!) { signIn(input: $input) { viewer { name isAdmin } } }
`);
let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registry-user-link-'));
  file = join(dir, 'registry.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const linkIn = (out: string) => /(https?:\/\/\S+\/set-password#token=(vsl_\S+))/u.exec(out);

/** Uses the link's secret as the /set-password page does, then signs in with the password chosen. */
async function usePasswordLink(token: string, email: string) {
  const opened = openDatabase({ file });
  try {
    const app = appWithSignIn(opened.db, { now: new Date() });
    const set = await browserPost(app, SetPassword, { input: { token, password: PASSWORD } });
    const signIn = await browserPost(app, SignIn, { input: { email, password: PASSWORD } });
    return { set, signIn };
  } finally {
    opened.close();
  }
}

describe('cli: a link to sign in to the web app', () => {
  it('user create prints an invitation link at PUBLIC_URL that sets the password once, then signs in', async () => {
    const env = { REGISTRY_DB: file, PUBLIC_URL: 'https://registry.example.org' };
    const created = await runCliInProcess(
      ['user', 'create', '--admin', '--name', 'Ada Admin', '--email', 'ada@example.org'],
      env,
    );
    expect(created.code).toBe(0);
    const link = linkIn(created.out);
    expect(link?.[1]).toMatch(/^https:\/\/registry\.example\.org\/set-password#token=vsl_/u);
    // Printed to the operator, not sent: no notification holds the link.
    const opened = openDatabase({ file });
    expect(opened.db.$client.prepare('select count(*) from notifications').pluck().get()).toBe(0);
    opened.close();
    // The token stays the last line (scripts read it there).
    expect(created.out.trim().split('\n').at(-1)).toMatch(/^vsr_/u);
    const { set, signIn } = await usePasswordLink(link![2]!, 'ada@example.org');
    expect(set.errors).toBeUndefined();
    expect(set.data).toEqual({ setPasswordWithLink: { purpose: 'INVITATION', viewer: { name: 'Ada Admin' } } });
    expect(signIn.data).toEqual({ signIn: { viewer: { name: 'Ada Admin', isAdmin: true } } });
    // Used once: the same link is refused.
    const again = await usePasswordLink(link![2]!, 'ada@example.org');
    expect(again.set.errors?.[0]?.extensions?.code).toBe('LINK_INVALID');
  });

  it('user link prints a reset link for a person with a password, on localhost without PUBLIC_URL', async () => {
    const env = { REGISTRY_DB: file };
    const created = await runCliInProcess(['user', 'create', '--name', 'Lia Lab', '--email', 'lia@example.org'], env);
    await usePasswordLink(linkIn(created.out)![2]!, 'lia@example.org');
    const linked = await runCliInProcess(['user', 'link', '--email', 'LIA@example.org '], env);
    expect(linked.code).toBe(0);
    expect(linked.out).toContain('password reset');
    const link = linkIn(linked.out);
    expect(link?.[1]).toMatch(/^http:\/\/localhost:4000\/set-password#token=vsl_/u);
    const { set } = await usePasswordLink(link![2]!, 'lia@example.org');
    expect(set.data).toEqual({ setPasswordWithLink: { purpose: 'PASSWORD_RESET', viewer: { name: 'Lia Lab' } } });
  });

  it('user link for an unknown e-mail says so, exit code 1, and records nothing', async () => {
    const env = { REGISTRY_DB: file };
    await runCliInProcess(['migrate'], env);
    const linked = await runCliInProcess(['user', 'link', '--email', 'nobody@example.org'], env);
    expect(linked.code).toBe(1);
    expect(linked.err).toContain('nobody@example.org');
    const opened = openDatabase({ file });
    try {
      expect(opened.db.$client.prepare('select count(*) from account_links').pluck().get()).toBe(0);
    } finally {
      opened.close();
    }
  });
});
