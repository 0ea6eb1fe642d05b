import { useRef, useState } from 'preact/hooks';
import { HOVER_DELAY, siteOf, type Density, type MarkStyle, type Settings, type Theme } from '../lib/shared/settings';
import type { PackSummary } from '../lib/shared/views';

export type Problem = { path: string; reason: string };
export type SettingsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; settings: Settings };
/** The packs in the store, or why the store could not be read. */
export type PacksState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; packs: PackSummary[] };
/** The last import: under way, stored, or refused with every problem (nothing stored). */
export type ImportState =
  | { status: 'idle' }
  | { status: 'busy'; fileName: string }
  | { status: 'done'; pack: PackSummary }
  | { status: 'refused'; fileName: string; message: string; problems: Problem[] };
/** What the last export, removal or reset did. */
export type PackNotice =
  | { kind: 'exported'; name: string }
  | { kind: 'removed'; name: string }
  | { kind: 'reset' }
  | { kind: 'failed'; action: 'export' | 'remove' | 'reset'; name?: string; message: string };
/** The last settings write: none yet, stored, or refused. */
export type SaveState = { status: 'idle' } | { status: 'saved' } | { status: 'failed'; message: string };

export interface OptionsProps {
  settings: SettingsState;
  saved: SaveState;
  packs: PacksState;
  importing: ImportState;
  notice: PackNotice | null;
  /** Every setting is saved as soon as it changes. */
  onChange: (patch: Partial<Settings>) => void;
  onImport: (file: File) => void;
  onExport: (packId: string) => void;
  onRemove: (packId: string) => void;
  /** Called only after the reader confirmed. */
  onReset: () => void;
  onRetryPacks: () => void;
}

/**
 * The host name a reader's entry stands for: a URL as written, a bare host name (with or without a path) as
 * https://<entry>; null when it is neither.
 */
export function siteOfEntry(entry: string): string | null {
  const text = entry.trim();
  if (!text) return null;
  const host = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  // The settings check keeps plain host names only: an IPv6 address ([::1]) would be refused when saved.
  return host && /^[a-z0-9.-]+$/.test(host) && /[a-z0-9]/.test(host) ? host : null;
}

const entities = (n: number) => `${n} ${n === 1 ? 'entity' : 'entities'}`;

/** A removed row's button takes focus with it: hand focus to the next row's button, else the previous row's, else `fallback`. */
function focusNeighbour(button: HTMLElement, fallback: HTMLElement | null) {
  const row = button.closest('li');
  const next = (row?.nextElementSibling ?? row?.previousElementSibling)?.querySelector<HTMLElement>('button');
  (next ?? fallback)?.focus();
}

interface Choice<T extends string> {
  value: T;
  label: string;
  note?: string;
}

