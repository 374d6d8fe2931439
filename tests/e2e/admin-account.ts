/** The e2e admin: created before the server starts and promoted with `npm run admin -- promote`. */
export const E2E_ADMIN = {
  handle: 'e2e_admin',
  displayName: '测试站务员',
  password: 'a very long password',
  email: '',
};
