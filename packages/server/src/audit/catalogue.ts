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
  'facility.profile_updated': 'facility_profile',
  'facility.designation_changed': 'facility_classification',
  'authority.profile_updated': 'authority_profile',
  'permit.created': 'permit',
  'permit.draft_updated': 'permit',
  'permit.status_changed': 'permit',
  'permit.modified': 'permit',
  'permit.renewal_started': 'permit',
  'permit.imported': 'permit',
  'monitoring.results_recorded': 'sample',
  'monitoring.result_corrected': 'result',
  'monitoring.lab_file_imported': 'import_batch',
  'monitoring.lab_token_created': 'lab_token',
  'monitoring.lab_token_revoked': 'lab_token',
  'monitoring.missed_samples_swept': 'facility',
  'monitoring.notification_read': 'notification',
  'monitoring.flow_recorded': 'daily_flow',
  'report.obligations_created': 'facility',
  'report.prepared': 'report',
  'report.draft_updated': 'report',
  'report.marked_ready': 'report',
  'report.signed': 'report',
  'report.reviewed': 'report',
  'report.amended': 'report',
  'report.reporting_violation_opened': 'violation',
  'signatory.authorization_created': 'signatory_authorization',
  'signatory.authorization_received': 'signatory_authorization',
  'signatory.authorization_superseded': 'signatory_authorization',
  'calendar.feed_created': 'calendar_feed',
  'calendar.feed_revoked': 'calendar_feed',
  'account.notification_preferences_updated': 'user',
} as const;

export type AuditEventType = keyof typeof AUDIT_EVENTS;
export type AuditSubjectType = (typeof AUDIT_EVENTS)[AuditEventType];
