import type { App, Deps } from '../http/types';

export function programReportRoutes(_app: App, _deps: Deps) {}
