/**
 * The typed catalogue of audit events. Every mutation appends exactly one of these, in its
 * transaction. The subject is the record changed; `before`/`after` are its relevant fields.
 */
export const AUDIT_EVENTS = {
  'organization.created': 'organization',
  'user.logged_in': 'user',
  'user.logged_out': 'user',
  'user.password_changed': 'user',
  'session.organization_switched': 'user',
  'membership.created': 'membership',
  'invitation.created': 'invitation',
  'invitation.accepted': 'invitation',
} as const;

export type AuditEventType = keyof typeof AUDIT_EVENTS;
export type AuditSubjectType = (typeof AUDIT_EVENTS)[AuditEventType];
