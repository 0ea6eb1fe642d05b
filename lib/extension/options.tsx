/**
 * The options page: reads and watches the settings and saves each change at once; lists, imports, exports and
 * removes knowledge packs through the background; renders all of it with components/Options.
 */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { Options, type ImportState, type OptionsProps, type PackNotice, type PacksState, type Problem, type SaveState, type SettingsState } from '../../components/Options';
import type { ExtensionApi } from '../shared/extension-api';
import { t } from '../shared/i18n';
import { createSend } from '../shared/messaging';
import { BackstoryError } from '../shared/protocol';
import { settings, type Settings, type Theme } from '../shared/settings';
import '../../components/palette.css';
import '../../components/options.css';

type State = Pick<OptionsProps, 'settings' | 'saved' | 'packs' | 'importing' | 'notice'>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Light or dark forced by the setting; nothing for `system` (the stylesheet follows prefers-color-scheme). */
export function applyTheme(root: HTMLElement, theme: Theme) {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * A file's text as a pack: parsed here, so a file that is not JSON is reported like any other problem (the
 * parser's own words, which browsers give in English, after a sentence in the reader's language).
 */
export async function readPackFile(file: Pick<File, 'text'>): Promise<{ ok: true; pack: unknown } | { ok: false; problems: Problem[] }> {
  try {
    return { ok: true, pack: JSON.parse(await file.text()) as unknown };
  } catch (error) {
    return { ok: false, problems: [{ path: t('optionsFile'), reason: t('optionsNotJson', messageOf(error)) }] };
  }
}

/** Saves `text` as `<name>`: a Blob behind an object URL and a download link clicked once. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  // Firefox follows a download link only while it is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download before the browser has read the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function startOptions(root: HTMLElement, api: ExtensionApi = browser as unknown as ExtensionApi) {
  // The page's title and language are the messages' (index.html's are what shows before this runs).
  document.title = t('optionsTitle');
  document.documentElement.lang = t('optionsLanguage');
  const send = createSend(api.runtime);
  const storage = api.storage;
  let state: State = { settings: { status: 'loading' }, saved: { status: 'idle' }, packs: { status: 'loading' }, importing: { status: 'idle' }, notice: null };
  let savedTimer: ReturnType<typeof setTimeout> | undefined;

  const update = (patch: Partial<State>) => {
    state = { ...state, ...patch };
    draw();
  };
  const showSettings = (value: Settings) => {
    applyTheme(document.documentElement, value.theme);
    update({ settings: { status: 'ready', settings: value } satisfies SettingsState });
  };
  const showSaved = (saved: SaveState) => {
    clearTimeout(savedTimer);
    update({ saved });
    if (saved.status === 'saved') savedTimer = setTimeout(() => update({ saved: { status: 'idle' } }), 2500);
  };
  const nameOf = (packId: string) => (state.packs.status === 'ready' ? state.packs.packs.find((p) => p.id === packId)?.name : undefined) ?? packId;

  const refreshPacks = () =>
    send('listPacks', {}).then(
      (packs) => update({ packs: { status: 'ready', packs } satisfies PacksState }),
      (error: unknown) => update({ packs: { status: 'error', message: messageOf(error) } }),
    );
  /** Runs a pack action and reports how it went under the list; the list is read again either way. */
  const packAction = async (action: () => Promise<PackNotice>, failed: (message: string) => PackNotice) => {
    let notice: PackNotice;
    try {
      notice = await action();
    } catch (error) {
      notice = failed(messageOf(error));
    }
    update({ notice });
    await refreshPacks();
  };

  const handlers: Pick<OptionsProps, 'onChange' | 'onImport' | 'onExport' | 'onRemove' | 'onReset' | 'onRetryPacks'> = {
    onChange(patch) {
      // Cleared first so that a second save announces "Saved" again.
      showSaved({ status: 'idle' });
      settings.set(storage, patch).then(
        (value) => {
          showSettings(value);
          showSaved({ status: 'saved' });
        },
        (error: unknown) => showSaved({ status: 'failed', message: messageOf(error) }),
      );
    },
    async onImport(file) {
      update({ importing: { status: 'busy', fileName: file.name } });
      const read = await readPackFile(file);
      if (!read.ok) return update({ importing: { status: 'refused', fileName: file.name, message: '', problems: read.problems } satisfies ImportState });
      try {
        const pack = await send('importPack', { pack: read.pack });
        update({ importing: { status: 'done', pack } });
        await refreshPacks();
      } catch (error) {
        const problems = error instanceof BackstoryError ? (error.error.problems ?? []) : [];
        update({ importing: { status: 'refused', fileName: file.name, message: messageOf(error), problems } });
      }
    },
    onExport: (packId) =>
      void packAction(
        async () => {
          const { json } = await send('exportPack', { packId });
          download(`${packId}.json`, json);
          return { kind: 'exported', name: nameOf(packId) };
        },
        (message) => ({ kind: 'failed', action: 'export', name: nameOf(packId), message }),
      ),
    onRemove: (packId) => {
      const name = nameOf(packId);
      void packAction(
        async () => {
          await send('removePack', { packId });
          return { kind: 'removed', name };
        },
        (message) => ({ kind: 'failed', action: 'remove', name, message }),
      );
    },
    onReset: () =>
      void packAction(
        async () => {
          await send('resetPacks', {});
          return { kind: 'reset' };
        },
        (message) => ({ kind: 'failed', action: 'reset', message }),
      ),
    onRetryPacks: () => {
      update({ packs: { status: 'loading' } });
      void refreshPacks();
    },
  };

  function draw() {
    render(<Options {...state} {...handlers} />, root);
  }

  draw();
  const unwatch = settings.watch(storage, showSettings);
  addEventListener('pagehide', () => {
    unwatch();
    clearTimeout(savedTimer);
  });
  return Promise.all([settings.get(storage).then(showSettings, (error: unknown) => update({ settings: { status: 'error', message: messageOf(error) } })), refreshPacks()]).then(() => undefined);
}
