/**
 * The web editor at /quan-tri/: loads Decap CMS (its prebuilt bundle, copied
 * beside this page by src/integrations/editor-assets.ts), teaches it the
 * site's formats, components, checks and file names, and starts it with the
 * configuration the build generated from the schemas.
 */
import type { EditorSetup } from '../lib/editor-setup';
import { formatName } from '../lib/editor-setup';
import { ui } from '../ui/vi';
import { withChoices } from './choices';
import { editorComponents } from './components';
import { frontmatterFormat, yamlDocumentFormat, yamlMapFormat } from './formats';
import { placeEntry } from './locations';
import { registerCheckedWidget } from './widgets';

const FORMATS = { entries: frontmatterFormat, documents: yamlDocumentFormat, map: yamlMapFormat } as const;

function loadDecap(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(ui.editor.bundleMissing(src)));
    document.head.append(script);
  });
}

async function start() {
  const root = document.querySelector<HTMLElement>('[data-editor]')!;
  window.CMS_MANUAL_INIT = true;
  try {
    const [setup] = await Promise.all([
      fetch(root.dataset.setup!).then((response) => response.json() as Promise<EditorSetup>),
      loadDecap(root.dataset.decap!),
    ]);
    const cms = window.CMS!;
    for (const [name, { shape, extension, keyOrder }] of Object.entries(setup.collections)) {
      cms.registerCustomFormat(formatName(name), extension, FORMATS[shape](keyOrder));
    }
    registerCheckedWidget(cms);
    for (const component of editorComponents(setup.choices)) cms.registerEditorComponent(component);
    cms.registerEventListener({ name: 'preSave', handler: ({ entry }) => placeEntry(setup, entry) });
    root.hidden = true;
    cms.init({ config: withChoices(setup.decap, setup.choices) });
  } catch (error) {
    root.textContent = error instanceof Error ? error.message : String(error);
  }
}

void start();
