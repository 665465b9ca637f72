import {
  ProgramHealthView,
  ProgramSettingsInput,
  ProgramSettingsView,
} from '@outfall/domain/contracts/program';
import type { App, Deps } from '../http/types';
import { today } from '../permits/permit-views';
import { programHealth } from './health';
import { programSettingsOf, updateProgramSettings } from './settings';

/** Program settings and the program health dashboard (coordinator and director). */
export function programRoutes(app: App, { database: { db } }: Deps) {
  app.get(
    '/api/v1/program/settings',
    {
      config: { access: 'program.read' },
      schema: { tags: ['program'], response: { 200: ProgramSettingsView } },
    },
    (request) => programSettingsOf(db, request.actor!.active!.organizationId),
  );
  app.get(
    '/api/v1/program/health',
    {
      config: { access: 'program.read' },
      schema: { tags: ['program'], response: { 200: ProgramHealthView } },
    },
    (request) => programHealth(db, request.actor!.active!, today()),
  );
  app.put(
    '/api/v1/program/settings',
    {
      config: { access: 'program.settings' },
      schema: { tags: ['program'], body: ProgramSettingsInput, response: { 200: ProgramSettingsView } },
    },
    (request) => updateProgramSettings({ db, actor: request.actor!, input: request.body }),
  );
}
