import { useQuery } from '@tanstack/react-query';

async function loadNames(): Promise<Map<string, string>> {
  // EPA's parameter list is large: loaded on monitoring pages only, in its own chunk.
  const { PARAMETER_ROWS } = await import('@outfall/domain/reference/data/parameters.gen');
  const names = new Map<string, string>();
  for (const row of PARAMETER_ROWS) {
    const [code, description] = row.split('|');
    if (code && description) names.set(code, description);
  }
  return names;
}

/** EPA parameter code → description ("01042" → "Copper, total (as Cu)"); the code until loaded. */
export function useParameterNames(): (code: string) => string {
  const { data } = useQuery({
    queryKey: ['reference', 'parameter-names'],
    queryFn: loadNames,
    staleTime: Infinity,
  });
  return (code: string) => data?.get(code) ?? code;
}
