import { type CSSVariablesResolver, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps white-on-primary and primary-on-white text above 4.5:1 (WCAG AA).
  primaryShade: { light: 8, dark: 5 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  headings: { fontWeight: '700' },
  components: {
    Table: { defaultProps: { fz: 'sm' } },
  },
});

// Mantine's default "dimmed" (gray.6) is 3.3:1 on white; gray.7 is 8:1.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Mantine's error red (red.6) is 3.5:1 on white; red.9 is above 5:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // Subtle buttons' hover background: blue.1 keeps their blue.8 text above 4.5:1.
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
  },
  dark: {},
});
