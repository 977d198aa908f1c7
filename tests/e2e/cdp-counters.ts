import type { CDPSession, Page } from 'playwright-core';

/**
 * Live-object counts in a page, read through the DevTools protocol: event listeners (all worlds) and the
 * MutationObservers alive in SkillGap's content-script world. Used to show that in-app navigations leak
 * neither.
 */
export async function openCounters(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<number, { name: string; type?: string }>();
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) =>
    contexts.set(e.context.id, { name: e.context.name, type: e.context.auxData?.type }));
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');

  async function isolatedContextId(): Promise<number> {
    for (const [id, c] of contexts) if (c.type === 'isolated' && c.name === 'SkillGap') return id;
    throw new Error(`SkillGap's content-script world not found among ${[...contexts.values()].map((c) => c.name).join(', ')}`);
  }

  return {
    async eventListeners(): Promise<number> {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return metrics.find((m) => m.name === 'JSEventListeners')?.value ?? NaN;
    },
    async mutationObservers(): Promise<number> {
      await cdp.send('HeapProfiler.collectGarbage');
      const contextId = await isolatedContextId();
      const proto = (await cdp.send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId })) as { result: { objectId: string } };
      const found = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId })) as { objects: { objectId: string } };
      const length = (await cdp.send('Runtime.callFunctionOn', { objectId: found.objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true })) as { result: { value: number } };
      return length.result.value;
    },
    close: () => cdp.detach(),
  };
}
