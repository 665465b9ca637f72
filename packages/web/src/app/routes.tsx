import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AccountPage } from '../features/account/account-page';
import { AuditLogPage } from '../features/audit/audit-log-page';
import { LoginPage } from '../features/auth/login-page';
import { RequireSession } from '../features/auth/require-session';
import { useActiveMembership } from '../features/auth/use-session';
import { CalendarPage } from '../features/calendar/calendar-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { DocumentPage } from '../features/documents/document-page';
import { DocumentsPage } from '../features/documents/documents-page';
import { EnforcementActionPage } from '../features/enforcement/enforcement-action-page';
import { EnforcementPage } from '../features/enforcement/enforcement-page';
import { ViolationPage } from '../features/enforcement/violation-page';
import { FacilitiesPage } from '../features/facilities/facilities-page';
import { FacilityPage, MyFacilityPage } from '../features/facilities/facility-page';
import { FacilityInspectionsPage } from '../features/inspections/facility-inspections-page';
import { InspectionPage } from '../features/inspections/inspection-page';
import { InspectionsPage } from '../features/inspections/inspections-page';
import { AcceptInvitationPage } from '../features/invitations/accept-invitation-page';
import { LabImportPage } from '../features/monitoring/lab-import-page';
import { ResultsEntryPage } from '../features/monitoring/results-entry-page';
import { ResultsPage } from '../features/monitoring/results-page';
import { SchedulePage } from '../features/monitoring/schedule-page';
import { TrendsPage } from '../features/monitoring/trends-page';
import { ViolationsPage } from '../features/monitoring/violations-page';
import { NotificationsPage } from '../features/notifications/notifications-page';
import { EditPermitPage, NewPermitPage } from '../features/permits/editor/permit-editor-page';
import { ImportPermitPage } from '../features/permits/import-permit-page';
import { PermitPage } from '../features/permits/permit-page';
import { PermitsPage } from '../features/permits/permits-page';
import { ProgramHealthPage } from '../features/program/program-health-page';
import { ProgramSettingsPage } from '../features/program/program-settings-page';
import { AnnualReportPage } from '../features/program-report/annual-report-page';
import { ReportPage } from '../features/reports/report-page';
import { ReportsPage } from '../features/reports/reports-page';
import { SignatoryAuthorizationsPage } from '../features/reports/signatory-authorizations-page';
import { VerifyCopyPage } from '../features/reports/verify-copy-page';
import { AppLayout } from '../features/shell/app-layout';
import { FacilitySncPage } from '../features/snc/facility-snc-page';
import { SncPage } from '../features/snc/snc-page';
import { TeamPage } from '../features/team/team-page';
import { NotFoundPage } from '../ui/not-found-page';

/** Pages of one organization kind; the other kind is sent to the dashboard. */
function ForKind({ kind, children }: { kind: 'authority' | 'facility'; children: ReactNode }) {
  const membership = useActiveMembership();
  return membership?.kind === kind ? children : <Navigate to="/" replace />;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/invite/:token" element={<AcceptInvitationPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route
          path="facilities"
          element={
            <ForKind kind="authority">
              <FacilitiesPage />
            </ForKind>
          }
        />
        <Route
          path="facilities/:id"
          element={
            <ForKind kind="authority">
              <FacilityPage />
            </ForKind>
          }
        />
        <Route
          path="my-facility"
          element={
            <ForKind kind="facility">
              <MyFacilityPage />
            </ForKind>
          }
        />
        <Route
          path="permits"
          element={
            <ForKind kind="authority">
              <PermitsPage />
            </ForKind>
          }
        />
        <Route
          path="my-permits"
          element={
            <ForKind kind="facility">
              <PermitsPage />
            </ForKind>
          }
        />
        <Route path="permits/new" element={<NewPermitPage />} />
        <Route path="permits/import" element={<ImportPermitPage />} />
        <Route path="permits/:id" element={<PermitPage />} />
        <Route path="permits/:id/edit" element={<EditPermitPage />} />
        <Route path="monitoring/schedule" element={<SchedulePage />} />
        <Route path="monitoring/enter" element={<ResultsEntryPage />} />
        <Route path="monitoring/import" element={<LabImportPage />} />
        <Route path="monitoring/results" element={<ResultsPage />} />
        <Route path="monitoring/violations" element={<ViolationsPage />} />
        <Route path="monitoring/trends" element={<TrendsPage />} />
        <Route
          path="program"
          element={
            <ForKind kind="authority">
              <ProgramHealthPage />
            </ForKind>
          }
        />
        <Route
          path="program/settings"
          element={
            <ForKind kind="authority">
              <ProgramSettingsPage />
            </ForKind>
          }
        />
        <Route
          path="inspections"
          element={
            <ForKind kind="authority">
              <InspectionsPage />
            </ForKind>
          }
        />
        <Route
          path="my-inspections"
          element={
            <ForKind kind="facility">
              <FacilityInspectionsPage />
            </ForKind>
          }
        />
        <Route
          path="inspections/:id"
          element={
            <ForKind kind="authority">
              <InspectionPage />
            </ForKind>
          }
        />
        <Route
          path="enforcement"
          element={
            <ForKind kind="authority">
              <EnforcementPage />
            </ForKind>
          }
        />
        <Route
          path="enforcement/:id"
          element={
            <ForKind kind="authority">
              <EnforcementActionPage />
            </ForKind>
          }
        />
        <Route
          path="snc"
          element={
            <ForKind kind="authority">
              <SncPage />
            </ForKind>
          }
        />
        <Route
          path="snc/:facilityId"
          element={
            <ForKind kind="authority">
              <FacilitySncPage />
            </ForKind>
          }
        />
        <Route
          path="annual-report"
          element={
            <ForKind kind="authority">
              <AnnualReportPage />
            </ForKind>
          }
        />
        <Route path="violations/:id" element={<ViolationPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="reports/:id" element={<ReportPage />} />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="documents/:id" element={<DocumentPage />} />
        <Route path="signatory-authorizations" element={<SignatoryAuthorizationsPage />} />
        <Route path="verify" element={<VerifyCopyPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="audit" element={<AuditLogPage />} />
        <Route path="team" element={<TeamPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
