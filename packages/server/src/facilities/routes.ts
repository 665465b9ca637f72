import {
  AuthorityProfileInput,
  AuthorityProfileView,
  DesignationInput,
  FacilityClassificationPage,
  FacilityClassificationView,
  FacilityProfileInput,
  FacilityProfileView,
} from '@outfall/domain/contracts/facilities';
import { z } from 'zod';
import { AppError } from '../errors';
import type { App, Deps } from '../http/types';
import { designateFacility } from './designate-facility';
import {
  classificationHistory,
  classificationView,
  findFacility,
  loadAuthorityProfile,
  loadProfile,
  toAuthorityProfileView,
  toProfileView,
} from './facilities.queries';
import { inventoryRoutes } from './inventory-routes';
import { updateAuthorityProfile } from './update-authority-profile';
import { updateFacilityProfile } from './update-facility-profile';

const FacilityParams = z.object({ id: z.uuid() });

/** Facility profiles, classification and designation; the authority profile; the IU inventory. */
export function facilityRoutes(app: App, deps: Deps) {
  profileRoutes(app, deps);
  classificationRoutes(app, deps);
  authorityProfileRoutes(app, deps);
  inventoryRoutes(app, deps);
}

function profileRoutes(app: App, { database: { db } }: Deps) {
  app.get(
    '/api/v1/facilities/:id/profile',
    {
      config: { access: 'facility.read' },
      schema: { tags: ['facilities'], params: FacilityParams, response: { 200: FacilityProfileView } },
    },
    async (request) => {
      const facility = await findFacility(db, request.actor!.active!, request.params.id, 'read');
      const loaded = await loadProfile(db, facility.id);
      if (!loaded) throw new AppError('not_found', `${facility.name} has no profile yet`);
      return toProfileView(facility, loaded);
    },
  );
  app.put(
    '/api/v1/facilities/:id/profile',
    {
      config: { access: 'facility.profile.edit' },
      schema: {
        tags: ['facilities'],
        params: FacilityParams,
        body: FacilityProfileInput,
        response: { 200: FacilityProfileView },
      },
    },
    (request) =>
      updateFacilityProfile({
        db,
        actor: request.actor!,
        facilityId: request.params.id,
        input: request.body,
      }),
  );
}

function classificationRoutes(app: App, { database: { db } }: Deps) {
  app.get(
    '/api/v1/facilities/:id/classification',
    {
      config: { access: 'facility.read' },
      schema: { tags: ['facilities'], params: FacilityParams, response: { 200: FacilityClassificationPage } },
    },
    async (request) => {
      const facility = await findFacility(db, request.actor!.active!, request.params.id, 'read');
      return {
        current: await classificationView(db, facility.id),
        history: await classificationHistory(db, facility.id),
      };
    },
  );
  app.post(
    '/api/v1/facilities/:id/designation',
    {
      config: { access: 'facility.designate' },
      schema: {
        tags: ['facilities'],
        params: FacilityParams,
        body: DesignationInput,
        response: { 200: FacilityClassificationView },
      },
    },
    (request) =>
      designateFacility({ db, actor: request.actor!, facilityId: request.params.id, input: request.body }),
  );
}

function authorityProfileRoutes(app: App, { database: { db } }: Deps) {
  app.get(
    '/api/v1/authority/profile',
    {
      config: { access: 'authority.profile.read' },
      schema: { tags: ['facilities'], response: { 200: AuthorityProfileView } },
    },
    async (request) => {
      const authorityId = request.actor!.active!.organizationId;
      return toAuthorityProfileView(authorityId, await loadAuthorityProfile(db, authorityId));
    },
  );
  app.put(
    '/api/v1/authority/profile',
    {
      config: { access: 'authority.profile.edit' },
      schema: { tags: ['facilities'], body: AuthorityProfileInput, response: { 200: AuthorityProfileView } },
    },
    (request) => updateAuthorityProfile({ db, actor: request.actor!, input: request.body }),
  );
}
