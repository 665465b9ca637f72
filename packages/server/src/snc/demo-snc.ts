import type { DemoProgramContext } from '../program/demo-context';

export async function seedDemoSnc(_ctx: DemoProgramContext): Promise<void> {}
