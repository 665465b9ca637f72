import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import type { InspectionView } from '@outfall/domain/contracts/index';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { readBase64 } from '../reports/read-file';
import { todayIso } from './inspection-labels';
import { useUploadInspectionDocument } from './use-inspections';

/** Photos from the camera and other files, stored in the document library with a link to the inspection. */
export function InspectionPhotos({
  inspection,
  canUpload,
}: {
  inspection: InspectionView;
  canUpload: boolean;
}) {
  const upload = useUploadInspectionDocument(inspection.id);
  const camera = useRef<HTMLInputElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<unknown>(null);
  const send = async (files: FileList | null) => {
    setError(null);
    for (const f of Array.from(files ?? [])) {
      try {
        const image = f.type.startsWith('image/');
        await upload.mutateAsync({
          organizationId: inspection.facilityId,
          title: image ? `Photo — ${inspection.facilityName} — ${f.name}` : f.name,
          kind: image ? 'photo' : 'inspection_report',
          visibility: 'private',
          tags: ['inspection'],
          documentDate: todayIso(),
          links: [{ kind: 'inspection', id: inspection.id }],
          fileName: f.name,
          base64: await readBase64(f),
        });
      } catch (e) {
        setError(e);
      }
    }
  };
  return (
    <Stack gap="sm">
      <Title order={3}>Photos and documents</Title>
      {inspection.documents.length === 0 ? <Text c="dimmed">Nothing attached.</Text> : null}
      <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 18 }}>
        {inspection.documents.map((d) => (
          <li key={d.id} data-testid="inspection-document">
            <Anchor component={Link} to={`/documents/${d.id}`} size="sm">
              {d.title}
            </Anchor>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {d.fileName} · SHA-256 {d.sha256}
            </Text>
          </li>
        ))}
      </Stack>
      <ErrorAlert error={error} title="Could not upload" />
      {canUpload ? (
        <>
          <input
            ref={camera}
            type="file"
            accept="image/*"
            capture="environment"
            aria-label="Take a photo"
            style={{ display: 'none' }}
            onChange={(e) => {
              void send(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <input
            ref={file}
            type="file"
            aria-label="Attach a file"
            style={{ display: 'none' }}
            onChange={(e) => {
              void send(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
          <Button size="md" onClick={() => camera.current?.click()} loading={upload.isPending}>
            Take photo
          </Button>
          <Button
            size="md"
            variant="default"
            onClick={() => file.current?.click()}
            disabled={upload.isPending}
          >
            Attach file
          </Button>
        </>
      ) : null}
    </Stack>
  );
}
