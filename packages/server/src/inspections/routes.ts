import type { App, Deps } from '../http/types';

export function inspectionRoutes(_app: App, _deps: Deps) {}
