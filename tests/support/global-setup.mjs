// jest loads global setup outside its module transform; tsx loads the TypeScript.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const services = await tsImport('./run-services.ts', import.meta.url);
  await services.startTestServices();
  globalThis.__casegraphServices = services;
}
