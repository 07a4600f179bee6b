import { Modal, Text } from '@mantine/core';
import { sessionStore, useSession, useSessionExpired } from '@claimlane/web-data-access';
import { SignInForm } from './sign-in-form';

/**
 * Shown over the open page when the refresh token stopped working: signing in again keeps the page
 * (and whatever the user typed); they submit again once the modal closes.
 */
export function SessionExpiredModal() {
  const expired = useSessionExpired();
  const session = useSession();
  return (
    <Modal
      opened={expired}
      onClose={() => sessionStore.set(null)}
      title="Your session expired"
      closeOnClickOutside={false}
    >
      <Text size="sm" mb="sm">
        Sign in again to continue. Your unsaved work on this page stays as it is.
      </Text>
      <SignInForm initialEmail={session?.user.email ?? ''} onSignedIn={() => undefined} />
    </Modal>
  );
}
