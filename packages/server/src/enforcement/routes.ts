import type { App, Deps } from '../http/types';

export function enforcementRoutes(_app: App, _deps: Deps) {}
