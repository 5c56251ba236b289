import { ensureRendererBuilt } from '../../scripts/lib/renderer-build';

export default function globalSetup(): void {
  ensureRendererBuilt();
}
