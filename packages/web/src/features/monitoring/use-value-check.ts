import { useDebouncedValue } from '@mantine/hooks';
import type { CheckValueInput } from '@outfall/domain/contracts/index';
import { useQuery } from '@tanstack/react-query';
import { checkValue } from './use-monitoring';

/** The as-you-type check of one value, 250 ms after the last keystroke; null while nothing is typed. */
export function useValueCheck(input: CheckValueInput | null) {
  const [settled] = useDebouncedValue(input, 250);
  const ready = settled !== null && settled.value.trim() !== '' && settled.unit.trim() !== '';
  return useQuery({
    queryKey: ['monitoring', 'check', settled],
    queryFn: () => checkValue(settled!),
    enabled: ready,
    staleTime: 30_000,
    placeholderData: (previous) => (ready ? previous : undefined),
  });
}
