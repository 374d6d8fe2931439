// Names are shown beside posts and inside notifications. A name that reads as
// the anonymous label ("匿名用户 · K7QM"), as the deleted-account marker or as
// a staff title would let a member pass as someone they are not: as an
// anonymous poster in a notification, or as a moderator giving orders. Staff
// are marked by a role badge the forum draws, never by their chosen name.

const reservedFragments = [
  '匿名',
  '已注销',
  '管理员',
  '版主',
  '站长',
  '官方',
  '客服',
  'moderator',
  'admin',
  'official',
  'anonymous',
];

/** Width, case, spaces, dots and invisible characters removed: "Ａｄ m.i n" reads as "admin". */
function plain(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cf}\p{Z}\s\p{P}\p{S}]/gu, '');
}

/** True when the name imitates the anonymous label, the deleted-account marker or a staff title. */
export function isImpersonatingName(name: string): boolean {
  const text = plain(name);
  return reservedFragments.some((fragment) => text.includes(fragment));
}
