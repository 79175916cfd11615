/**
 * The part of Decap CMS's global `CMS` object the editor's script uses, typed
 * here because the prebuilt bundle (public API, decap-cms-app/dist) ships no
 * types. Decap hands entries over as Immutable.js maps.
 */
export interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

export interface DecapFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

type ComponentData = Record<string, unknown>;

/** A block of its own, or (type 'inline') a part of a sentence. */
export type DecapEditorComponent = {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  toPreview(data: ComponentData): string;
} & (
  | { type?: undefined; fromBlock(match: RegExpMatchArray): ComponentData; toBlock(data: ComponentData): string }
  | { type: 'inline'; fromInline(match: RegExpMatchArray): ComponentData; toInline(data: ComponentData): string }
);

interface DecapWidget {
  control: new (...args: never[]) => { props: { value?: unknown; field: ImmutableMap } };
  preview: unknown;
}

export interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(name: string, extension: string, format: DecapFormat): void;
  registerEditorComponent(component: DecapEditorComponent): void;
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableMap }) => ImmutableMap }): void;
  registerWidget(name: string, control: unknown, preview: unknown, schema?: Record<string, unknown>): void;
  getWidget(name: string): DecapWidget;
}

declare global {
  interface Window {
    CMS?: DecapCms;
    CMS_MANUAL_INIT?: boolean;
  }
}
