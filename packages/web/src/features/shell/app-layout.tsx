import {
  Anchor,
  AppShell,
  Box,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS, SIGNATORY_LABELS } from '../../ui/labels';
import { activeMembership, useCurrentSession, useLogout } from '../auth/use-session';
import { NotificationBell } from '../notifications/notification-bell';
import { GlobalSearch } from '../search/global-search';
import classes from './app-layout.module.css';
import { navigationFor } from './navigation';
import { OrganizationSwitcher } from './organization-switcher';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The signed-in frame: header with the organization switcher, navigation, and the page. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const session = useCurrentSession();
  const membership = activeMembership(session);
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = navigationFor(membership);

  const signOut = () => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main" className={classes.skipLink}>
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <Anchor component={Link} to="/" fw={800} size="lg" c="blue.9" underline="never">
              Outfall
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap" miw={0}>
            <GlobalSearch />
            <NotificationBell />
            <Box visibleFrom="sm" miw={0}>
              <OrganizationSwitcher inHeader />
            </Box>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="app-navigation" aria-label="Main navigation" component="nav">
        <Box hiddenFrom="sm" mb="md">
          <OrganizationSwitcher />
        </Box>
        <AppShell.Section grow component={ScrollArea}>
          {items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={isActive(pathname, item.to)}
              aria-current={isActive(pathname, item.to) ? 'page' : undefined}
              onClick={close}
              variant="filled"
              className={classes.navLink}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section pt="sm" className={classes.userSection}>
          <Stack gap={4}>
            <Text size="sm" fw={600} truncate="end" data-testid="current-user">
              {session.user.name}
            </Text>
            <Text size="xs" c="dimmed" truncate="end">
              {session.user.email}
            </Text>
            {membership ? (
              <Text size="xs" c="dimmed" truncate="end">
                {ROLE_LABELS[membership.role]}
                {membership.signatory ? ` · ${SIGNATORY_LABELS[membership.signatory]}` : ''}
              </Text>
            ) : null}
            <Button variant="default" size="sm" mt="xs" onClick={signOut} loading={logout.isPending}>
              Sign out
            </Button>
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <Box maw={1200} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
