export * from './sign-in-page';
export * from './sign-in-form';
export * from './sign-up-page';
export * from './create-workspace-page';
export * from './accept-invitation-page';
export * from './workspace-switcher';
export * from './session-expired-modal';
export * from './validation';
