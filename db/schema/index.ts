export * from './enums';
export * from './accounts';
export * from './taxonomy';
export * from './threads';
export * from './moderation';
export * from './conduct';
export * from './experts';
export * from './notifications';
