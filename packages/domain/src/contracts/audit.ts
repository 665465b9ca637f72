import { z } from 'zod';

export const AuditEventView = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  eventType: z.string(),
  actorUserId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  subjectType: z.string(),
  subjectId: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export type AuditEventView = z.infer<typeof AuditEventView>;

export const AuditQuery = z.object({
  subjectType: z.string().max(100).optional(),
  subjectId: z.string().max(100).optional(),
  eventType: z.string().max(100).optional(),
  actorUserId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({
  events: z.array(AuditEventView),
  nextBeforeSeq: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;
