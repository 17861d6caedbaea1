import { Flex, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useLive } from '../db/live-query';
import { AutoBackupProvider } from '../features/backup/AutoBackupProvider';
import { DemoLoaderProvider } from '../features/demo/DemoLoaderProvider';
import { SyncWhileSignedIn } from '../features/sync/use-desk-sync';
import { useCloseForgottenSignOuts } from '../features/volunteers/use-forgotten-sign-outs';
import { AppShell } from './AppShell';
import { APP_NAME } from './screens';
import { StaffGate } from './StaffGate';
import { useDeskStatus, useFirstScreen, useRepos } from './desk-context';

// Asked once per desk: its form, checkbox and center-profile fields stay out of the daily first screen.
const SetupScreen = lazy(() =>
  import('../features/setup/SetupScreen').then((m) => ({ default: m.SetupScreen })),
);

function Waiting() {
  return (
    <Flex align="center" justify="center" style={{ height: '100%' }}>
      <Spin />
    </Flex>
  );
}

/**
 * The root route: first-run setup until the center profile exists, then the shell. The demo loader
 * sits above both so its progress dialog survives the switch from setup to shell.
 */
export function DeskLayout() {
  const repos = useRepos();
  const { readOnly } = useDeskStatus();
  // Wrapped in an object: a bare `undefined` would not tell "still reading" from "not set".
  const first = useFirstScreen();
  const setup = useLive(
    async () => ({ profile: await repos.settings.get('centerProfile') }),
    [repos],
    first && { profile: first.profile },
  );
  useCloseForgottenSignOuts();

  if (!setup) return <Waiting />;
  // A read-only database cannot take the setup answers, so it is shown as it is.
  const needsSetup = !setup.profile && !readOnly;
  return (
    <DemoLoaderProvider>
      {needsSetup ? (
        <Suspense fallback={<Waiting />}>
          <SetupScreen />
        </Suspense>
      ) : (
        <AutoBackupProvider>
          {readOnly ? (
            // A newer app's database cannot record sign-ins: it is shown as it is, read-only.
            <AppShell profile={setup.profile} />
          ) : (
            // A desk set up just now has staff the boot did not read: its gate reads for itself.
            <StaffGate
              centerName={setup.profile?.name ?? APP_NAME}
              first={first?.profile ? first : undefined}
            >
              <SyncWhileSignedIn />
              <AppShell profile={setup.profile} />
            </StaffGate>
          )}
        </AutoBackupProvider>
      )}
    </DemoLoaderProvider>
  );
}