/** One radio group: a legend, and each choice with its label and a one-line note tied to it. */
function Choices<T extends string>({ name, legend, value, choices, onPick }: { name: string; legend: string; value: T; choices: Choice<T>[]; onPick: (value: T) => void }) {
  return (
    <fieldset class="bs-choices">
      <legend>{legend}</legend>
      {choices.map((c) => {
        const id = `bs-${name}-${c.value}`;
        return (
          <div class="bs-choice" key={c.value}>
            <input type="radio" id={id} name={name} value={c.value} checked={value === c.value} aria-describedby={c.note ? `${id}-note` : undefined} onChange={() => onPick(c.value)} />
            <label for={id}>{c.label}</label>
            {c.note && (
              <p class="bs-note" id={`${id}-note`}>
                {c.note}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

const densities: Choice<Density>[] = [
  { value: 'first', label: 'First mention', note: 'The story’s own people and events at every mention; countries and cities fully the first time, quietly after.' },
  { value: 'every', label: 'Every mention', note: 'Every name fully marked, every time it appears.' },
  { value: 'none', label: 'None', note: 'No marks on pages; the toolbar popup and the keyboard commands still find the names.' },
];
const markStyles: Choice<MarkStyle>[] = [
  { value: 'tint', label: 'Tint and underline', note: 'A soft background tint with a dotted underline.' },
  { value: 'underline', label: 'Underline only', note: 'The dotted underline alone; the text keeps its background.' },
];
const themes: Choice<Theme>[] = [
  { value: 'system', label: 'As the system', note: 'Light or dark, following your system’s setting.' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function Reading({ s, onChange }: { s: Settings; onChange: OptionsProps['onChange'] }) {
  return (
    <section aria-labelledby="bs-reading">
      <h2 id="bs-reading">Reading</h2>
      <div class="bs-field">
        <label for="bs-delay">Hover delay</label>
        <span class="bs-number">
          <input
            type="number"
            id="bs-delay"
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={50}
            value={String(s.hoverDelay)}
            aria-describedby="bs-delay-note"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const ms = Number(input.value);
              if (input.value.trim() === '' || !Number.isFinite(ms)) {
                input.value = String(s.hoverDelay);
                return;
              }
              const next = Math.min(HOVER_DELAY.max, Math.max(HOVER_DELAY.min, Math.round(ms)));
              input.value = String(next);
              if (next !== s.hoverDelay) onChange({ hoverDelay: next });
            }}
          />{' '}
          ms
        </span>
        <p class="bs-note" id="bs-delay-note">
          How long the pointer rests on a name before its card opens ({HOVER_DELAY.min}–{HOVER_DELAY.max} ms).
        </p>
      </div>
      <Choices name="density" legend="Which mentions are marked" value={s.density} choices={densities} onPick={(density) => onChange({ density })} />
      <Choices name="mark-style" legend="How a name is marked" value={s.markStyle} choices={markStyles} onPick={(markStyle) => onChange({ markStyle })} />
      <Choices name="theme" legend="Colours of cards and Backstory’s pages" value={s.theme} choices={themes} onPick={(theme) => onChange({ theme })} />
      <div class="bs-check">
        <input type="checkbox" id="bs-badge" checked={s.badge} aria-describedby="bs-badge-note" onChange={(e) => onChange({ badge: (e.currentTarget as HTMLInputElement).checked })} />
        <label for="bs-badge">Toolbar badge</label>
        <p class="bs-note" id="bs-badge-note">
          The number of names found on a page, on Backstory’s toolbar button.
        </p>
      </div>
    </section>
  );
}

function OffSites({ s, onChange }: { s: Settings; onChange: OptionsProps['onChange'] }) {
  const [entry, setEntry] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const host = siteOfEntry(entry);
    if (!host) {
      setError(entry.trim() ? `“${entry.trim()}” is not a web address or a host name. Try one like news.example or https://news.example/story.` : 'Type a web address or a host name first.');
      input.current?.focus();
      return;
    }
    if (s.offSites.includes(host)) {
      setError(`${host} is already in the list.`);
      return;
    }
    setError(null);
    setEntry('');
    onChange({ offSites: [...s.offSites, host] });
  };
  return (
    <section aria-labelledby="bs-off">
      <h2 id="bs-off">Where Backstory is off</h2>
      <div class="bs-check">
        <input type="checkbox" id="bs-enabled" checked={s.enabled} aria-describedby="bs-enabled-note" onChange={(e) => onChange({ enabled: (e.currentTarget as HTMLInputElement).checked })} />
        <label for="bs-enabled">On everywhere</label>
        <p class="bs-note" id="bs-enabled-note">
          Switched off, Backstory marks nothing on any site and clears the pages already open. The sites below stay off either way.
        </p>
      </div>
      <h3 id="bs-sites">Sites where Backstory does not run</h3>
      {s.offSites.length ? (
        <ul class="bs-rows" aria-labelledby="bs-sites">
          {s.offSites.map((host) => (
            <li class="bs-row" key={host}>
              <span class="bs-host">{host}</span>
              <button
                type="button"
                aria-label={`Remove ${host}`}
                onClick={(e) => {
                  focusNeighbour(e.currentTarget as HTMLElement, input.current);
                  onChange({ offSites: s.offSites.filter((h) => h !== host) });
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="bs-muted">None yet: Backstory runs on every site.</p>
      )}
      <form class="bs-add" onSubmit={add} noValidate>
        <label for="bs-site">Add a site</label>
        <div class="bs-inline">
          <input
            ref={input}
            type="text"
            id="bs-site"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={entry}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'bs-site-note bs-site-error' : 'bs-site-note'}
            onInput={(e) => {
              setEntry((e.currentTarget as HTMLInputElement).value);
              if (error) setError(null);
            }}
          />
          <button type="submit">Add</button>
        </div>
        <p class="bs-note" id="bs-site-note">
          A web address or a host name; the whole site is switched off (news.example also covers www.news.example).
        </p>
        {error && (
          <p class="bs-error" id="bs-site-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

const noticeText = (n: PackNotice) => {
  if (n.kind === 'exported') return `Exported ${n.name}.`;
  if (n.kind === 'removed') return `Removed ${n.name}.`;
  if (n.kind === 'reset') return 'Every imported pack was removed; the built-in pack stays.';
  const what = { export: 'export', remove: 'remove', reset: 'reset the packs' }[n.action];
  return `Could not ${what}${n.name ? ` ${n.name}` : ''}: ${n.message}`;
};

function Packs({ packs, importing, notice, onImport, onExport, onRemove, onReset, onRetryPacks }: Omit<OptionsProps, 'settings' | 'saved' | 'onChange'>) {
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    resetButton.current?.focus();
  };
  if (packs.status === 'error')
    return (
      <section aria-labelledby="bs-packs">
        <h2 id="bs-packs">Knowledge packs</h2>
        <div class="bs-panel bs-failed" role="alert">
          <p>
            <strong>Backstory could not open its store of knowledge packs.</strong> {packs.message}
          </p>
          <p>
            Reload this page. If this keeps happening, remove Backstory from the browser and install it again; the built-in pack comes back by itself, imported packs would
            need importing again.
          </p>
        </div>
        <button type="button" onClick={onRetryPacks}>
          Try again
        </button>
      </section>
    );
  return (
    <section aria-labelledby="bs-packs">
      <h2 id="bs-packs">Knowledge packs</h2>
      <p class="bs-muted">What Backstory knows: the built-in pack for this story, and any pack you import.</p>
      {packs.status === 'loading' ? (
        <p class="bs-muted">Loading…</p>
      ) : (
        <ul class="bs-rows" aria-label="Packs in the store">
          {packs.packs.map((p) => (
            <li class="bs-row" key={p.id}>
              <span>
                <strong>{p.name}</strong> {p.seed && <span class="bs-tag">built-in</span>}
                <br />
                <span class="bs-muted">
                  version {p.version} · {entities(p.entities)}
                </span>
              </span>
              <span class="bs-actions">
                <button type="button" aria-label={`Export ${p.name}`} onClick={() => onExport(p.id)}>
                  Export
                </button>
                {!p.seed && (
                  <button
                    type="button"
                    aria-label={`Remove ${p.name}`}
                    onClick={(e) => {
                      focusNeighbour(e.currentTarget as HTMLElement, file.current);
                      onRemove(p.id);
                    }}
                  >
                    Remove
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class={notice?.kind === 'failed' ? 'bs-error' : 'bs-ok'} role="status" aria-live="polite">
        {notice && noticeText(notice)}
      </p>

      <h3 id="bs-import">Import a pack</h3>
      <div class="bs-field">
        <label for="bs-import-file">Pack file (.json)</label>
        <input
          ref={file}
          type="file"
          id="bs-import-file"
          accept=".json,application/json"
          aria-describedby="bs-import-note"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const chosen = input.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) imports it again.
            input.value = '';
            if (chosen) onImport(chosen);
          }}
        />
        <p class="bs-note" id="bs-import-note">
          A pack is checked whole before anything is stored: it is imported completely or not at all.
        </p>
      </div>
      <div aria-live="polite">
        {importing.status === 'busy' && <p class="bs-muted">Importing {importing.fileName}…</p>}
        {importing.status === 'done' && (
          <p class="bs-ok">
            Imported {importing.pack.name} (version {importing.pack.version}, {entities(importing.pack.entities)})
          </p>
        )}
      </div>
      {importing.status === 'refused' && (
        <div class="bs-panel bs-failed" role="alert">
          <p>
            <strong>{importing.fileName} was not imported; nothing was stored.</strong>{' '}
            {importing.problems.length ? `${importing.problems.length === 1 ? 'One problem' : `${importing.problems.length} problems`} to fix in the file:` : importing.message}
          </p>
          {importing.problems.length > 0 && (
            <ul class="bs-problems">
              {importing.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code> — {p.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <h3 id="bs-reset">Reset</h3>
      <button type="button" ref={resetButton} aria-expanded={confirming} aria-controls="bs-reset-confirm" onClick={() => setConfirming(!confirming)}>
        Reset to the built-in pack
      </button>
      <div id="bs-reset-confirm" class="bs-panel" hidden={!confirming} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
        {confirming && (
          <>
            <p>Every imported pack will be removed from Backstory. The built-in pack stays. Export any pack you want to keep first.</p>
            <div class="bs-inline">
              <button
                type="button"
                class="bs-danger"
                onClick={() => {
                  setConfirming(false);
                  resetButton.current?.focus();
                  onReset();
                }}
              >
                Yes, remove all imported packs
              </button>
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            </div>
          </>
        )}
      </div>
    </section>
  );
}

/** The options page: reading settings, where Backstory is off, and the knowledge packs in the store. */
export function Options(props: OptionsProps) {
  const { settings, saved } = props;
  return (
    <main class="bs-options">
      <header class="bs-top">
        <div>
          <p class="bs-brand">Backstory</p>
          <h1>Options</h1>
        </div>
        <p class={saved.status === 'failed' ? 'bs-error bs-saved' : 'bs-ok bs-saved'} role="status" aria-live="polite">
          {saved.status === 'saved' ? 'Saved' : saved.status === 'failed' ? `Not saved: ${saved.message}` : ''}
        </p>
      </header>
      {settings.status === 'loading' && <p class="bs-muted">Loading…</p>}
      {settings.status === 'error' && (
        <p class="bs-error" role="alert">
          Backstory could not read its settings: {settings.message}. Reload this page.
        </p>
      )}
      {settings.status === 'ready' && (
        <>
          <Reading s={settings.settings} onChange={props.onChange} />
          <OffSites s={settings.settings} onChange={props.onChange} />
        </>
      )}
      <Packs {...props} />
    </main>
  );
}
