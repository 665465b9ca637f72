import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AuthCardProps {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
}

/** The centred card of the pages seen before signing in (login, accepting an invitation). */
export function AuthCard({ title, subtitle, children }: AuthCardProps) {
  return (
    <Center component="main" id="main" mih="100dvh" p="md" bg="gray.1">
      <Box w="100%" maw={420}>
        <Text fw={700} size="xl" ta="center" mb="md" c="blue.9">
          Outfall
        </Text>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Stack gap="md">
            <div>
              <Title order={1} size="h2">
                {title}
              </Title>
              {subtitle ? (
                <Text c="dimmed" size="sm" mt={4}>
                  {subtitle}
                </Text>
              ) : null}
            </div>
            {children}
          </Stack>
        </Paper>
      </Box>
    </Center>
  );
}
