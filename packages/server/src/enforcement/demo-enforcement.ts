import type { DemoProgramContext } from '../program/demo-context';

export async function seedDemoEnforcement(_ctx: DemoProgramContext): Promise<void> {}
