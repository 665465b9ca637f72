import type { DemoProgramContext } from '../program/demo-context';

export async function seedDemoInspections(_ctx: DemoProgramContext): Promise<void> {}
