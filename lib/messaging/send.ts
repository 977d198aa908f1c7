import { browser } from '#imports';
import type { Request, Response, ResponseMap } from './protocol';

/** Sends a typed request to the background and returns its answer, or throws with its error sentence. */
export async function sendRequest<R extends Request>(request: R): Promise<ResponseMap[R['type']]> {
  const response = (await browser.runtime.sendMessage(request)) as Response<ResponseMap[R['type']]> | undefined;
  if (!response) throw new Error('SkillGap’s background did not answer');
  if (!response.ok) throw new Error(response.error);
  return response.value;
}
