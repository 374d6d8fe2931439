/**
 * Tunable community rules. Services take these as an argument (the DAL
 * passes the values from the environment), so tests can set them directly.
 */
export interface ForumSettings {
  /** Distinct members whose reports hide a post until a moderator decides. */
  reportHideThreshold: number;
  /** Accounts younger than this are in the new-user sandbox… */
  newUserMinAgeHours: number;
  /** …as are accounts with fewer published posts than this. */
  newUserMinPublishedPosts: number;
}

export const defaultSettings: ForumSettings = {
  reportHideThreshold: 3,
  newUserMinAgeHours: 72,
  newUserMinPublishedPosts: 2,
};
