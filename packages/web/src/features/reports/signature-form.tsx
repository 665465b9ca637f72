import { Blockquote, Button, Checkbox, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { FieldIssues } from '../../ui/field-issues';
import { type FieldErrors, type SafeParser, serverFieldErrors, validate } from '../../ui/form-validation';

interface Certification {
  id: string;
  citation: string;
  text: string;
}

interface SignatureMutation<T> {
  error: unknown;
  isPending: boolean;
  mutate: (input: T, options: { onSuccess: () => void; onError: () => void }) => void;
}

/**
 * The signing ceremony shared by facility reports and the annual report (§10.2 R3–R5): the
 * certification statement shown verbatim, an explicit confirmation, and the password re-entered.
 * The password is cleared after every attempt.
 */
export function SignatureForm<T>({
  label,
  intro,
  certification,
  schema,
  mutation,
  onClose,
}: {
  /** The form's accessible name. */
  label: string;
  intro: ReactNode;
  certification: Certification | null;
  schema: SafeParser<T>;
  mutation: SignatureMutation<T>;
  onClose: () => void;
}) {
  const [certify, setCertify] = useState(false);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const titleId = useId();
  const fieldErrors = { ...serverFieldErrors(mutation.error), ...errors };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!certification) return;
    const result = validate<T>(schema, {
      password,
      certificationTemplateId: certification.id,
      certify: certify || undefined,
    });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    mutation.mutate(result.data, {
      onSuccess: () => {
        setPassword('');
        onClose();
      },
      onError: () => setPassword(''),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Stack gap="sm">
        <Text size="sm">{intro}</Text>
        {certification ? (
          <Stack gap={4}>
            <Text size="sm" fw={600} id={titleId}>
              Certification statement ({certification.citation})
            </Text>
            <Blockquote
              p="sm"
              color="gray"
              aria-labelledby={titleId}
              data-testid="certification-text"
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {certification.text}
            </Blockquote>
          </Stack>
        ) : (
          <Text c="red.9" role="alert">
            No certification statement is in force for this report; it cannot be signed.
          </Text>
        )}
        <FieldIssues
          error={mutation.error}
          title="The report was not signed"
          shownPaths={['password', 'certify']}
        />
        <Checkbox
          label="I have read the certification statement above and certify this report under it"
          checked={certify}
          onChange={(e) => setCertify(e.currentTarget.checked)}
          error={fieldErrors.certify}
          required
        />
        <PasswordInput
          label="Your password"
          description="Re-enter your password to sign"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldErrors.password}
        />
        <Group gap="sm" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={!certification}>
            Sign and submit
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
