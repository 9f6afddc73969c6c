import { readFileSync } from 'node:fs';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';

describe('Teams app manifest', () => {
  it('validates against its schema once the placeholders are filled', async () => {
    const text = readFileSync(new URL('../manifest/manifest.template.json', import.meta.url), 'utf8')
      .replaceAll('${{TEAMS_APP_ID}}', '7f1d1c7e-2f6b-4a44-9d7e-3b1f6a0c1a11')
      .replaceAll('${{MICROSOFT_APP_ID}}', '0e6c3f58-9b1e-4c8e-8f53-2b8f4e1d2a33');
    const manifest = JSON.parse(text);
    const errors = await AppManifestUtils.validateAgainstSchema(manifest);
    expect(errors).toEqual([]);
    const broken = await AppManifestUtils.validateAgainstSchema({ ...manifest, name: undefined, accentColor: 'blue' });
    expect(broken.length).toBeGreaterThan(0);
  });
});
