import { Alert, List } from '@mantine/core';
import { isApiError } from '../api/client';
import { errorMessage } from './error-alert';

interface FieldIssuesProps {
  error: unknown;
  title: string;
  /** Field paths already shown next to their inputs. */
  shownPaths?: readonly string[];
}

/** A refused request with every field the server named ('limitSets[0].limits[3].value: …'). */
export function FieldIssues({ error, title, shownPaths = [] }: FieldIssuesProps) {
  if (!error) return null;
  const fields = isApiError(error) ? error.fields.filter((f) => !shownPaths.includes(f.path)) : [];
  return (
    <Alert color="red" variant="outline" title={title} role="alert">
      {errorMessage(error)}
      {fields.length > 0 ? (
        <List size="sm" mt="xs">
          {fields.map((f) => (
            <List.Item key={`${f.path}:${f.message}`}>
              {f.path ? <strong>{f.path}</strong> : null}
              {f.path ? ': ' : ''}
              {f.message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
