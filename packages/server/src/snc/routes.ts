import type { App, Deps } from '../http/types';

export function sncRoutes(_app: App, _deps: Deps) {}
